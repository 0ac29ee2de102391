/**
 * 红山区 acceptance-tracker rules (catalogue §4.5, obligations §6.1): acceptance filing, extension, annual and
 * post-completion self-evaluation, free O&M period, lockout clock, rectification and periodic assessments.
 *
 * Records used (project.records): acceptance_filing, extension_request, `annual_report:YYYY` (第三十条 绩效自评报告),
 * self_evaluation (第三十一条 自评价报告 to the 项目审批部门), self_evaluation_finance (the same report to the 财政部门),
 * asset_registration, project_archive (第二十六条), incident_report (第二十一条), om_intake (第八条 O&M 入库).
 */
import { addMonths, maxDate, yearOf } from '../../calendar/dates.js';
import { documentOf, type RuleHandle } from '../../dsl.js';
import type { Facts, ProjectFacts, SystemFacts } from '../../facts.js';
import type { Category, Finding, IsoDate, RuleContext, RuleDef } from '../../types.js';
import { HS_06_5_LOCKOUT_CLOCK, HS_20_ACCEPTANCE_ITEMS, HS_21_INCIDENT_REPORT, HS_08_OM_NEW_WINDOW, HS_24_FREE_OM_END, HS_26_ASSET_ARCHIVE, HS_28_ACCEPTANCE_6M, HS_28_EXTENSION, HS_28_SPOT_CHECK, HS_29_CLASSIFIED_GOLIVE, HS_30_1_BUILD_CONTENT, HS_30_2_PROCURE_CONTENT, HS_30_3_OM_CONTENT, HS_30_ANNUAL_SELF_EVAL, HS_30_EX_ANTE, HS_31_POST_EVAL_12_24M, HS_32_POST_EVAL, HS_35_4_ZOMBIE_SCAN, HS_37_RECTIFICATION, HS_39_PERIODIC_ASSESSMENTS } from './rules.js';
import { categoryOf } from '../shared.js';
import { hasName, sameName } from '../../names.js';

type State = 'open' | 'met' | 'overdue';

function stateOf(on: IsoDate, due: IsoDate, metOn: IsoDate | undefined): State {
  return metOn !== undefined ? 'met' : on > due ? 'overdue' : 'open';
}

function deadline(
  id: RuleHandle,
  message: string,
  due: IsoDate,
  obligation: string,
  startEvent: string,
  state: State,
  extra: Record<string, unknown> = {},
): Finding {
  return id.finding('DEADLINE', message, { due, provisional: false, detail: { obligation, startEvent, state, ...extra } });
}

/** The project's own system and the unit's systems, each once. */
function systemsOf(f: Facts): SystemFacts[] {
  const out: SystemFacts[] = [];
  if (f.system) out.push(f.system);
  for (const s of f.unit?.systems ?? []) if (!out.some((o) => o.id === s.id)) out.push(s);
  return out;
}

const STATE_TEXT: Record<State, string> = { open: '未到期', met: '已完成', overdue: '已逾期' };

// ---------------------------------------------------------------------------------------------------------------
// HS-28 acceptance clock (第二十八条, A-04)

interface AcceptanceClock {
  start: IsoDate;
  startEvent: 'trial_run_stable' | 'trial_run_start';
  /** trial-run start + 6 months. */
  originalDue: IsoDate;
  /** The approved extension replaces the due date. */
  due: IsoDate;
  extendedTo?: IsoDate;
}

function acceptanceClock(p: ProjectFacts): AcceptanceClock | null {
  const d = p.dates;
  if (!d) return null;
  const stable = d.trialRunStable;
  const start = stable ?? d.trialRunStart;
  if (start === undefined) return null;
  const originalDue = addMonths(start, 6);
  const ext = d.acceptanceExtendedTo;
  return {
    start,
    startEvent: stable !== undefined ? 'trial_run_stable' : 'trial_run_start',
    originalDue,
    due: ext ?? originalDue,
    extendedTo: ext,
  };
}

