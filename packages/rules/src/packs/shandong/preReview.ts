/** 山东省 pre-review rules (catalogue §4.3): 规划审核要件, security and sharing documents, reviewer checklist. */

import type { RuleDef } from '../../types.js';
import { GSMO, missingOf } from './common.js';
import { isProjectApplication } from './intake.js';
import { SD_08_CENTRAL_REVIEW, SD_12_FULL_PROCESS, SD_14_CROSS_DEPT_MECHANISM, SD_27_CATALOGUE_REQUIRED, SD_30_RISK_GRADING, SD_31_CRYPTO_SYNC, SD_32_AUTONOMOUS_PRODUCTS } from './rules.js';

// ---- SD-08-central-review (第八条): the 集中评审 itself is a judgement of 必要性、可行性.
const CENTRAL_REVIEW = SD_08_CENTRAL_REVIEW.finding(
  'CHECK',
  `${GSMO}集中评审:审核项目的必要性、可行性,并出具审核意见(审核意见是项目立项和资金安排的前提和依据)。`,
  { requires: ['必要性审核', '可行性审核'] },
);

// ---- SD-27-catalogue-required (第二十七条): 信息资源目录 is a 规划审核要件.
const CATALOGUE_REQ = ['信息资源目录'] as const;
const CATALOGUE_MSG = '信息资源目录是政务信息系统项目的规划审核要件,未提交的不予规划审核。';
const CATALOGUE_OK = SD_27_CATALOGUE_REQUIRED.require(CATALOGUE_REQ, [], CATALOGUE_MSG);
const CATALOGUE_MISSING = SD_27_CATALOGUE_REQUIRED.require(CATALOGUE_REQ, CATALOGUE_REQ, CATALOGUE_MSG);

// ---- SD-14-cross-dept-mechanism (第十四条)
const MECH_REQ = ['跨部门工作协调机制和共建共享机制', '部门间业务协同关系', '信息共享需求', '共建部门建设范围和责任义务'] as const;
const MECH_MSG =
  '多部门共建的项目应建立跨部门统筹协调机制:由牵头部门会同共建部门建立工作协调机制和共建共享机制,确定部门间业务协同关系和信息共享需求,落实共建部门的建设范围和责任义务。';
const MECH_OK = SD_14_CROSS_DEPT_MECHANISM.require(MECH_REQ, [], MECH_MSG);

// ---- SD-30-risk-grading (第三十条): 等级保护 for non-classified, 分级保护 for classified systems.
const RISK = '网络与信息安全风险评估';
const RISK_REQ_OPEN = [RISK, '等级保护方案'] as const;
const RISK_REQ_CLASSIFIED = [RISK, '分级保护方案'] as const;
const RISK_MSG_OPEN = '应按国家规定开展网络与信息安全风险评估,严格落实等级保护要求(非涉密系统)。';
const RISK_MSG_CLASSIFIED = '应按国家规定开展网络与信息安全风险评估,严格落实分级保护要求(涉密系统)。';
const RISK_OK_OPEN = SD_30_RISK_GRADING.require(RISK_REQ_OPEN, [], RISK_MSG_OPEN);
const RISK_OK_CLASSIFIED = SD_30_RISK_GRADING.require(RISK_REQ_CLASSIFIED, [], RISK_MSG_CLASSIFIED);

// ---- H items
const CRYPTO_SYNC = SD_31_CRYPTO_SYNC.finding(
  'CHECK',
  '项目建设单位承诺:落实国家密码管理有关法律法规、政策和标准规范,同步规划、同步建设、同步运行密码保障系统并定期评估。',
);
const AUTONOMOUS = SD_32_AUTONOMOUS_PRODUCTS.finding(
  'CHECK',
  '采购清单中的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品,逐项说明是否自主可控;未优先采购自主可控产品的须说明理由。',
);
const FULL_PROCESS = SD_12_FULL_PROCESS.finding(
  'CHECK',
  '项目建设单位应建立健全责任制,对项目质量、进度、资金、合同实行全过程管控(鼓励引入业务咨询、工程造价、项目监理、检测评价等服务):请说明责任制和管控安排。',
);

export const preReviewRules: readonly RuleDef[] = [
  SD_08_CENTRAL_REVIEW.rule(({ facts: { project: p } }) => (isProjectApplication(p) ? CENTRAL_REVIEW : null)),

  SD_27_CATALOGUE_REQUIRED.rule(({ facts: { project: p } }) => {
    if (!isProjectApplication(p)) return null;
    return missingOf(p, CATALOGUE_REQ).length ? CATALOGUE_MISSING : CATALOGUE_OK;
  }),

  SD_14_CROSS_DEPT_MECHANISM.rule(({ facts: { project: p } }) => {
    if (p.flags.crossDept !== true) return null;
    const missing = missingOf(p, MECH_REQ);
    return missing.length ? SD_14_CROSS_DEPT_MECHANISM.require(MECH_REQ, missing, MECH_MSG) : MECH_OK;
  }),

  SD_30_RISK_GRADING.rule(({ facts: { project: p } }) => {
    const classified = p.flags.classified === true;
    const req = classified ? RISK_REQ_CLASSIFIED : RISK_REQ_OPEN;
    const missing = missingOf(p, req);
    if (missing.length === 0) return classified ? RISK_OK_CLASSIFIED : RISK_OK_OPEN;
    return SD_30_RISK_GRADING.require(req, missing, classified ? RISK_MSG_CLASSIFIED : RISK_MSG_OPEN);
  }),

  SD_31_CRYPTO_SYNC.rule(() => CRYPTO_SYNC),
  SD_32_AUTONOMOUS_PRODUCTS.rule(() => AUTONOMOUS),
  SD_12_FULL_PROCESS.rule(() => FULL_PROCESS),
];
