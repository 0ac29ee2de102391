/**
 * 山东省 acceptance-tracker rules (catalogue §4.5, obligations §6.4): annual report, acceptance application and its
 * extension, acceptance materials, post-evaluation window, rectification.
 */
import { addMonths, maxDate, yearOf } from '../../calendar/dates.js';

import type { ProjectFacts } from '../../facts.js';
import type { Finding, IsoDate, RuleDef } from '../../types.js';
import { FIELD, GSMO, RECORD, deadlineFinding, deadlineState, isIsoDate, missingOf, present } from './common.js';
import { SD_16_ANNUAL_REPORT, SD_19_INCIDENT_REPORT, SD_20_ARCHIVES, SD_22_ORGANISER, SD_23_APPLY_3M, SD_23_EXTENSION, SD_23_ORGANISE_TIMELY, SD_23_REPORT_CONTENTS, SD_24_POST_EVAL_12_24M, SD_24_THIRD_PARTY, SD_28_CATALOGUE_REGISTERED, SD_32_ACCEPTANCE_PRODUCTS, SD_34_RECTIFICATION } from './rules.js';

/**
 * 及时 (第二十三条 "项目审批部门应及时组织或委托竣工验收") has no number in the text (§2.2): a parameter the authority
 * may set, in calendar days after the acceptance application. null = none set, flag only.
 */
export const ORGANISE_ACCEPTANCE_SLA_DAYS: number | null = null;

/**
 * The construction-completed event that starts the 3-month clock (A-14): the recorded `construction_completed`,
 * else the contract's scheduled completion date (flagged).
 */
function completionEvent(p: ProjectFacts): { date: IsoDate; fallback: boolean } | null {
  const cc = p.dates?.constructionCompleted;
  if (cc !== undefined) return { date: cc, fallback: false };
  const scheduled = p.fields?.[FIELD.scheduledCompletion];
  return isIsoDate(scheduled) ? { date: scheduled, fallback: true } : null;
}

/** 竣工验收 has passed, so the acceptance application was made. */
const acceptedBy = (p: ProjectFacts, on: IsoDate): boolean => {
  const a = p.dates?.acceptancePassed;
  return a !== undefined && a <= on;
};

/** The acceptance stage: construction completed (or an application made), acceptance not yet passed. */
function inAcceptanceStage(p: ProjectFacts, on: IsoDate): boolean {
  const cc = p.dates?.constructionCompleted;
  return (cc !== undefined && cc <= on) || p.records?.[RECORD.acceptanceApplication] !== undefined || acceptedBy(p, on);
}

// ---- SD-16-annual-report (第十六条)
const ANNUAL_MSG = '项目建设单位应于每年年底前向项目审批部门、财政部门报告项目建设进度和预算执行情况,已投入试运行的应说明试运行效果及存在问题。';
const ANNUAL_REQ = ['建设进度', '预算执行情况'] as const;
const ANNUAL_REQ_TRIAL = ['建设进度', '预算执行情况', '试运行效果及存在问题'] as const;

// ---- SD-23 (第二十三条)
const APPLY_MSG = '项目建设单位应在完成项目建设任务后3个月内,向项目审批部门提交竣工验收申请报告。';
const APPLY_OVERDUE = SD_23_APPLY_3M.finding(
  'FLAG',
  '竣工验收申请已逾期:完成项目建设任务后3个月内未向项目审批部门提交竣工验收申请报告,也未提出延期验收申请。未经验收的项目不得拨付后续建设资金和运行维护经费。',
);
const APPLY_FALLBACK = SD_23_APPLY_3M.finding(
  'FLAG',
  '未记录完成项目建设任务的日期,暂以合同约定完工日期起算竣工验收申请期限;请项目建设单位补录完成建设任务日期(如完工通知或初步验收日期)。',
);
const REPORT_REQ = ['项目建设总结', '财务报告', '审计报告', '信息安全风险评估报告', '密码应用情况'] as const;
const REPORT_MSG = '竣工验收申请报告内容应包括项目建设总结、财务报告、审计报告、信息安全风险评估报告和密码应用情况等。';
const REPORT_OK = SD_23_REPORT_CONTENTS.require(REPORT_REQ, [], REPORT_MSG);
const EXT_REQ = ['延期验收申请'] as const;
const EXT_MSG = '项目建设单位未按期(完成建设任务后3个月内)提出验收申请的,应向项目审批部门提出延期验收申请。';
const EXT_OK = SD_23_EXTENSION.require(EXT_REQ, [], EXT_MSG);
const EXT_MISSING = SD_23_EXTENSION.require(EXT_REQ, EXT_REQ, EXT_MSG);