const A04_FALLBACK = HS_28_ACCEPTANCE_6M.finding(
  'FLAG',
  '未记录"试运行达到稳定状态"日期,竣工验收备案期限暂按试运行开始日期起算(较严)。请项目单位补录试运行稳定状态日期及证明材料(A-04)。',
);

// ---------------------------------------------------------------------------------------------------------------
// frozen H items

const SPOT_CHECK = HS_28_SPOT_CHECK.finding(
  'CHECK',
  '依据第二十八条"项目审批部门适时组织专家进行监督检查",请项目审批部门决定是否对本项目竣工验收组织专家监督检查(可选任务)。',
);

const ACCEPTANCE_ITEMS = HS_20_ACCEPTANCE_ITEMS.finding(
  'CHECK',
  '依据第二十条,验收时须逐项核查:软硬件产品安全可靠情况;密码应用和安全审查情况;硬件设备和新建数据中心能源利用效率情况。请验收组逐项记录结论。',
  { requires: Object.freeze(['软硬件产品安全可靠情况', '密码应用和安全审查情况', '硬件设备和新建数据中心能源利用效率情况']) },
);

const EX_ANTE = HS_30_EX_ANTE.finding(
  'CHECK',
  '依据第三十条,项目单位可根据工作需要开展项目事前绩效评价(非强制)。请项目单位确认是否开展。',
);

const POST_EVAL = HS_32_POST_EVAL.finding(
  'CHECK',
  '依据第三十二条,项目审批部门、主管部门可适时组织或委托第三方咨询机构开展后评价、检测、检查,并根据结果提出整改意见。请决定是否创建后评价任务。',
);

const INCIDENT_CHECK = HS_21_INCIDENT_REPORT.finding(
  'CHECK',
  '建设期内请核查是否出现工程严重逾期、投资重大损失或项目重大变更等问题;如有,项目单位应当及时向项目审批部门报告(第二十一条)。',
);

const CLASSIFIED_GOLIVE = HS_29_CLASSIFIED_GOLIVE.finding(
  'REJECT',
  '涉密信息系统未见保密测评机构的检测评估报告及保密行政管理部门审查合格结论(或涉密信息系统测评审查合格证)。依据第二十九条,审查合格前不得投入使用。',
  { requires: Object.freeze(['保密测评报告', '保密行政管理部门审查合格']) },
);

// ---------------------------------------------------------------------------------------------------------------
// HS-26 asset / archive (after acceptance)

const ASSET_REQUIRES = Object.freeze(['国有资产登记记录', '项目档案']);
const ASSET_MSG = '项目已通过竣工验收。依据第二十六条,项目单位应做好项目资产与档案管理,办理国有资产登记并归档项目档案。';
const ASSET: readonly Finding[] = [0, 1, 2, 3].map((mask) =>
  HS_26_ASSET_ARCHIVE.require(ASSET_REQUIRES, ASSET_REQUIRES.filter((_, i) => mask & (1 << i)), ASSET_MSG),
);

// ---------------------------------------------------------------------------------------------------------------
// HS-30 report content (D)

const SELF_EVAL_REPORT = '项目绩效自评报告';

function reportGaps(p: ProjectFacts, sections: readonly string[], title?: string): { requires: string[]; missing: string[] } {
  const label = title ? `${SELF_EVAL_REPORT}(${title})` : SELF_EVAL_REPORT;
  let doc = undefined as ReturnType<typeof documentOf>;
  if (title === undefined) doc = documentOf(p, SELF_EVAL_REPORT);
  else for (const d of p.documents) if (sameName(d.type, SELF_EVAL_REPORT) && d.title?.includes(title)) { doc = d; break; }
  const requires: string[] = [];
  const missing: string[] = [];
  for (const s of sections) {
    const item = `${label}:${s}`;
    requires.push(item);
    if (!hasName(doc?.chapters, s)) missing.push(item);
  }
  return { requires, missing };
}

