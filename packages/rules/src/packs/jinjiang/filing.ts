/**
 * 锦江区 filing rules (catalogue §4.6, §6.3): 立项情况备案 (第九条(二)), contract filing within 7 working days
 * (第十一条), acceptance filing within 7 working days and its 12 items (第十五条), stop-operation notice at least
 * 3 months ahead (第十六条).
 *
 * Each rule speaks about the filing being checked (`facts.filing` of its type) or, with no filing in the facts,
 * about the obligation (`deadlines`); a filing of another type leaves it silent. Working days come from
 * `ctx.calendar` (the start day is not counted).
 */
import { addMonths } from '../../calendar/dates.js';
import type { RuleHandle } from '../../dsl.js';

import type { Finding, IsoDate, RuleDef } from '../../types.js';
import type { FilingFacts } from '../../facts.js';
import { RECORD, filingHas, isMaintenance } from './common.js';
import { JJ_06_MAINT_PERIOD_3Y, JJ_09_SOCIAL_FUNDS_FILING, JJ_09_UPPER_FUNDS_FILING, JJ_11_CONTRACT_7WD, JJ_15_ACCEPTANCE_7WD, JJ_15_ACCEPTANCE_FIELDS, JJ_16_STOP_NOTICE_3M } from './rules.js';

// ---- JJ-09-* -----------------------------------------------------------------------------------------------------
const APPROVAL_ITEM = '立项情况书面材料';
const APPROVAL_REQ = [APPROVAL_ITEM] as const;
const UPPER_MSG = '获得国家、省、市等上级财政资金立项的项目,项目建设单位应将项目立项情况书面报领导小组办公室备案(第九条(二)1)。';
const SOCIAL_MSG = '使用其他社会资金立项的项目,项目建设单位应将项目立项情况书面报领导小组办公室备案(第九条(二)2)。';
const UPPER_OK = JJ_09_UPPER_FUNDS_FILING.require(APPROVAL_REQ, [], UPPER_MSG);
const UPPER_MISSING = JJ_09_UPPER_FUNDS_FILING.require(APPROVAL_REQ, APPROVAL_REQ, UPPER_MSG);
const SOCIAL_OK = JJ_09_SOCIAL_FUNDS_FILING.require(APPROVAL_REQ, [], SOCIAL_MSG);
const SOCIAL_MISSING = JJ_09_SOCIAL_FUNDS_FILING.require(APPROVAL_REQ, APPROVAL_REQ, SOCIAL_MSG);

// ---- JJ-11-contract-7wd ------------------------------------------------------------------------------------------
const CONTRACT_COPY = '合同副本';
const CONTRACT_REQ = [CONTRACT_COPY] as const;
const CONTRACT_MSG = '政府采购项目合同签订后7个工作日内,项目建设单位须将合同副本报领导小组办公室备案(第十一条)。';
const CONTRACT_OK = JJ_11_CONTRACT_7WD.require(CONTRACT_REQ, [], CONTRACT_MSG);
const CONTRACT_MISSING = JJ_11_CONTRACT_7WD.require(CONTRACT_REQ, CONTRACT_REQ, CONTRACT_MSG);
/** the O&M contract term of a 维护类 project, in months (contract filing field). */
const CONTRACT_TERM = '服务期限(月)';

// ---- JJ-15-* -----------------------------------------------------------------------------------------------------
const ACCEPTANCE_ITEMS = [
  '项目验收报告',
  '验收时间',
  '用户报告',
  '监理报告',
  '测评报告',
  '资金使用情况',
  '免费运维时间',
  '数据资源的管理权属和使用范围',
  '信息资源共享开放',
  '信息安全建设',
  '信息系统网络安全等级保护定级',
  '密码应用评估',
] as const;
const ACCEPTANCE_MSG =
  '验收备案内容包括项目验收报告、验收时间、用户报告、监理报告、测评报告、资金使用情况、免费运维时间、数据资源的管理权属和使用范围、信息资源共享开放、信息安全建设、信息系统网络安全等级保护定级、密码应用评估等(第十五条)。';
