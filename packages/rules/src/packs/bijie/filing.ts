/**
 * 毕节市 filing rules (catalogue §4.6): the 三方服务合同 record and the 服务内容调整 record. Bijie sets no filing
 * deadline, so these rules produce no DEADLINE (they return null outside a filing).
 */

import type { FilingFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { RECORD } from './common.js';
import { BJ_15_PROCUREMENT_RECORD, BJ_16_TRIPARTITE_CONTRACT, BJ_19_CHANGE_APPROVAL, BJ_28_CONTRACT_CLAUSES } from './rules.js';

const has = (f: FilingFacts, k: string): boolean => {
  const v = f.fields[k];
  return (v !== undefined && v !== '' && v !== false) || (f.attachments?.includes(k) ?? false);
};
function missingOf(f: FilingFacts, keys: readonly string[]): string[] {
  const m: string[] = [];
  for (const k of keys) if (!has(f, k)) m.push(k);
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-16-tripartite-contract (第十六条)

const PARTIES = ['合同签订方:大数据部门', '合同签订方:用户单位', '合同签订方:项目服务单位'] as const;
const PARTIES_MSG = '项目合同须由大数据部门、用户单位与项目服务单位三方签订(项目三方服务合同)。';
const PARTIES_OK = BJ_16_TRIPARTITE_CONTRACT.require(PARTIES, [], PARTIES_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-28-contract-clauses (第二十八条)

const CLAUSES = [
  '合同条款:服务应急处置机制',
  '合同条款:每年信息安全检测',
  '合同条款:每年密码安全性评估',
  '合同条款:每年风险评估',
  '合同条款:结果报送大数据部门、公安部门及密码管理部门',
] as const;
const CLAUSES_MSG =
  '项目三方服务合同应明确约定项目服务单位建立健全服务应急处置机制,每年定期开展信息安全检测、密码安全性评估与风险评估,并将结果报送大数据部门、公安部门及密码管理部门。';
const CLAUSES_OK = BJ_28_CONTRACT_CLAUSES.require(CLAUSES, [], CLAUSES_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-15-procurement-record (第十五条)

const PROCUREMENT = '政府采购记录';
const PROC_REQ = [PROCUREMENT] as const;
const PROC_MSG = '签订三方服务合同前,用户单位应根据通过评审的服务方案依法组织政府采购,确定项目服务单位。';
const PROC_OK = BJ_15_PROCUREMENT_RECORD.require(PROC_REQ, [], PROC_MSG);
const PROC_MISSING = BJ_15_PROCUREMENT_RECORD.require(PROC_REQ, PROC_REQ, PROC_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-19-change-approval (第十九条): every change of service content, whatever its amount (no 15% safe harbour).

const APPLICATION = '用户单位调整申请';
const EXPERT = '专家评审意见(同意)';
/** the 大数据部门 may record, per change, that no expert review is needed (logged, never silently skipped). */
const EXPERT_WAIVER = '大数据部门决定免于专家评审';
const APPROVAL = '大数据部门同意调整';
const APPROVAL_DATE = '大数据部门同意日期';
const CHANGE_DATE = '调整实施日期';
const CHANGE_REQ = [APPLICATION, EXPERT, APPROVAL] as const;
const CHANGE_MSG = '项目服务内容调整须由用户单位申请,报大数据部门经专家评审同意后进行(不论调整金额大小)。';
const CHANGE_OK = BJ_19_CHANGE_APPROVAL.require(CHANGE_REQ, [], CHANGE_MSG);
const NO_REASON = BJ_19_CHANGE_APPROVAL.finding(
  'REJECT',
  '服务内容调整不符合第十九条所列情形之一((一)根据国家、省、市部署要求确需改变项目内容;(二)确需对原项目服务方案进行完善优化;(三)在已批复项目服务方案框架下适当调整),不予调整。',
);
const REASON_CHECK = {
  一: BJ_19_CHANGE_APPROVAL.finding('CHECK', '请核实调整理由:根据国家、省、市部署要求,确需改变项目内容(第十九条(一)),并附部署要求文件。'),
  二: BJ_19_CHANGE_APPROVAL.finding('CHECK', '请核实调整理由:确需对原项目服务方案进行完善优化(第十九条(二))。'),
  三: BJ_19_CHANGE_APPROVAL.finding('CHECK', '请核实调整理由:根据所建项目业务发展需要,在已批复项目服务方案的框架下适当调整(第十九条(三))。'),
} as const;
const APPROVED_AFTER = BJ_19_CHANGE_APPROVAL.finding(
  'REJECT',
  '服务内容在大数据部门同意之前已经调整,属于擅自更改项目服务内容(第三十一条(二)),应先整改。',
);

export const filingRules: readonly RuleDef[] = [
  // 第十六条: the three parties, else the contract record is refused.
  BJ_16_TRIPARTITE_CONTRACT.rule(({ facts: { filing: f } }) => {
    if (!f || f.type !== 'contract') return null;
    const missing = missingOf(f, PARTIES);
    if (missing.length === 0) return PARTIES_OK;
    return [
      BJ_16_TRIPARTITE_CONTRACT.require(PARTIES, missing, PARTIES_MSG),
      BJ_16_TRIPARTITE_CONTRACT.finding('REJECT', `合同不是大数据部门、用户单位与项目服务单位签订的三方服务合同,缺少签订方:${missing.join('、')},不予登记。`, {
        requires: PARTIES,
        missing,
      }),
    ];
  }),

  // 第二十八条
  BJ_28_CONTRACT_CLAUSES.rule(({ facts: { filing: f } }) => {
    if (!f || f.type !== 'contract') return null;
    const missing = missingOf(f, CLAUSES);
    return missing.length ? BJ_28_CONTRACT_CLAUSES.require(CLAUSES, missing, CLAUSES_MSG) : CLAUSES_OK;
  }),

  // 第十五条: the procurement that chose the 项目服务单位 precedes the contract.
  BJ_15_PROCUREMENT_RECORD.rule(({ facts: { filing: f, project: p } }) => {
    if (!f || f.type !== 'contract') return null;
    return has(f, PROCUREMENT) || p.records?.[RECORD.procurement] !== undefined ? PROC_OK : PROC_MISSING;
  }),

  // 第十九条 / A-40: application + expert review (or a recorded waiver) + 大数据部门 approval, before the change, for a
  // reason (一)–(三). The amount of the change plays no role.
  BJ_19_CHANGE_APPROVAL.rule(({ facts: { filing: f } }) => {
    if (!f || f.type !== 'change') return null;
    const out: Finding[] = [];
    const missing: string[] = [];
    if (!has(f, APPLICATION)) missing.push(APPLICATION);
    if (!has(f, EXPERT) && !has(f, EXPERT_WAIVER)) missing.push(EXPERT);
    if (!has(f, APPROVAL)) missing.push(APPROVAL);
    out.push(missing.length ? BJ_19_CHANGE_APPROVAL.require(CHANGE_REQ, missing, CHANGE_MSG, { detail: { adjustAmount: f.change?.adjustAmount } }) : CHANGE_OK);
    const reason = f.change?.reason;
    out.push(reason ? REASON_CHECK[reason] : NO_REASON);
    const approvedOn = f.fields[APPROVAL_DATE];
    const changedOn = f.fields[CHANGE_DATE];
    if (typeof approvedOn === 'string' && typeof changedOn === 'string' && approvedOn > changedOn) out.push(APPROVED_AFTER);
    return out;
  }),
];