/** The project's delivery / service period for 第三十条 (A-09 covers O&M service contracts too). */
function reportingPeriod(p: ProjectFacts, cat: Category): { start?: IsoDate; end?: IsoDate } {
  const d = p.dates ?? {};
  if (cat === 'om') return { start: d.contractSigned ?? d.approvalDate, end: d.omPeriodEnd ?? d.contractEnd };
  return {
    start: d.approvalDate ?? d.contractSigned,
    end: d.acceptancePassed ?? (cat === 'procure_service' ? d.contractEnd : undefined),
  };
}

/** In the period on `on` (D rules about the next report apply only then). */
function inPeriod(ctx: RuleContext, cat: Category): boolean {
  const { start, end } = reportingPeriod(ctx.facts.project, cat);
  return start !== undefined && start <= ctx.on && (end === undefined || end > ctx.on);
}

function splitList(v: unknown): string[] {
  if (typeof v !== 'string' || v === '') return [];
  const out: string[] = [];
  for (const part of v.split('、')) {
    const t = part.trim();
    if (t) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// HS-08 O&M 入库 reminder (scheduled by HS-24-free-om-end)

type IntakeDueBasis = 'annual_cycle' | 'year_end' | 'acceptance';

/**
 * When the O&M 入库 is due. 第八条 only names the year (year(free_om_end) − 1); 第七条's annual cycle ("原则上每年6月底前")
 * makes 30 June of that year the practical date (inferred). An obligation that starts at acceptance cannot fall due
 * before it: acceptance after 30 June leaves the rest of the year 第八条 names (31 December); a free O&M period so short
 * that even that year has passed (flagged under 第二十四条) makes it due on the acceptance day.
 */
function omIntakeDue(acceptance: IsoDate, intakeYear: number): { due: IsoDate; basis: IntakeDueBasis } {
  const cycle = `${intakeYear}-06-30`;
  if (cycle >= acceptance) return { due: cycle, basis: 'annual_cycle' };
  const yearEnd = `${intakeYear}-12-31`;
  if (yearEnd >= acceptance) return { due: yearEnd, basis: 'year_end' };
  return { due: acceptance, basis: 'acceptance' };
}

const DUE_TEXT: Record<IntakeDueBasis, (due: IsoDate) => string> = {
  annual_cycle: (due) => `原则上于${due}前报送(第八条、第七条)`,
  year_end: (due) => `竣工验收晚于该年6月30日,应于${due}前报送(第八条)`,
  acceptance: (due) => `该年度已在竣工验收前结束,应于竣工验收当日(${due})报送(第八条)`,
};

// ---------------------------------------------------------------------------------------------------------------

export const trackerRules: readonly RuleDef[] = [
  // 第二十八条: 竣工验收备案表 within 6 months of the stable trial run (A-04 fallback); an approved extension replaces due.
  HS_28_ACCEPTANCE_6M.rule(({ facts: { project: p }, on }) => {
    const c = acceptanceClock(p);
    if (c === null) return null;
    const filed = p.records?.acceptance_filing;
    const state = stateOf(on, c.due, filed);
    const out: Finding[] = [
      deadline(
        HS_28_ACCEPTANCE_6M,
        `项目试运行${c.startEvent === 'trial_run_stable' ? '达到稳定状态' : '开始'}(${c.start})后6个月内,项目单位应向项目审批部门提交竣工验收备案表及附件,期限${c.due}${c.extendedTo ? '(已批准延期)' : ''},当前${STATE_TEXT[state]}。`,
        c.due,
        '提交竣工验收备案表及附件',
        c.startEvent,
        state,
        { originalDue: c.originalDue, extendedTo: c.extendedTo ?? null, metOn: filed ?? null },
      ),
    ];
    if (c.startEvent === 'trial_run_start') out.push(A04_FALLBACK);
    if (state === 'overdue') {
      out.push(
        HS_28_ACCEPTANCE_6M.finding(
          'FLAG',
          `竣工验收备案已逾期:期限${c.due},至今未提交竣工验收备案表${c.extendedTo ? '' : ',且无经批准的延期验收申请'}。请项目审批部门督办(第二十八条)。`,
          { due: c.due },
        ),
      );
    } else if (filed !== undefined && filed > c.due) {
      out.push(
        HS_28_ACCEPTANCE_6M.finding('FLAG', `竣工验收备案表于${filed}提交,晚于期限${c.due}(第二十八条)。`, { due: c.due }),
      );
    }
    return out;
  }),

  // 第二十八条: cannot finish on time → 延期验收申请 to the approving department, before the deadline (inferred).
  HS_28_EXTENSION.rule(({ facts: { project: p }, on }) => {
    const c = acceptanceClock(p);
    if (c === null || p.records?.acceptance_filing !== undefined) return null;
    const req = ['延期验收申请'];
    if (c.extendedTo !== undefined) {
      return HS_28_EXTENSION.require(req, [], `延期验收申请已获批准,竣工验收备案期限延至${c.extendedTo}(原期限${c.originalDue})。`, {
        due: c.extendedTo,
      });
    }
    const asked = p.records?.extension_request;
    if (asked !== undefined) {
      const out: Finding[] = [
        HS_28_EXTENSION.require(req, [], `延期验收申请已于${asked}提出,待项目审批部门批复;批复前仍以原期限${c.originalDue}为准。`, {
          due: c.originalDue,
        }),
      ];
      if (asked > c.originalDue) {
        out.push(HS_28_EXTENSION.finding('FLAG', `延期验收申请于${asked}提出,晚于原竣工验收备案期限${c.originalDue},应在期限届满前提出。`));
      }
      return out;
    }
    if (on <= c.originalDue) {
      return HS_28_EXTENSION.require(
        req,
        [],
        `如不能在${c.originalDue}前完成竣工验收并备案,项目单位应在该日前向项目审批部门提出延期验收申请(第二十八条)。`,
        { due: c.originalDue },
      );
    }
    return HS_28_EXTENSION.require(
      req,
      req,
      `已超过竣工验收备案期限${c.originalDue},既未提交竣工验收备案表,也未提出延期验收申请(第二十八条)。`,
      { due: c.originalDue },
    );
  }),

  // 第二十八条 (H, P8): optional expert spot check of the acceptance.
  HS_28_SPOT_CHECK.rule(({ facts: { project: p } }) => {
    const d = p.dates;
    return d?.trialRunStable ?? d?.trialRunStart ?? d?.acceptancePassed ?? p.records?.acceptance_filing ? SPOT_CHECK : null;
  }),

  // 第二十九条: a classified system goes live only after 保密测评 and 保密行政管理部门 审查合格.
  HS_29_CLASSIFIED_GOLIVE.rule(({ facts: { project: p } }) => {
    if (p.flags.classified !== true) return null;
    const goLive = p.dates?.operationStart ?? p.dates?.formalOperationStart ?? (p.fields?.['申请投入使用'] === true ? 'requested' : undefined);
    if (goLive === undefined) return null;
    const cert = documentOf(p, '涉密信息系统测评审查合格证') !== undefined;
    const tested = documentOf(p, '保密测评报告') !== undefined && p.status?.reviews?.['保密审查'] === 'pass';
    return cert || tested ? null : CLASSIFIED_GOLIVE;
  }),

  // 第二十条 (H, P4): acceptance checklist.
  HS_20_ACCEPTANCE_ITEMS.rule(({ facts: { project: p } }) => {
    const d = p.dates;
    if (!d) return null;
    return d.trialRunStart ?? d.trialRunStable ?? d.preliminaryAcceptance ?? d.constructionCompleted ?? d.acceptancePassed
      ? ACCEPTANCE_ITEMS
      : null;
  }),

  // 第三十条: 绩效自评报告 by 31 December of every year the project is still in its construction (A-09: service) period.
  HS_30_ANNUAL_SELF_EVAL.rule((ctx) => {
    const p = ctx.facts.project;
    const { start, end } = reportingPeriod(p, categoryOf(ctx));
    if (start === undefined || start > ctx.on) return null;
    const out: Finding[] = [];
    const last = yearOf(ctx.on);
    for (let y = yearOf(start); y <= last; y++) {
      const due = `${y}-12-31`;
      if (end !== undefined && end <= due) break;
      const met = p.records?.[`annual_report:${y}`];
      const state = stateOf(ctx.on, due, met);
      out.push(
        deadline(
          HS_30_ANNUAL_SELF_EVAL,
          `建设期内每年年底前须向项目审批部门提交项目绩效自评报告:${y}年度报告期限${due},当前${STATE_TEXT[state]}(第三十条)。`,
          due,
          `提交${y}年度项目绩效自评报告`,
          'construction_period',
          state,
          { year: y, metOn: met ?? null, requires: [SELF_EVAL_REPORT] },
        ),
      );
      if (state === 'overdue') {
        out.push(HS_30_ANNUAL_SELF_EVAL.finding('FLAG', `${y}年度项目绩效自评报告逾期未提交(期限${due},第三十条)。`, { due }));
      }
    }
    return out.length ? out : null;
  }),

  // 第三十条(一): 建设类 report content; trial-run effects once the system is in trial operation.
  HS_30_1_BUILD_CONTENT.rule((ctx) => {
    if (categoryOf(ctx) !== 'build' || !inPeriod(ctx, 'build')) return null;
    const p = ctx.facts.project;
    const trial = p.dates?.trialRunStart !== undefined && p.dates.trialRunStart <= ctx.on;
    const g = reportGaps(p, trial ? ['建设进度', '投资计划执行情况', '试运行效果及遇到的问题'] : ['建设进度', '投资计划执行情况']);
    return HS_30_1_BUILD_CONTENT.require(
      g.requires,
      g.missing,
      `建设类项目绩效自评报告应包括建设进度和投资计划执行情况${trial ? ';系统已投入试运行,还应说明试运行效果及遇到的问题' : ''}(第三十条(一))。`,
    );
  }),

  // 第三十条(二): 采购服务类 report content; a 情况说明专项报告 for major problems.
  HS_30_2_PROCURE_CONTENT.rule((ctx) => {
    if (categoryOf(ctx) !== 'procure_service' || !inPeriod(ctx, 'procure_service')) return null;
    const p = ctx.facts.project;
    const g = reportGaps(p, ['工作开展情况阶段性总结', '服务质量评价']);
    const major = p.fields?.['存在重大问题'] === true;
    if (major) {
      g.requires.push('情况说明专项报告');
      if (!documentOf(p, '情况说明专项报告')) g.missing.push('情况说明专项报告');
    }
    return HS_30_2_PROCURE_CONTENT.require(
      g.requires,
      g.missing,
      `采购服务类项目绩效自评报告应包括工作开展情况阶段性总结和服务质量评价${major ? ';存在重大问题的,还应提交情况说明专项报告' : ''}(第三十条(二))。`,
    );
  }),

  // 第三十条(三): 运维服务类 report content, one report per O&M provider (fields 运维单位, "、"-separated).
  HS_30_3_OM_CONTENT.rule((ctx) => {
    if (categoryOf(ctx) !== 'om' || !inPeriod(ctx, 'om')) return null;
    const p = ctx.facts.project;
    const providers = splitList(p.fields?.['运维单位']);
    const requires: string[] = [];
    const missing: string[] = [];
    if (providers.length === 0) {
      const g = reportGaps(p, ['运维总结', '运维质量评价']);
      requires.push(...g.requires);
      missing.push(...g.missing);
    } else {
      for (const name of providers) {
        const g = reportGaps(p, ['运维总结', '运维质量评价'], name);
        requires.push(...g.requires);
        missing.push(...g.missing);
      }
    }
    return HS_30_3_OM_CONTENT.require(
      requires,
      missing,
      '运维服务类项目绩效自评报告应包括运维总结和运维质量评价,并按运维单位分别形成评价报告(第三十条(三))。',
    );
  }),

  // 第三十条 (H, P8): optional ex-ante performance evaluation, offered before the approval.
  HS_30_EX_ANTE.rule((ctx) => {
    const p = ctx.facts.project;
    const cat = categoryOf(ctx);
    if (cat === 'om' || p.dates?.approvalDate !== undefined || p.status?.approvalStatus === 'approved') return null;
    return EX_ANTE;
  }),

  // 第二十六条 (timing inferred): after acceptance, 国有资产登记 and 项目档案.
  HS_26_ASSET_ARCHIVE.rule(({ facts: { project: p } }) => {
    if (p.dates?.acceptancePassed === undefined) return null;
    const r = p.records;
    return ASSET[(r?.asset_registration === undefined ? 1 : 0) | (r?.project_archive === undefined ? 2 : 0)];
  }),

  // 第三十一条 (A-10): 自评价 within [t0+12M, t0+24M], t0 = max(acceptance, operation), to 审批部门 and 财政部门.
  HS_31_POST_EVAL_12_24M.rule(({ facts: { project: p }, on }) => {
    const acc = p.dates?.acceptancePassed;
    const op = p.dates?.operationStart;
    if (acc === undefined || op === undefined) return null;
    const t0 = maxDate(acc, op);
    const from = addMonths(t0, 12);
    const due = addMonths(t0, 24);
    const toApprover = p.records?.self_evaluation;
    const toFinance = p.records?.self_evaluation_finance;
    const both = toApprover !== undefined && toFinance !== undefined ? maxDate(toApprover, toFinance) : undefined;
    const state = stateOf(on, due, both);
    const out: Finding[] = [
      deadline(
        HS_31_POST_EVAL_12_24M,
        `项目通过竣工验收并投入运行(${t0})后12至24个月内(${from}至${due}),项目单位应开展自评价并将自评价报告报送项目审批部门、财政部门,当前${STATE_TEXT[state]}(第三十一条)。`,
        due,
        '报送自评价报告(项目审批部门、财政部门)',
        acc >= op ? 'acceptance_passed' : 'operation_start',
        state,
        { windowStart: from, windowEnd: due, t0, metOn: both ?? null },
      ),
    ];
    if (on >= from || toApprover !== undefined || toFinance !== undefined) {
      const requires = ['自评价报告(报项目审批部门)', '自评价报告(报财政部门)'];
      const missing: string[] = [];
      if (toApprover === undefined) missing.push(requires[0]);
      if (toFinance === undefined) missing.push(requires[1]);
      out.push(HS_31_POST_EVAL_12_24M.require(requires, missing, '自评价报告须同时报送项目审批部门和财政部门(第三十一条)。'));
    }
    if (state === 'overdue') {
      out.push(HS_31_POST_EVAL_12_24M.finding('FLAG', `自评价报告逾期:应在${due}前报送项目审批部门、财政部门(第三十一条)。`, { due }));
    }
    const early = [toApprover, toFinance].filter((d): d is string => d !== undefined && d < from);
    if (early.length) {
      out.push(
        HS_31_POST_EVAL_12_24M.finding(
          'FLAG',
          `自评价报告于${early.join('、')}报送,早于窗口起点${from}(验收并投入运行满12个月),可能不满足第三十一条要求,请审核人确认(A-10)。`,
        ),
      );
    }
    return out;
  }),

  // 第三十二条 (H, P8): post-evaluation / inspection task after acceptance.
  HS_32_POST_EVAL.rule(({ facts: { project: p } }) => (p.dates?.acceptancePassed !== undefined ? POST_EVAL : null)),

  // 第六条(五): a low-usage system locks new builds of the unit for one year from its final acceptance (终验).
  HS_06_5_LOCKOUT_CLOCK.rule(({ facts, on }) => {
    const out: Finding[] = [];
    for (const s of systemsOf(facts)) {
      if (s.usageLow !== true || s.acceptancePassed === undefined) continue;
      const until = addMonths(s.acceptancePassed, 12);
      if (on > until) continue;
      out.push(
        HS_06_5_LOCKOUT_CLOCK.finding(
          'LOCKOUT',
          `系统${s.id}经评估使用率不高,自终验之日(${s.acceptancePassed})起一年内(至${until})不支持项目单位新建系统(第六条(五))。`,
          { due: until, detail: { systemId: s.id, acceptancePassed: s.acceptancePassed, action: 'new_build' } },
        ),
      );
    }
    return out.length ? out : null;
  }),

  // 第二十四条: free O&M ends at acceptance + the contract's period (at least 12 months, 原则上). The O&M 入库 reminder
  // is 第八条's obligation ("免费运维期结束上一年度", HS-08-om-new-window, as the catalogue's HS-24 row schedules it), so
  // it is reported under that rule and cites 第八条; see omIntakeDue for its date.
  HS_24_FREE_OM_END.rule(({ facts, on }) => {
    const p = facts.project;
    const acc = p.dates?.acceptancePassed ?? facts.system?.acceptancePassed;
    if (acc === undefined) return null;
    const months = freeOmMonths(p.fields?.['免费运维期']);
    const freeOmEnd = p.dates?.freeOmEnd ?? facts.system?.freeOmEnd ?? addMonths(acc, months ?? 12);
    const intakeYear = yearOf(freeOmEnd) - 1;
    const { due, basis } = omIntakeDue(acc, intakeYear);
    const met = p.records?.om_intake;
    const state = stateOf(on, due, met);
    const out: Finding[] = [
      deadline(
        HS_08_OM_NEW_WINDOW,
        `免费运维期自竣工验收合格之日(${acc})起至${freeOmEnd}。新纳入运维的,应在免费运维期结束上一年度(${intakeYear}年)提交运维方案申请入库,${DUE_TEXT[basis](due)},当前${STATE_TEXT[state]}。`,
        due,
        '提交运维方案申请入库(新纳入运维)',
        'acceptance_passed',
        state,
        { freeOmEnd, intakeYear, dueBasis: basis, textualDue: `${intakeYear}-12-31`, metOn: met ?? null },
      ),
    ];
    if (freeOmEnd < addMonths(acc, 12)) {
      out.push(
        HS_24_FREE_OM_END.finding(
          'FLAG',
          `免费运维期至${freeOmEnd},不足自竣工验收合格之日起1年。依据第二十四条,免费运维期原则上不得少于1年(法律、法规另有规定的除外),请核对合同。`,
        ),
      );
    }
    return out;
  }, { reports: [HS_08_OM_NEW_WINDOW] }),

  // 第三十五条(四) (A-05): usage metrics only flag a candidate; a reviewer confirms status = zombie.
  HS_35_4_ZOMBIE_SCAN.rule(({ facts }) => {
    const out: Finding[] = [];
    for (const s of systemsOf(facts)) {
      if (s.status === 'stopped' || s.status === 'zombie') continue;
      if (s.usageLow !== true && s.status !== 'long_unused') continue;
      out.push(
        HS_35_4_ZOMBIE_SCAN.finding(
          'FLAG',
          `系统${s.id}${s.status === 'long_unused' ? '长期未使用' : '经评估使用率不高'},可能为僵尸系统。请区政数局审核人核实并确认系统状态;确认为僵尸系统或停用的,不安排运维经费(第三十五条(四))。`,
          { detail: { systemId: s.id, status: s.status, usageLow: s.usageLow === true } },
        ),
      );
    }
    return out.length ? out : null;
  }),

  // 第二十一条 (H / M param): checklist during construction; a recorded determination requires the report.
  HS_21_INCIDENT_REPORT.rule(({ facts: { project: p } }) => {
    const d = p.dates;
    const building = (d?.approvalDate ?? d?.contractSigned ?? d?.constructionStart) !== undefined && d?.acceptancePassed === undefined;
    const f = p.fields;
    const issues: string[] = [];
    if (f?.['工程严重逾期'] === true) issues.push('工程严重逾期');
    if (f?.['投资重大损失'] === true) issues.push('投资重大损失');
    if (f?.['项目重大变更'] === true) issues.push('项目重大变更');
    if (issues.length === 0) return building ? INCIDENT_CHECK : null;
    const req = ['向项目审批部门报告'];
    return [
      HS_21_INCIDENT_REPORT.finding(
        'FLAG',
        `项目出现${issues.join('、')}。依据第二十一条,项目单位应当及时向项目审批部门报告,项目审批部门可要求整改或暂停项目建设。`,
        { detail: { issues } },
      ),
      HS_21_INCIDENT_REPORT.require(req, p.records?.incident_report === undefined ? req : [], `${issues.join('、')}须向项目审批部门书面报告。`),
    ];
  }),

  // 第三十七条: rectification notices (findings register) carry their own due date; overdue or still non-compliant
  // escalates to the sanctions of HS-37-sanctions.
  HS_37_RECTIFICATION.rule(({ facts: { project: p }, on }) => {
    const list = p.status?.openFindings;
    if (!list || list.length === 0) return null;
    const out: Finding[] = [];
    for (const f of list) {
      if (f.due === undefined) continue;
      const state: State = f.status === 'closed' ? 'met' : on > f.due ? 'overdue' : 'open';
      out.push(
        deadline(
          HS_37_RECTIFICATION,
          `整改通知(${f.ruleId})要求于${f.due}前完成整改,当前${f.status === 'rectified_noncompliant' ? '整改后仍不符合要求' : STATE_TEXT[state]}(第三十七条)。`,
          f.due,
          `限期整改:${f.ruleId}`,
          'rectification_notice',
          state,
          { findingRuleId: f.ruleId, findingStatus: f.status },
        ),
      );
      if (f.status === 'rectified_noncompliant' || state === 'overdue') {
        out.push(
          HS_37_RECTIFICATION.finding(
            'FLAG',
            `${f.ruleId}${f.status === 'rectified_noncompliant' ? '整改后仍不符合要求' : `逾期(${f.due})未整改`}。依据第三十七条,项目审批部门可予以通报批评、暂缓安排投资计划、暂停项目建设直至终止项目,请决定处理措施。`,
            { due: f.due, detail: { findingRuleId: f.ruleId } },
          ),
        );
      }
    }
    return out.length ? out : null;
  }),

  // 第三十九条 / 第十九条 / 第二十七条 (A-32): "定期" has no period in the text; fields 定期评估周期(月) is the per-system
  // parameter set by the security authority. Without it only a missing assessment date is flagged.
  HS_39_PERIODIC_ASSESSMENTS.rule(({ facts, on }) => {
    const s = facts.system;
    if (s === undefined || s.status === 'stopped') return null;
    const period = facts.project.fields?.['定期评估周期(月)'];
    const last = s.lastAssessment;
    if (last === undefined) {
      return HS_39_PERIODIC_ASSESSMENTS.finding(
        'FLAG',
        `系统${s.id}未记录最近一次密码应用安全性评估、等级保护测评或网络安全检测日期。依据第三十九条,应定期开展密评和等保测评,请补录。`,
      );
    }
    if (typeof period !== 'number' || period <= 0) return null;
    const next = addMonths(last, period);
    if (on <= next) return null;
    return HS_39_PERIODIC_ASSESSMENTS.finding(
      'FLAG',
      `系统${s.id}最近一次评估为${last},按${period}个月周期应于${next}前再次开展密评、等保测评及网络安全检测与风险评估,已逾期(第三十九条、第十九条、第二十七条)。`,
      { due: next },
    );
  }),
];

/** Months of a free O&M period written as a number or "12"/"12个月"/"1年". */
export function freeOmMonths(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v === '') return undefined;
  let s = v.trim();
  let factor = 1;
  if (s.endsWith('个月')) s = s.slice(0, -2);
  else if (s.endsWith('月')) s = s.slice(0, -1);
  else if (s.endsWith('年')) {
    s = s.slice(0, -1);
    factor = 12;
  }
  const n = Number(s);
  return Number.isFinite(n) && s !== '' ? n * factor : undefined;
}