const ACCEPTANCE_OK = JJ_15_ACCEPTANCE_FIELDS.require(ACCEPTANCE_ITEMS, [], ACCEPTANCE_MSG);

// ---- JJ-16-stop-notice-3m ----------------------------------------------------------------------------------------
const STOP_ITEMS = ['数据资源处置方案', '相关单位协调对接记录'] as const;
const STOP_MSG = '计划停止信息系统运行的,须做好数据资源处置及与相关单位的协调对接工作(第十六条)。';
const STOP_OK = JJ_16_STOP_NOTICE_3M.require(STOP_ITEMS, [], STOP_MSG);
const PLANNED_STOP = '计划停止运行日期';

type State = 'open' | 'met' | 'overdue';

/** A working-day filing obligation: the DEADLINE, plus a late / overdue FLAG. */
function workingDayFiling(
  id: RuleHandle,
  obligation: string,
  startEvent: string,
  start: IsoDate,
  due: IsoDate,
  provisional: boolean,
  filedOn: IsoDate | undefined,
  on: IsoDate,
): Finding[] {
  const state: State = filedOn !== undefined ? 'met' : on > due ? 'overdue' : 'open';
  const late = filedOn !== undefined && filedOn > due;
  const out: Finding[] = [
    id.finding('DEADLINE', `${obligation}:${start}起7个工作日内,即${due}(含)前报领导小组办公室备案。`, {
      due,
      provisional,
      detail: { obligation, startEvent, state, start, filedOn, late },
    }),
  ];
  if (late) out.push(id.finding('FLAG', `${obligation}逾期:应于${due}前备案,实际备案日期${filedOn}。`, { due, detail: { filedOn } }));
  else if (state === 'overdue') out.push(id.finding('FLAG', `${obligation}已逾期:应于${due}前报领导小组办公室备案,至今未见备案记录。`, { due }));
  return out;
}

function missingOf(filing: FilingFacts, items: readonly string[]): string[] | null {
  let missing: string[] | null = null;
  for (const i of items) if (!filingHas(filing.fields, filing.attachments, i)) (missing ??= []).push(i);
  return missing;
}