// ---- SD-20 / SD-28 / SD-32 acceptance items
const ARCHIVE_REQ = ['项目电子档案'] as const;
const ARCHIVE_MSG = '应按档案管理规定做好项目档案建设并形成电子档案,作为项目竣工验收的重要依据。';
const ARCHIVE_OK = SD_20_ARCHIVES.require(ARCHIVE_REQ, [], ARCHIVE_MSG);
const ARCHIVE_MISSING = SD_20_ARCHIVES.require(ARCHIVE_REQ, ARCHIVE_REQ, ARCHIVE_MSG);
const REG_REQ = [FIELD.catalogueRegistered] as const;
const REG_MSG = '项目建成后应将项目信息资源目录纳入共享平台目录管理系统,作为竣工验收的内容;未纳入的不能通过验收。';
const REG_OK = SD_28_CATALOGUE_REGISTERED.require(REG_REQ, [], REG_MSG);
const REG_MISSING = SD_28_CATALOGUE_REGISTERED.require(REG_REQ, REG_REQ, REG_MSG);
const PRODUCTS = SD_32_ACCEPTANCE_PRODUCTS.finding(
  'CHECK',
  '竣工验收检查项:项目软硬件产品安全可控情况(作为项目验收的重要内容),由验收组逐项确认。',
);

// ---- SD-22-organiser (第二十二条)
const ORG_MSG = '竣工验收由项目审批部门组织,或由项目审批部门委托项目建设单位组织(须有委托书)。';
const ORG_REQ = [FIELD.acceptanceOrganiser] as const;
const ORG_REQ_DELEGATED = [FIELD.acceptanceOrganiser, '验收委托书'] as const;
const ORG_OK = SD_22_ORGANISER.require(ORG_REQ, [], ORG_MSG);
const ORG_MISSING = SD_22_ORGANISER.require(ORG_REQ, ORG_REQ, ORG_MSG);
const ORG_DELEGATED_OK = SD_22_ORGANISER.require(ORG_REQ_DELEGATED, [], ORG_MSG);
const ORG_DELEGATED_MISSING = SD_22_ORGANISER.require(ORG_REQ_DELEGATED, ['验收委托书'], ORG_MSG);

// ---- SD-24 (第二十四条)
const EVAL_MSG = `项目建设单位应在项目竣工验收并投入使用或运营后12至24个月内开展自评价,并将自评价报告报送${GSMO}。`;
const EVAL_OVERDUE = SD_24_POST_EVAL_12_24M.finding(
  'FLAG',
  `自评价已逾期:项目竣工验收并投入使用后24个月内未向${GSMO}报送自评价报告。`,
);
const THIRD_PARTY = SD_24_THIRD_PARTY.finding(
  'CHECK',
  `${GSMO}可根据项目自评价情况,委托第三方检测评价机构开展后评价(可选任务,无期限)。`,
);

// ---- SD-19-incident-report (第十九条)
const INCIDENT_REQ = ['向项目审批部门报告'] as const;
const INCIDENT_MSG = '项目建设过程中出现工程严重逾期、投资重大损失等情形的,项目建设单位应及时向项目审批部门报告。';
const INCIDENT_OK = SD_19_INCIDENT_REPORT.require(INCIDENT_REQ, [], INCIDENT_MSG);
const INCIDENT_MISSING = SD_19_INCIDENT_REPORT.require(INCIDENT_REQ, INCIDENT_REQ, INCIDENT_MSG);
const INCIDENT_FLAG = SD_19_INCIDENT_REPORT.finding(
  'FLAG',
  '已发现工程严重逾期或投资重大损失等情形,项目审批部门可要求项目建设单位整改或暂停建设。',
);
const INCIDENT_CHECK = SD_19_INCIDENT_REPORT.finding(
  'CHECK',
  '项目建设过程中是否出现工程严重逾期、投资重大损失等情形?如有,项目建设单位须及时向项目审批部门报告。',
);

