/**
 * 锦江区 acceptance-tracker rules (catalogue §4.5, §6.3): acceptance per contract, no use before acceptance,
 * late-acceptance explanation, yearly performance evaluation and its rectification, progress warnings, periodic
 * security testing, and the acceptance checklist items.
 */
import { addDays, addMonths } from '../../calendar/dates.js';
import { documentOf } from '../../dsl.js';
import type { Finding, RuleDef } from '../../types.js';
import type { ProjectFacts } from '../../facts.js';
import { DOC, FIELD, RECORD, numField, strField } from './common.js';
import { JJ_03_PLATFORM_VERIFIED, JJ_12_PROGRESS_WARNINGS, JJ_14_ACCEPTANCE_PER_CONTRACT, JJ_14_LATE_EXPLANATION, JJ_14_NO_USE_BEFORE_ACCEPTANCE, JJ_17_ANNUAL_EVAL, JJ_17_FAIL_RECTIFY, JJ_18_PERIODIC_TESTING, JJ_19_ACCEPTANCE_ITEMS } from './rules.js';

// ---- JJ-14-acceptance-per-contract -------------------------------------------------------------------------------
const ACC_REQ = [DOC.acceptanceReport] as const;
const ACC_MSG = '项目实施完成后,项目建设单位应按合同内容组织项目验收,并形成项目验收报告(第十四条)。';
const ACC_OK = JJ_14_ACCEPTANCE_PER_CONTRACT.require(ACC_REQ, [], ACC_MSG);
const ACC_MISSING = JJ_14_ACCEPTANCE_PER_CONTRACT.require(ACC_REQ, ACC_REQ, ACC_MSG);
const ACC_UPPER = JJ_14_ACCEPTANCE_PER_CONTRACT.finding(
  'ROUTE',
  '本项目需国家、省、市相关部门验收,由项目建设单位按相关程序组织实施(第十四条)。',
  { route: '上级部门验收程序' },
);

// ---- JJ-14-no-use-before-acceptance ------------------------------------------------------------------------------
const USE_MSG = '项目验收通过后,方可正式投入使用(第十四条)';

// ---- JJ-19-acceptance-items / JJ-03-platform-verified ------------------------------------------------------------
const ACCEPT_ITEMS = ['软硬件产品的安全可靠情况', '项目密码应用和安全审查情况', '硬件设备等情况'] as const;
const ACCEPT_CHECK = JJ_19_ACCEPTANCE_ITEMS.finding(
  'CHECK',
  `项目验收须逐项给出结论(通过/不通过):${ACCEPT_ITEMS.join(';')}(第十九条)。`,
  { requires: ACCEPT_ITEMS },
);
const VERIFIED_REQ = [DOC.platformEvidence] as const;
const VERIFIED_MSG = '验收时须提供非涉密、非敏感数据已接入智慧蓉城锦江运行管理平台的证明(第三条)。';
const VERIFIED_OK = JJ_03_PLATFORM_VERIFIED.require(VERIFIED_REQ, [], VERIFIED_MSG);
const VERIFIED_MISSING = JJ_03_PLATFORM_VERIFIED.require(VERIFIED_REQ, VERIFIED_REQ, VERIFIED_MSG);

/** Acceptance under way or done: 建成 (completion recorded), 初步验收 or 验收通过. */
const atAcceptance = (p: ProjectFacts): boolean => {
  const d = p.dates;
  return d !== undefined && (d.constructionCompleted !== undefined || d.preliminaryAcceptance !== undefined || d.acceptancePassed !== undefined);
};

/** 第十二条: slip threshold in days (parameter; the text gives none, default 0 = any slip is warned). */
export const PROGRESS_SLIP_DAYS = 0;

