/**
 * 红山区 filing rules (catalogue §4.6): other-channel filing (第十六条), change filing (第二十三条), contract filing
 * (第十七条, 第二十四条, 第四条(四)) and the acceptance filing (第二十八条). Each rule reads `facts.filing` and returns
 * null for the other filing types (and when there is no filing, e.g. under `deadlines()`).
 */
import { documentOf } from '../../dsl.js';
import type { FilingFacts, ProjectFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { freeOmMonths } from './tracker.js';
import { HS_04_DJCP_FILING, HS_16_FILING_FIELDS, HS_17_PROCUREMENT_RECORDS, HS_23_CHANGE_OTHER, HS_23_CHANGE_SELF, HS_24_CONTRACT_WARRANTY, HS_28_ACCEPTANCE_FILING } from './rules.js';
import { categoryOf, yuanText } from '../shared.js';

/** A filing shows `name` as a filled field, an attachment, or a document already on the project. */
function shows(f: FilingFacts, p: ProjectFacts, name: string): boolean {
  const v = f.fields[name];
  if (v !== undefined && v !== '' && v !== false) return true;
  if (f.attachments?.includes(name)) return true;
  return documentOf(p, name) !== undefined;
}

function gaps(f: FilingFacts, p: ProjectFacts, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!shows(f, p, n)) out.push(n);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// HS-16-filing-fields (第十六条)

const OTHER_CHANNEL_FIELDS = Object.freeze([
  '项目名称',
  '项目单位',
  '审批部门',
  '绩效目标及指标',
  '投资额度',
  '运维费用',
  '经费渠道',
  '数据资源目录',
  '信息共享开放',
  '应用系统',
  '等级保护或分级保护备案情况',
  '密码应用方案',
  '密码应用安全性评估报告',
]);
const OTHER_CHANNEL_MSG =
  '通过其他渠道建设或采购服务实施的政务信息化项目,履行审批程序后向区政数局备案,备案文件应当包括项目名称、项目单位、审批部门、绩效目标及指标、投资额度、运维费用、经费渠道、数据资源目录、信息共享开放、应用系统、等级保护或分级保护备案情况、密码应用方案和密码应用安全性评估报告等内容(第十六条)。';

// ---------------------------------------------------------------------------------------------------------------
// HS-23 change (第二十三条, A-11)

const CHANGE_REASONS: Readonly<Record<string, string>> = Object.freeze({
  一: '根据党中央、国务院和自治区部署,或国家行业主管部门有明确要求,确需改变建设内容',
  二: '确需对原项目技术方案进行完善优化',
  三: '在已批复项目建设规划的框架下适当调整相关建设内容和进度',
});

/** Earlier self-approved adjustments of the same project, in fen (A-11: the 15% is cumulative). */
const PRIOR_ADJUSTMENTS_FIELD = '累计自行调整数额';

const CHANGE_MISSING = HS_23_CHANGE_SELF.require(
  Object.freeze(['变更情况(调整后总投资、资金调整数额、建设目标是否不变、调整情形)']),
  Object.freeze(['变更情况(调整后总投资、资金调整数额、建设目标是否不变、调整情形)']),
  '变更备案须说明调整后总投资、资金调整数额、建设目标是否不变及属于第二十三条哪一种情形。',
);

interface ChangeCheck {
  ok: boolean;
  failures: string[];
  approved?: number;
  cumulative: number;
}

function checkChange(p: ProjectFacts, c: NonNullable<FilingFacts['change']>): ChangeCheck {
  const approved = p.approvedEstimate;
  const priorRaw = p.fields?.[PRIOR_ADJUSTMENTS_FIELD];
  const prior = typeof priorRaw === 'number' ? priorRaw : 0;
  const adjust = c.adjustAmount < 0 ? -c.adjustAmount : c.adjustAmount;
  const cumulative = prior + adjust;
  const failures: string[] = [];
  if (approved === undefined) {
    failures.push('未记录批复概算总投资,无法确认未超出概算批复及15%限额');
  } else {
    if (c.newTotal > approved) failures.push(`调整后总投资${yuanText(c.newTotal)}元超出批复概算${yuanText(approved)}元`);
    if (cumulative * 100 > approved * 15) {
      failures.push(
        `资金调整数额(累计${yuanText(cumulative)}元)超过概算总投资${yuanText(approved)}元的15%(${yuanText(Math.floor((approved * 15) / 100))}元)`,
      );
    }
  }
  if (!c.goalUnchanged) failures.push('建设目标发生变化');
  if (c.reason === undefined || CHANGE_REASONS[c.reason] === undefined) failures.push('不属于第二十三条(一)至(三)所列情形');
  return { ok: failures.length === 0, failures, approved, cumulative };
}

// ---------------------------------------------------------------------------------------------------------------
// HS-24-contract-warranty (第二十四条)

const WARRANTY_FIELDS = Object.freeze(['质保期', '免费运维期']);
const WARRANTY_MSG = '建设类项目应当在政府采购文件和合同中明确质保期和免费运维期,免费运维期自项目竣工验收合格之日起不得少于1年(第二十四条)。';

const WARRANTY_SHORT = HS_24_CONTRACT_WARRANTY.finding(
  'REJECT',
  '合同约定的免费运维期不足1年。依据第二十四条"免费运维期原则上自项目竣工验收合格之日起不得少于1年",请修改合同;法律、法规另有规定的,须经批准并记录依据。',
);
const WARRANTY_START = HS_24_CONTRACT_WARRANTY.finding(
  'REJECT',
  '合同约定的免费运维期起算点不是项目竣工验收合格之日。依据第二十四条,免费运维期应自竣工验收合格之日起算,请修改合同;另有法律、法规规定的,须经批准并记录依据。',
);

// ---------------------------------------------------------------------------------------------------------------
// HS-28-acceptance-filing (第二十八条)

const ACCEPTANCE_BASE = [
  '竣工验收备案表',
  '项目建设总结',
  '初步验收报告',
  '财务报告',
  '审计报告',
  '安全风险评估报告',
] as const;
const ACCEPTANCE_TAIL = ['密码应用安全性评估报告', '性能压力测试报告', '数据共享情况确认书', '试运行报告(含用户使用评价)'] as const;

/** Index: (classified ? 1 : 0) | (custom software ? 2 : 0). */
const ACCEPTANCE_REQUIRES: readonly (readonly string[])[] = [0, 1, 2, 3].map((i) =>
  Object.freeze([
    ...ACCEPTANCE_BASE,
    i & 1 ? '涉密信息系统测评审查合格证' : '网络安全等级保护测评报告',
    ...ACCEPTANCE_TAIL,
    ...(i & 2 ? ['软件测试报告'] : []),
  ]),
);
const ACCEPTANCE_MSG =
  '竣工验收备案须提交竣工验收备案表,并附项目建设总结、初步验收报告、财务报告、审计报告和安全风险评估报告(涉密系统附测评审查合格证,非涉密系统附网络安全等级保护测评报告)、密码应用安全性评估报告、软件测试报告(定制开发类软件)、性能压力测试报告、数据共享情况确认书、试运行报告(含用户使用评价)(第二十八条)。';

// ---------------------------------------------------------------------------------------------------------------
// HS-04-djcp-filing (第四条(四)) and HS-17-procurement-records (第十七条)

const DJCP_REQUIRES = Object.freeze(['等级保护定级备案', '区公安分局等保定级备案审核意见']);
const DJCP_MSG = '非涉密政务信息化项目须完成网络安全等级保护定级备案,并经区公安分局审核(第四条(四))。';
const DJCP_FILING_TYPES: readonly string[] = ['acceptance', 'other_channel', 'upstream_approval'];

const PROCUREMENT_BASE = ['招标投标或政府采购记录', '合同'] as const;
const SUPERVISION = '工程监理合同';
const CLASSIFIED_PROCUREMENT = '涉密招标采购保密审查意见';
const PROCUREMENT_MSG =
  '项目建设单位应严格执行招标投标、政府采购、工程监理、合同管理等制度;招标采购涉及涉密信息系统的,还应当执行保密有关法律法规规定(第十七条)。';

// ---------------------------------------------------------------------------------------------------------------

export const filingRules: readonly RuleDef[] = [
  // 第十六条: other-channel filing with 区政数局 and its 13 contents (fields or attachments).
  HS_16_FILING_FIELDS.rule(({ facts: { filing: f, project: p } }) => {
    if (f?.type !== 'other_channel') return null;
    return HS_16_FILING_FIELDS.require(OTHER_CHANNEL_FIELDS, gaps(f, p, OTHER_CHANNEL_FIELDS), OTHER_CHANNEL_MSG);
  }),

  // 第二十三条: within 概算, same goal, cumulative adjustment ≤ 15% of 概算 (exactly 15% allowed), reason (一)–(三)
  // → the unit adjusts and files at the same time. The reason is confirmed by a reviewer (H component).
  HS_23_CHANGE_SELF.rule(({ facts: { filing: f, project: p } }) => {
    if (f?.type !== 'change') return null;
    if (f.change === undefined) return CHANGE_MISSING;
    const r = checkChange(p, f.change);
    if (!r.ok) return null;
    const bp = Math.floor((r.cumulative * 10000) / r.approved!);
    const requires = ['调整情形', '主要建设内容调整情况', '资金调整数额'];
    const missing = f.change.changedAspects?.length ? [] : ['主要建设内容调整情况'];
    return HS_23_CHANGE_SELF.require(
      requires,
      missing,
      `本次调整符合第二十三条自行调整条件:未超出概算批复、建设目标不变,累计资金调整${yuanText(r.cumulative)}元,占概算总投资${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%(不超过15%),情形(${f.change.reason}):${CHANGE_REASONS[f.change.reason!]}。由项目单位调整,同时向项目审批部门备案;调整情形由审核人确认。`,
      { detail: { cumulativeAdjustment: r.cumulative, approvedEstimate: r.approved, reason: f.change.reason } },
    );
  }),

  // 第二十三条 "不符合上述情形的,应当按照有关规定履行相应手续": re-approval; the change cannot merely be filed.
  HS_23_CHANGE_OTHER.rule(({ facts: { filing: f, project: p } }) => {
    if (f?.type !== 'change' || f.change === undefined) return null;
    const r = checkChange(p, f.change);
    if (r.ok) return null;
    const why = r.failures.join(';');
    const detail = { failures: r.failures, cumulativeAdjustment: r.cumulative, approvedEstimate: r.approved ?? null };
    const route = HS_23_CHANGE_OTHER.finding(
      'ROUTE',
      `本次调整不符合第二十三条自行调整条件(${why}),应按照有关规定向项目审批部门重新履行审批手续。`,
      { route: '重新报批', detail },
    );
    if (p.status?.reviews?.['变更审批'] === 'pass') return route;
    return [
      route,
      HS_23_CHANGE_OTHER.finding(
        'REJECT',
        `该调整不能以备案方式办理(${why})。依据第二十三条,须履行相应审批手续,批准前不得实施调整。`,
        { detail },
      ),
    ];
  }),

  // 第二十四条: 建设类 contracts state 质保期 and 免费运维期; free O&M < 12 months (or not from acceptance) is refused,
  // in principle (law may differ → OVERRIDABLE).
  HS_24_CONTRACT_WARRANTY.rule((ctx) => {
    const f = ctx.facts.filing;
    if (f?.type !== 'contract' || categoryOf(ctx) !== 'build') return null;
    const p = ctx.facts.project;
    const missing = gaps(f, p, WARRANTY_FIELDS);
    const out: Finding[] = [];
    const raw = f.fields['免费运维期'];
    const months = freeOmMonths(raw);
    if (raw !== undefined && raw !== '' && months === undefined) missing.push('免费运维期(月数)');
    out.push(HS_24_CONTRACT_WARRANTY.require(WARRANTY_FIELDS, missing, WARRANTY_MSG, { detail: { freeOmMonths: months ?? null } }));
    if (months !== undefined && months < 12) out.push(WARRANTY_SHORT);
    const start = f.fields['免费运维期起算'];
    if (typeof start === 'string' && start !== '' && !start.includes('竣工验收')) out.push(WARRANTY_START);
    return out;
  }),

  // 第二十八条: 竣工验收备案表 and its attachments (the clock is HS-28-acceptance-6m).
  HS_28_ACCEPTANCE_FILING.rule(({ facts: { filing: f, project: p } }) => {
    if (f?.type !== 'acceptance') return null;
    const requires = ACCEPTANCE_REQUIRES[(p.flags.classified === true ? 1 : 0) | (p.flags.hasCustomSoftware === true ? 2 : 0)];
    return HS_28_ACCEPTANCE_FILING.require(requires, gaps(f, p, requires), ACCEPTANCE_MSG);
  }),

  // 第四条(四): non-classified projects show their 等保 定级备案, reviewed by 区公安分局 (unknown = non-classified).
  HS_04_DJCP_FILING.rule(({ facts: { filing: f, project: p } }) => {
    if (f === undefined || !DJCP_FILING_TYPES.includes(f.type) || p.flags.classified === true) return null;
    const missing: string[] = [];
    if (!shows(f, p, DJCP_REQUIRES[0])) missing.push(DJCP_REQUIRES[0]);
    if (p.status?.reviews?.['等保定级备案审核'] !== 'pass' && !shows(f, p, DJCP_REQUIRES[1])) missing.push(DJCP_REQUIRES[1]);
    return HS_04_DJCP_FILING.require(DJCP_REQUIRES, missing, DJCP_MSG);
  }),

  // 第十七条: procurement and contract records; 监理 where the project has engineering works; classified → 保密.
  HS_17_PROCUREMENT_RECORDS.rule(({ facts: { filing: f, project: p } }) => {
    if (f?.type !== 'contract') return null;
    const requires: string[] = [...PROCUREMENT_BASE];
    if (p.flags.newCivilWorks === true || p.fields?.['工程监理'] === true) requires.push(SUPERVISION);
    if (p.flags.classified === true) requires.push(CLASSIFIED_PROCUREMENT);
    return HS_17_PROCUREMENT_RECORDS.require(requires, gaps(f, p, requires), PROCUREMENT_MSG);
  }),
];