export const filingRules: readonly RuleDef[] = [
  // 第九条(二)1: upper-level fiscal funds → written filing of the 立项情况 (no deadline, A-24).
  JJ_09_UPPER_FUNDS_FILING.rule(({ facts: { project: p, filing } }) => {
    if (filing?.type !== 'upstream_approval' || !p.fundingSources.includes('upper_fiscal')) return null;
    return filingHas(filing.fields, filing.attachments, APPROVAL_ITEM) ? UPPER_OK : UPPER_MISSING;
  }),

  // 第九条(二)2: other social funds → written filing of the 立项情况 (no deadline, A-24).
  JJ_09_SOCIAL_FUNDS_FILING.rule(({ facts: { project: p, filing } }) => {
    if (filing?.type !== 'upstream_approval' || !p.fundingSources.includes('social_capital')) return null;
    return filingHas(filing.fields, filing.attachments, APPROVAL_ITEM) ? SOCIAL_OK : SOCIAL_MISSING;
  }),

  // 第十一条: contract copy to 领导小组办公室 within 7 working days of signing.
  JJ_11_CONTRACT_7WD.rule(({ facts: { project: p, filing }, on, calendar }) => {
    if (filing && filing.type !== 'contract') return null;
    const signed = p.dates?.contractSigned;
    const out: Finding[] = [];
    if (signed !== undefined) {
      const { date: due, provisional } = calendar.addWorkingDays(signed, 7);
      const filedOn = filing ? filing.filedOn : p.records?.[RECORD.contractFiling];
      out.push(...workingDayFiling(JJ_11_CONTRACT_7WD, '合同备案', 'contract_signed', signed, due, provisional, filedOn, on));
    }
    if (filing) {
      out.push(filingHas(filing.fields, filing.attachments, CONTRACT_COPY) ? CONTRACT_OK : CONTRACT_MISSING);
      // A-21 (inferred): the 维护类 O&M contract term is also capped at 36 months; flagged, under JJ-06's id.
      const term = filing.fields[CONTRACT_TERM];
      if (isMaintenance(p) && typeof term === 'number' && term > 36) {
        out.push(
          JJ_06_MAINT_PERIOD_3Y.finding('FLAG', `维护类项目服务周期最长不超过3年(36个月),备案合同的服务期限为${term}个月,超过上限,请审核(A-21)。`, {
            detail: { contractTermMonths: term, maxMonths: 36 },
          }),
        );
      }
    }
    return out.length === 0 ? null : out;
  }, { reports: [JJ_06_MAINT_PERIOD_3Y] }),

  // 第十五条: acceptance filing within 7 working days of passing acceptance.
  JJ_15_ACCEPTANCE_7WD.rule(({ facts: { project: p, filing }, on, calendar }) => {
    if (filing && filing.type !== 'acceptance') return null;
    const passed = p.dates?.acceptancePassed;
    if (passed === undefined) return null;
    const { date: due, provisional } = calendar.addWorkingDays(passed, 7);
    const filedOn = filing ? filing.filedOn : p.records?.[RECORD.acceptanceFiling];
    return workingDayFiling(JJ_15_ACCEPTANCE_7WD, '验收备案', 'acceptance_passed', passed, due, provisional, filedOn, on);
  }),

  // 第十五条: the twelve items of the acceptance filing (field or attachment of that name).
  JJ_15_ACCEPTANCE_FIELDS.rule(({ facts: { filing } }) => {
    if (filing?.type !== 'acceptance') return null;
    const missing = missingOf(filing, ACCEPTANCE_ITEMS);
    return missing ? JJ_15_ACCEPTANCE_FIELDS.require(ACCEPTANCE_ITEMS, missing, ACCEPTANCE_MSG) : ACCEPTANCE_OK;
  }),

  // 第十六条 "至少提前3个月": notice on or before planned stop − 3 calendar months (month end clamps). A late notice
  // is flagged, never blocked (the text states no consequence); the filing carries the data-disposition plan and the
  // coordination record.
  JJ_16_STOP_NOTICE_3M.rule(({ facts: { project: p, filing }, on }) => {
    if (filing && filing.type !== 'stop_operation') return null;
    const fromFiling = filing?.fields[PLANNED_STOP];
    const planned = typeof fromFiling === 'string' && fromFiling !== '' ? fromFiling : p.dates?.plannedStop;
    const out: Finding[] = [];
    if (planned !== undefined) {
      const latest = addMonths(planned, -3);
      const noticeOn = filing ? filing.filedOn : p.records?.[RECORD.stopNotice];
      const state: State = noticeOn !== undefined ? 'met' : on > latest ? 'overdue' : 'open';
      const late = noticeOn !== undefined && noticeOn > latest;
      out.push(
        JJ_16_STOP_NOTICE_3M.finding('DEADLINE', `计划于${planned}停止信息系统运行,应至少提前3个月,即${latest}(含)前向区城运中心报备(第十六条)。`, {
          due: latest,
          provisional: false,
          detail: { obligation: '停运报备', startEvent: 'planned_stop', state, plannedStop: planned, noticeOn, late },
        }),
      );
      if (late) {
        out.push(
          JJ_16_STOP_NOTICE_3M.finding('FLAG', `停运报备不足3个月:计划停止运行日期${planned},应于${latest}(含)前报备,实际报备日期${noticeOn}。`, {
            due: latest,
            detail: { noticeOn, plannedStop: planned },
          }),
        );
      } else if (state === 'overdue') {
        out.push(JJ_16_STOP_NOTICE_3M.finding('FLAG', `停运报备已逾期:计划停止运行日期${planned},应于${latest}(含)前向区城运中心报备,至今未见报备记录。`, { due: latest }));
      }
    }
    if (filing) {
      const need = planned === undefined ? [PLANNED_STOP, ...STOP_ITEMS] : STOP_ITEMS;
      const missing = missingOf(filing, need);
      out.push(missing ? JJ_16_STOP_NOTICE_3M.require(need, missing, STOP_MSG) : STOP_OK);
    }
    return out.length === 0 ? null : out;
  }),
];