export const trackerRules: readonly RuleDef[] = [
  // 第十四条: acceptance against the contract; higher-level acceptance routed to its procedure.
  JJ_14_ACCEPTANCE_PER_CONTRACT.rule(({ facts: { project: p } }) => {
    if (!atAcceptance(p)) return null;
    const req = documentOf(p, DOC.acceptanceReport) ? ACC_OK : ACC_MISSING;
    return p.fields?.[FIELD.upperAcceptance] === true ? [req, ACC_UPPER] : req;
  }),

  // 第十四条: formal use only from the day acceptance passed (same day allowed). A planned go-live before
  // acceptance is refused; one already recorded is flagged as a violation.
  JJ_14_NO_USE_BEFORE_ACCEPTANCE.rule(({ facts: { project: p }, on }) => {
    const start = p.dates?.formalOperationStart;
    if (start === undefined) return null;
    const passed = p.dates?.acceptancePassed;
    if (passed !== undefined && start >= passed) return null;
    const why = passed === undefined ? '项目尚未验收通过' : `项目验收通过日期为${passed}`;
    return start > on
      ? JJ_14_NO_USE_BEFORE_ACCEPTANCE.finding('REJECT', `${USE_MSG}:${why},计划于${start}正式投入使用,不予同意。`, {
          detail: { formalOperationStart: start, acceptancePassed: passed },
        })
      : JJ_14_NO_USE_BEFORE_ACCEPTANCE.finding('FLAG', `${USE_MSG}:${why},但系统已于${start}正式投入使用,属违规使用,请督促整改。`, {
          detail: { formalOperationStart: start, acceptancePassed: passed },
        });
  }),

  // 第十四条 "不能按期验收的…书面说明原因": 按期 = the contract's acceptance date, else the contract end.
  JJ_14_LATE_EXPLANATION.rule(({ facts: { project: p }, on }) => {
    const due = p.dates?.contractAcceptanceDue ?? p.dates?.contractEnd;
    if (due === undefined) return null;
    const passed = p.dates?.acceptancePassed;
    const late = passed !== undefined ? passed > due : on > due;
    if (!late || p.records?.[RECORD.lateExplanation] !== undefined) return null;
    return JJ_14_LATE_EXPLANATION.finding(
      'FLAG',
      `未按合同约定日期(${due})完成验收,项目建设单位应当向领导小组办公室书面说明原因(第十四条)。`,
      { requires: ['不能按期验收的书面说明'], missing: ['不能按期验收的书面说明'], due, detail: { acceptanceDue: due, acceptancePassed: passed } },
    );
  }),

  // 第十七条(一): systems in formal operation for a full year join this year's performance evaluation.
  JJ_17_ANNUAL_EVAL.rule(({ facts: { project: p, system }, on }) => {
    const start = p.dates?.formalOperationStart ?? p.dates?.operationStart;
    if (start === undefined || system?.status === 'stopped') return null;
    const eligible = addMonths(start, 12);
    if (on < eligible) return null;
    return JJ_17_ANNUAL_EVAL.finding(
      'FLAG',
      `项目自${start}正式投入运行已满一年(${eligible}起),应纳入领导小组办公室本年度绩效评价(运行效率、使用效果)。`,
      { detail: { formalOperationStart: start, eligibleFrom: eligible, year: Number(on.slice(0, 4)) } },
    );
  }),

  // 第十七条(二): a 不合格 evaluation → rectification by the date the office sets; overdue / still non-compliant →
  // sanctions (JJ-17-sanctions).
  JJ_17_FAIL_RECTIFY.rule(({ facts: { project: p, system }, on }) => {
    let open: { status: string; due?: string } | undefined;
    for (const f of p.status?.openFindings ?? []) if (f.ruleId === JJ_17_FAIL_RECTIFY.id) open = f;
    const failed = (system?.lastEvaluation ?? strField(p, FIELD.evaluationResult)) === '不合格';
    if (!open && !failed) return null;
    if (open?.status === 'closed' || (!open && system?.rectificationAccepted === true)) return null;
    if (open?.status === 'rectified_noncompliant') {
      return JJ_17_FAIL_RECTIFY.finding('FLAG', '整改后仍不符合要求:领导小组办公室及有关部门可采取通报批评、暂缓安排投资计划、暂停项目建设直至终止项目等方式处理(第十七条(二))。');
    }
    const due = open?.due;
    if (due === undefined) {
      return JJ_17_FAIL_RECTIFY.finding('FLAG', '绩效评价结果为不合格,项目建设单位须根据绩效评价意见限期整改:领导小组办公室尚未确定整改期限,请确定并记录。');
    }
    const done = p.records?.[RECORD.rectification];
    const state = done !== undefined && done <= due ? 'met' : on > due ? 'overdue' : 'open';
    const out: Finding[] = [
      JJ_17_FAIL_RECTIFY.finding('DEADLINE', `绩效评价结果为不合格,项目建设单位须根据绩效评价意见于${due}前完成整改(第十七条(二))。`, {
        due,
        provisional: false,
        detail: { obligation: '绩效评价不合格限期整改', startEvent: 'evaluation_failed', state },
      }),
    ];
    if (state === 'overdue') {
      out.push(JJ_17_FAIL_RECTIFY.finding('FLAG', `逾期未整改(整改期限${due}):领导小组办公室及有关部门可采取通报批评、暂缓安排投资计划、暂停项目建设直至终止项目等方式处理。`, { due }));
    }
    return out;
  }),

  // 第十二条: 预警 when the schedule slips (threshold is a parameter, PROGRESS_SLIP_DAYS).
  JJ_12_PROGRESS_WARNINGS.rule(({ facts: { project: p }, on }) => {
    const planned = strField(p, FIELD.plannedCompletion);
    if (planned === undefined || p.dates?.constructionCompleted !== undefined || p.dates?.acceptancePassed !== undefined) return null;
    const warnAfter = PROGRESS_SLIP_DAYS === 0 ? planned : addDays(planned, PROGRESS_SLIP_DAYS);
    if (on <= warnAfter) return null;
    return JJ_12_PROGRESS_WARNINGS.finding(
      'FLAG',
      `项目建设进度预警:计划完成日期为${planned},至今尚未完成建设,请领导小组办公室督促,视情约谈、督导(第十二条)。`,
      { detail: { plannedCompletion: planned, thresholdDays: PROGRESS_SLIP_DAYS } },
    );
  }),

  // 第十八条 "定期进行检测和评估": period is a per-system parameter, none by default; a running system with
  // no test on record is flagged.
  JJ_18_PERIODIC_TESTING.rule(({ facts: { project: p, system }, on }) => {
    if (!system || system.status === 'stopped') return null;
    const last = system.lastAssessment;
    if (last === undefined) {
      return JJ_18_PERIODIC_TESTING.finding('FLAG', '未见网络安全、密码保障系统检测评估记录:须同步规划、同步建设、同步运行并定期进行检测和评估(第十八条)。');
    }
    const months = numField(p, FIELD.securityTestMonths);
    if (months === undefined) return null;
    const next = addMonths(last, months);
    if (on <= next) return null;
    return JJ_18_PERIODIC_TESTING.finding(
      'FLAG',
      `网络安全、密码保障系统检测评估已逾期:上次检测评估${last},按${months}个月周期应于${next}前再次检测评估(第十八条)。`,
      { due: next, detail: { lastAssessment: last, periodMonths: months } },
    );
  }),

  // 第十九条: acceptance checklist (P4).
  JJ_19_ACCEPTANCE_ITEMS.rule(({ facts: { project: p } }) => (atAcceptance(p) ? ACCEPT_CHECK : null)),

  // 第三条: evidence of the platform integration at acceptance (inferred).
  JJ_03_PLATFORM_VERIFIED.rule(({ facts: { project: p } }) => {
    if (!atAcceptance(p)) return null;
    return documentOf(p, DOC.platformEvidence) ? VERIFIED_OK : VERIFIED_MISSING;
  }),
];