export const trackerRules: readonly RuleDef[] = [
  // One obligation per year of construction: from the year construction (or, failing that, the contract or the
  // approval) started up to the evaluation year, while the project was not yet accepted on 31 December.
  SD_16_ANNUAL_REPORT.rule(({ facts: { project: p }, on }) => {
    const d = p.dates;
    const start = d?.constructionStart ?? d?.contractSigned ?? d?.approvalDate;
    if (start === undefined || start > on) return null;
    const out: Finding[] = [];
    const last = yearOf(on);
    for (let y = yearOf(start); y <= last; y++) {
      const due = `${y}-12-31`;
      if (d?.acceptancePassed !== undefined && d.acceptancePassed <= due) break;
      const filed = p.records?.[`${RECORD.annualReport}${y}`];
      const state = deadlineState(on, due, filed);
      const trial = d?.trialRunStart !== undefined && d.trialRunStart <= due;
      out.push(
        deadlineFinding(
          SD_16_ANNUAL_REPORT,
          `${y}年度:${ANNUAL_MSG}`,
          due,
          false,
          {
            obligation: `${y}年度项目建设进度和预算执行情况报告`,
            startEvent: 'construction_year',
            state,
            year: y,
            recipients: ['项目审批部门', '财政部门'],
            ...(filed !== undefined ? { filedOn: filed, late: filed > due } : {}),
          },
          trial ? ANNUAL_REQ_TRIAL : ANNUAL_REQ,
        ),
      );
      if (state === 'overdue') {
        out.push(SD_16_ANNUAL_REPORT.finding('FLAG', `${y}年度项目建设进度和预算执行情况报告逾期未报(应于${due}前报项目审批部门、财政部门)。`, { detail: { year: y, due } }));
      }
    }
    return out.length ? out : null;
  }),

  SD_22_ORGANISER.rule(({ facts: { project: p }, on }) => {
    const org = p.fields?.[FIELD.acceptanceOrganiser];
    if (org === undefined && !acceptedBy(p, on) && p.dates?.acceptanceFailed === undefined) return null;
    if (org === undefined || org === '') return ORG_MISSING;
    if (org === '项目审批部门') return ORG_OK;
    if (org === '项目建设单位') return present(p, '验收委托书') ? ORG_DELEGATED_OK : ORG_DELEGATED_MISSING;
    return SD_22_ORGANISER.finding('FLAG', `${ORG_MSG}记录的组织单位"${String(org)}"不符合规定,请核实。`, { detail: { organiser: org } });
  }),

  // due = completion + 3 months (month-end clamp); an approved extension (acceptanceExtendedTo) moves it.
  SD_23_APPLY_3M.rule(({ facts: { project: p }, on }) => {
    const ev = completionEvent(p);
    if (!ev || ev.date > on) return null;
    const base = addMonths(ev.date, 3);
    const ext = p.dates?.acceptanceExtendedTo;
    const due = ext !== undefined && ext > base ? ext : base;
    const applied = p.records?.[RECORD.acceptanceApplication] ?? (acceptedBy(p, on) ? p.dates?.acceptancePassed : undefined);
    const state = deadlineState(on, due, applied);
    const out: Finding[] = [
      deadlineFinding(SD_23_APPLY_3M, ext !== undefined && due === ext ? `${APPLY_MSG}延期验收申请已批准,期限延至${ext}。` : APPLY_MSG, due, false, {
        obligation: '提交竣工验收申请报告',
        startEvent: ev.fallback ? 'contract_scheduled_completion' : 'construction_completed',
        state,
        recipient: '项目审批部门',
        originalDue: base,
        ...(ext !== undefined ? { extendedTo: ext } : {}),
        ...(applied !== undefined ? { filedOn: applied, late: applied > due } : {}),
      }, REPORT_REQ),
    ];
    if (ev.fallback) out.push(APPLY_FALLBACK);
    const extensionRequested = p.records?.[RECORD.extensionRequest] !== undefined || ext !== undefined;
    if (state === 'overdue' && !extensionRequested) out.push(APPLY_OVERDUE);
    return out;
  }),

  SD_23_REPORT_CONTENTS.rule(({ facts: { project: p }, on }) => {
    if (!inAcceptanceStage(p, on) || acceptedBy(p, on)) return null;
    const missing = missingOf(p, REPORT_REQ);
    return missing.length ? SD_23_REPORT_CONTENTS.require(REPORT_REQ, missing, REPORT_MSG) : REPORT_OK;
  }),

  // Not applied by the original 3-month due date: an extension request is required.
  SD_23_EXTENSION.rule(({ facts: { project: p }, on }) => {
    const ev = completionEvent(p);
    if (!ev) return null;
    const base = addMonths(ev.date, 3);
    if (on <= base) return null;
    const applied = p.records?.[RECORD.acceptanceApplication] ?? (acceptedBy(p, on) ? p.dates?.acceptancePassed : undefined);
    if (applied !== undefined && applied <= base) return null;
    return p.records?.[RECORD.extensionRequest] !== undefined || p.dates?.acceptanceExtendedTo !== undefined ? EXT_OK : EXT_MISSING;
  }),

  SD_23_ORGANISE_TIMELY.rule(({ facts: { project: p }, on }) => {
    const appliedOn = p.records?.[RECORD.acceptanceApplication];
    if (appliedOn === undefined || appliedOn > on) return null;
    if (acceptedBy(p, on) || p.dates?.acceptanceFailed !== undefined) return null;
    const sla = ORGANISE_ACCEPTANCE_SLA_DAYS;
    return SD_23_ORGANISE_TIMELY.finding(
      'FLAG',
      `竣工验收申请已于${appliedOn}提交,尚未记录验收结果:项目审批部门应及时组织或委托竣工验收。`,
      { detail: { applicationOn: appliedOn, slaDays: sla } },
    );
  }),

  SD_20_ARCHIVES.rule(({ facts: { project: p }, on }) => {
    if (!inAcceptanceStage(p, on)) return null;
    return present(p, ARCHIVE_REQ[0]) ? ARCHIVE_OK : ARCHIVE_MISSING;
  }),

  SD_28_CATALOGUE_REGISTERED.rule(({ facts: { project: p }, on }) => {
    if (!inAcceptanceStage(p, on)) return null;
    return p.fields?.[FIELD.catalogueRegistered] === true ? REG_OK : REG_MISSING;
  }),

  SD_32_ACCEPTANCE_PRODUCTS.rule(({ facts: { project: p }, on }) =>
    inAcceptanceStage(p, on) && !acceptedBy(p, on) ? PRODUCTS : null,
  ),

  // A-10: t0 = max(acceptance_passed, operation_start); window [t0+12M, t0+24M]; early reports count but are flagged.
  SD_24_POST_EVAL_12_24M.rule(({ facts: { project: p }, on }) => {
    const d = p.dates;
    const passed = d?.acceptancePassed;
    if (passed === undefined || passed > on) return null;
    const op = d?.operationStart ?? d?.formalOperationStart;
    const t0 = op !== undefined ? maxDate(passed, op) : passed;
    if (t0 > on) return null;
    const opens = addMonths(t0, 12);
    const due = addMonths(t0, 24);
    const filed = p.records?.[RECORD.selfEvaluation];
    const state = deadlineState(on, due, filed);
    const out: Finding[] = [
      deadlineFinding(SD_24_POST_EVAL_12_24M, EVAL_MSG, due, false, {
        obligation: '报送自评价报告',
        startEvent: op !== undefined ? 'max(acceptance_passed, operation_start)' : 'acceptance_passed',
        state,
        windowStart: opens,
        recipient: GSMO,
        ...(filed !== undefined ? { filedOn: filed, late: filed > due, early: filed < opens } : {}),
      }, ['自评价报告']),
    ];
    if (state === 'overdue') out.push(EVAL_OVERDUE);
    if (filed !== undefined && filed < opens) {
      out.push(
        SD_24_POST_EVAL_12_24M.finding('FLAG', `自评价报告于${filed}报送,早于竣工验收并投入使用后12个月(${opens}),可能不满足要求,请核实。`, {
          detail: { filedOn: filed, windowStart: opens },
        }),
      );
    }
    return out;
  }),

  SD_24_THIRD_PARTY.rule(({ facts: { project: p }, on }) => {
    const filed = p.records?.[RECORD.selfEvaluation];
    return filed !== undefined && filed <= on ? THIRD_PARTY : null;
  }),

  // Detected (field set by the unit or an inspector) → FLAG + report required; otherwise a checklist question while
  // construction is under way.
  SD_19_INCIDENT_REPORT.rule(({ facts: { project: p }, on }) => {
    if (p.fields?.[FIELD.seriousDelay] === true || p.fields?.[FIELD.majorLoss] === true) {
      return [INCIDENT_FLAG, p.records?.[RECORD.incidentReport] !== undefined ? INCIDENT_OK : INCIDENT_MISSING];
    }
    const d = p.dates;
    const started = d?.constructionStart ?? d?.contractSigned;
    if (started === undefined || started > on || acceptedBy(p, on)) return null;
    return INCIDENT_CHECK;
  }),

  // Each open rectification notice is an obligation due on the date it sets; refusing or failing leads to sanctions.
  SD_34_RECTIFICATION.rule(({ facts: { project: p }, on }) => {
    const list = p.status?.openFindings;
    if (!list || list.length === 0) return null;
    const out: Finding[] = [];
    for (const f of list) {
      if (f.due === undefined) continue;
      const closed = f.status === 'closed';
      const state = closed ? 'met' : on > f.due ? 'overdue' : 'open';
      out.push(
        deadlineFinding(SD_34_RECTIFICATION, `限期整改(${f.ruleId}):项目建设单位应于${f.due}前完成整改。`, f.due, false, {
          obligation: '限期整改',
          startEvent: 'rectification_notice',
          state,
          findingRuleId: f.ruleId,
          findingStatus: f.status,
        }),
      );
      if (f.status === 'rectified_noncompliant' || state === 'overdue') {
        out.push(
          SD_34_RECTIFICATION.finding(
            'FLAG',
            `${f.ruleId}:${f.status === 'rectified_noncompliant' ? '整改后仍不符合要求' : `逾期(${f.due})未完成整改`},可对其进行通报批评、暂缓拨付建设资金、暂停项目建设,直至终止项目。`,
            { detail: { findingRuleId: f.ruleId, due: f.due, status: f.status } },
          ),
        );
      }
    }
    return out.length ? out : null;
  }),
];
