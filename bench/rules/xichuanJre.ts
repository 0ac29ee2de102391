/**
 * The json-rules-engine baseline: 淅川县 classification (packs/xichuan/classification.ts, 12 rules) and budget-gate
 * (packs/xichuan/budgetGate.ts, 15 rules) rules, each rule's condition ported to json-rules-engine conditions over
 * the same facts objects (paths into `project`, `payment`, `omRequest`, `system`, `classification`).
 *
 * Where a TypeScript rule returns different findings in different branches, the port has one json-rules-engine rule
 * per branch (same rule id, the branch's outcome in the event). Shared sub-conditions (out of pack, derived
 * category, Q1 / Q2) are json-rules-engine shared conditions; the two values the TypeScript helpers compute
 * (`omModeOf`, the Q2 limit, the approved total) are dynamic facts; a few custom operators cover what the built-in
 * ones cannot say (defined / truthy / blank, a document of a type, an open finding, a number below).
 *
 * The answers are then folded exactly as `classify` and `budgetGate` fold findings (first-to-last in pack order,
 * overrides honoured only for overridable rules, advisory after the trial ends).
 */
import { Engine, type Almanac, type EngineOptions, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Category, Facts, IsoDate, OmBudgetRequest, ProjectFacts, SystemFacts } from '@gov/rules';
import { rulePack } from '@gov/rules';

type Cond = NestedCondition;
type Outcome = 'REJECT' | 'REQUIRE' | 'ROUTE' | 'FLAG' | 'DENY-PAY' | 'DENY-OM' | 'CHECK' | 'SET';

export interface PortedFinding {
  outcome: Outcome;
  overridable?: boolean;
  route?: string;
  requires?: readonly string[];
  /** true when the branch reports something missing (blocking REQUIRE). */
  missingSome?: boolean;
  sets?: {
    inScope?: boolean;
    category?: Category;
    approvalPath?: string;
    decisionLevel?: string;
    requiredDocuments?: readonly string[];
    extraApprovals?: readonly string[];
  };
}
export interface EventParams {
  /** The rule's position in the TypeScript pack (the fold is order-sensitive: later SETs win). */
  order: number;
  ruleId: string;
  findings: readonly PortedFinding[];
}

// ── condition helpers ──────────────────────────────────────────────────────────────────────────────────────────
const p = (path: string, operator: string, value: unknown): Cond => ({ fact: 'project', path, operator, value }) as Cond;
const fact = (name: string, path: string | undefined, operator: string, value: unknown): Cond =>
  (path === undefined ? { fact: name, operator, value } : { fact: name, path, operator, value }) as Cond;
const all = (...c: Cond[]): Cond => ({ all: c }) as Cond;
const any = (...c: Cond[]): Cond => ({ any: c }) as Cond;
const not = (c: Cond): Cond => ({ not: c }) as Cond;
const ref = (name: string): Cond => ({ condition: name }) as Cond;
const review = (name: string) => `$.status.reviews['${name}']`;
const field = (name: string) => `$.fields['${name}']`;

function jreRule(order: number, ruleId: string, conditions: Cond, findings: readonly PortedFinding[]): RuleProperties {
  const params: EventParams = { order, ruleId, findings };
  return { name: `${ruleId}#${order}:${findings.map((f) => f.outcome).join('+')}`, conditions: conditions as TopLevelCondition, event: { type: ruleId, params } };
}

// ── vocabulary (the constants of packs/xichuan) ────────────────────────────────────────────────────────────────
const SCOPE_OBJECTS = ['信息设备', '网络设备', '机房设备', '智慧物联终端', '数据中心', '云平台', '政务信息系统', '业务信息系统', '信息安全', '软件开发', '系统集成'];
const ORIGINS = ['upper_required', 'county_gov_decided', 'unit_applied'];
const ORIGIN_REQ = ['项目来源(上级政府明确要求/县政府研究决定/项目建设单位按程序上报)'];
const TEMP_REQ = ['县分管领导同意'];
const OM_MODES = ['自管', '集中运维', '外包运维'];
const OM_MODE_REQ = ['运行维护方式(自管/集中运维/外包运维)'];
const CENTRAL_REQ = ['运行维护方式(自管/集中运维/外包运维)', '集中运维受托机构资质'];
const EXTRA = ['节能评估', '规划选址', '用地预审', '环境影响评价'];
const UPPER_DOC = '上级明确要求建设文件';

// ── shared conditions ──────────────────────────────────────────────────────────────────────────────────────────
const SHARED: Record<string, Cond> = {
  /** 第三十[八]条 outOfPack */
  outOfPack: any(p('$.flags.classified', 'equal', true), p('$.flags.specialNationalRule', 'equal', true)),
  purchase: any(p('$.deliveryMode', 'equal', 'purchase_service'), p('$.fundingMode', 'equal', 'purchase_service')),
  investMode: all(p('$.fundingMode', 'in', ['gov_invest', 'gov_enterprise_joint']), p('$.subtype', 'in', ['new', 'continuation', 'expansion'])),
  /** derivedCategory(p) === 'gov_invest_build' */
  derivedInvest: all(not(ref('purchase')), any(ref('investMode'), p('$.category', 'equal', 'gov_invest_build'))),
  /** derivedCategory(p) === 'gov_purchase_service' */
  derivedService: any(ref('purchase'), all(not(ref('investMode')), p('$.category', 'equal', 'gov_purchase_service'))),
  govFunds: any(p('$.fundingMode', 'defined', true), p('$.fundingSources', 'contains', 'local_fiscal'), p('$.fundingSources', 'contains', 'upper_fiscal')),
  scopeObject: any(p('$.objectType', 'defined', false), p('$.objectType', 'in', SCOPE_OBJECTS)),
  q1: all(fact('payment', undefined, 'defined', true)),
  q2: all(fact('payment', undefined, 'defined', false), fact('omRequest', undefined, 'defined', true)),
  /** categoryOf(ctx) === 'gov_invest_build' */
  categoryInvest: any(
    fact('classification', '$.category', 'equal', 'gov_invest_build'),
    all(fact('classification', '$.category', 'defined', false), ref('derivedInvest')),
  ),
};

// ── classification (packs/xichuan/classification.ts, in pack order) ────────────────────────────────────────────
const CLASSIFICATION_RULES: RuleProperties[] = [
  jreRule(0, 'XC-05-routing', all(), [{ outcome: 'ROUTE', route: '县行政审批和政务信息管理局' }]),
  jreRule(1, 'XC-02-scope', all(p('$.objectType', 'defined', true), p('$.objectType', 'notIn', SCOPE_OBJECTS)), [{ outcome: 'SET', sets: { inScope: false } }]),
  jreRule(1, 'XC-02-scope', all(ref('scopeObject'), ref('govFunds')), [{ outcome: 'SET', sets: { inScope: true } }]),
  jreRule(1, 'XC-02-scope', all(ref('scopeObject'), not(ref('govFunds'))), [{ outcome: 'SET', sets: { inScope: false } }]),
  jreRule(2, 'XC-02-composite', all(p(field('综合性项目'), 'equal', true)), [{ outcome: 'SET', sets: { inScope: true } }]),
  jreRule(3, 'XC-04-cat-invest', all(not(ref('purchase')), ref('investMode')), [{ outcome: 'SET', sets: { category: 'gov_invest_build' } }]),
  jreRule(4, 'XC-04-cat-service', all(ref('purchase')), [{ outcome: 'SET', sets: { category: 'gov_purchase_service' } }]),
  jreRule(5, 'XC-06-origin', all(p('$.origin', 'in', ORIGINS)), [{ outcome: 'REQUIRE', requires: ORIGIN_REQ }]),
  jreRule(5, 'XC-06-origin', all(p('$.origin', 'notIn', ORIGINS)), [{ outcome: 'REQUIRE', requires: ORIGIN_REQ, missingSome: true }]),
  jreRule(6, 'XC-07-path-invest', all(not(ref('outOfPack')), p('$.flags.pureEquipmentSoftwareProcurement', 'notEqual', true), ref('derivedInvest')), [
    { outcome: 'ROUTE', route: '县发改委', sets: { approvalPath: 'xc-invest', decisionLevel: '县政府' } },
  ]),
  jreRule(7, 'XC-07-path-simple', all(not(ref('outOfPack')), any(p('$.flags.pureEquipmentSoftwareProcurement', 'equal', true), ref('derivedService'))), [
    { outcome: 'ROUTE', route: '县政府', sets: { approvalPath: 'xc-simple', decisionLevel: '县政府' } },
  ]),
  ...(() => {
    const temporary = [p('$.flags.temporary', 'equal', true), p('$.status.inAnnualPlan', 'notEqual', true), not(ref('outOfPack'))];
    const f = { outcome: 'REQUIRE' as const, requires: TEMP_REQ, route: '县行政审批和政务信息管理局', sets: { approvalPath: 'xc-temporary' } };
    return [
      jreRule(8, 'XC-08-temporary', all(...temporary, p(review('县分管领导同意'), 'equal', 'pass')), [f]),
      jreRule(8, 'XC-08-temporary', all(...temporary, p(review('县分管领导同意'), 'notEqual', 'pass')), [{ ...f, missingSome: true }]),
    ];
  })(),
  ...(() => {
    const applies = any(
      fact('system', undefined, 'defined', true),
      p('$.deliveryMode', 'equal', 'om'),
      p('$.fundingMode', 'equal', 'gov_funded_om'),
      p(field('运行维护方式'), 'defined', true),
    );
    const mode = (operator: string, value: unknown) => fact('omMode', undefined, operator, value);
    const check: PortedFinding = { outcome: 'CHECK' };
    return [
      jreRule(9, 'XC-21-om-mode', all(applies, mode('notIn', OM_MODES)), [{ outcome: 'REQUIRE', requires: OM_MODE_REQ, missingSome: true }, check]),
      jreRule(9, 'XC-21-om-mode', all(applies, mode('in', OM_MODES), mode('notEqual', '集中运维')), [{ outcome: 'REQUIRE', requires: OM_MODE_REQ }, check]),
      jreRule(9, 'XC-21-om-mode', all(applies, mode('equal', '集中运维'), p(field('集中运维受托机构资质'), 'blank', true)), [
        { outcome: 'REQUIRE', requires: CENTRAL_REQ, missingSome: true },
        check,
      ]),
      jreRule(9, 'XC-21-om-mode', all(applies, mode('equal', '集中运维'), p(field('集中运维受托机构资质'), 'blank', false)), [
        { outcome: 'REQUIRE', requires: CENTRAL_REQ },
        check,
      ]),
    ];
  })(),
  ...(() => {
    const applies = any(p('$.flags.newCivilWorks', 'equal', true), p('$.flags.highEnergy', 'equal', true));
    const f = { outcome: 'REQUIRE' as const, requires: EXTRA, sets: { extraApprovals: EXTRA } };
    return [
      jreRule(10, 'XC-10-extra-approvals', all(applies, ...EXTRA.map((a) => p(review(a), 'equal', 'pass'))), [f]),
      jreRule(10, 'XC-10-extra-approvals', all(applies, any(...EXTRA.map((a) => p(review(a), 'notEqual', 'pass')))), [{ ...f, missingSome: true }]),
    ];
  })(),
  jreRule(11, 'XC-38-classified', all(ref('outOfPack')), [{ outcome: 'ROUTE', route: 'external', sets: { inScope: false, approvalPath: 'external' } }]),
];

// ── budget gate (packs/xichuan/budgetGate.ts, in pack order) ───────────────────────────────────────────────────
const sys = (path: string, operator: string, value: unknown) => fact('system', path, operator, value);
const payment = (path: string | undefined, operator: string, value: unknown) => fact('payment', path, operator, value);
const om = (path: string | undefined, operator: string, value: unknown) => fact('omRequest', path, operator, value);
const hasSystem = fact('system', undefined, 'defined', true);

const GATE_RULES: RuleProperties[] = [
  ...(() => {
    const unreviewed = all(p(review('技术性审查'), 'notEqual', 'pass'), not(all(p('$.origin', 'equal', 'upper_required'), p('$.documents', 'hasDocType', UPPER_DOC))));
    return [
      jreRule(0, 'XC-07-unreviewed', all(ref('q1'), unreviewed), [{ outcome: 'DENY-PAY', overridable: true }]),
      jreRule(0, 'XC-07-unreviewed', all(ref('q2'), unreviewed), [{ outcome: 'DENY-OM', overridable: true }]),
    ];
  })(),
  jreRule(
    1,
    'XC-11-disburse-basis',
    all(ref('q1'), payment('$.purpose', 'notEqual', 'om'), ref('categoryInvest'), not(all(p(review('投资计划'), 'equal', 'pass'), p(review('项目实施意见'), 'equal', 'pass')))),
    [{ outcome: 'DENY-PAY' }],
  ),
  jreRule(2, 'XC-11-per-approval', all(payment('$.outsideApprovedScope', 'equal', true)), [{ outcome: 'DENY-PAY' }]),
  jreRule(
    3,
    'XC-11-surplus-return',
    all(
      ref('q1'),
      p('$.dates.acceptancePassed', 'truthy', true),
      p(field('节余资金已退回'), 'notEqual', true),
      p(field('竣工决算金额'), 'numberLessThan', { fact: 'approvedTotal' }),
    ),
    [{ outcome: 'FLAG' }],
  ),
  jreRule(4, 'XC-22-om-review-opinion', all(ref('q2'), om('$.reviewOpinion', 'defined', false)), [{ outcome: 'DENY-OM' }]),
  jreRule(4, 'XC-22-om-review-opinion', all(ref('q2'), om('$.reviewOpinion', 'defined', true), om('$.reviewOpinion.result', 'notEqual', 'pass')), [{ outcome: 'DENY-OM' }]),
  jreRule(5, 'XC-22-expenditure-standard', all(ref('q2'), fact('omLimit', undefined, 'defined', true), om('$.amount', 'greaterThan', { fact: 'omLimit' })), [
    { outcome: 'DENY-OM' },
  ]),
  jreRule(
    6,
    'XC-23-1-no-sharing',
    all(
      hasSystem,
      ref('q2'),
      any(
        sys('$.interconnected', 'notEqual', true),
        sys('$.dataAggregated', 'notEqual', true),
        sys('$.dataShared', 'notEqual', true),
        sys('$.duplicateCollection', 'equal', true),
        sys('$.duplicateBuild', 'equal', true),
      ),
    ),
    [{ outcome: 'DENY-OM' }],
  ),
  jreRule(7, 'XC-23-2a-stopped-unused', all(hasSystem, ref('q2'), sys('$.status', 'in', ['stopped', 'long_unused', 'zombie'])), [{ outcome: 'DENY-OM' }]),
  jreRule(8, 'XC-23-2b-eval-failed', all(hasSystem, ref('q2'), sys('$.lastEvaluation', 'equal', '不合格'), sys('$.rectificationAccepted', 'notEqual', true)), [
    { outcome: 'DENY-OM' },
  ]),
  jreRule(9, 'XC-23-3-other', all(ref('q2'), p('$.status.openFindings', 'anyNotClosed', true)), [{ outcome: 'DENY-OM' }]),
  jreRule(10, 'XC-25-no-third-party-cloud-renewal', all(ref('q1'), payment('$.thirdPartyCloudRenewal', 'equal', true)), [{ outcome: 'DENY-PAY' }]),
  jreRule(10, 'XC-25-no-third-party-cloud-renewal', all(payment(undefined, 'defined', false), om('$.thirdPartyCloudRenewal', 'equal', true)), [
    { outcome: 'DENY-OM' },
  ]),
  ...(() => {
    const outsourcedWithoutRecord = [
      fact('omMode', undefined, 'equal', '外包运维'),
      sys('$.hasProcurementRecord', 'notEqual', true),
      p(field('外包运维政府采购记录'), 'notEqual', true),
    ];
    return [
      jreRule(11, 'XC-21-outsourced-procurement', all(ref('q1'), payment('$.purpose', 'equal', 'om'), ...outsourcedWithoutRecord), [{ outcome: 'DENY-PAY' }]),
      jreRule(11, 'XC-21-outsourced-procurement', all(ref('q2'), ...outsourcedWithoutRecord), [{ outcome: 'DENY-OM' }]),
    ];
  })(),
  jreRule(
    12,
    'XC-35-sanctions',
    all(
      ref('q1'),
      any(p('$.status.sanction', 'equal', '暂停项目建设'), all(p('$.status.sanction', 'equal', '暂缓拨付建设资金'), payment('$.purpose', 'notEqual', 'om'))),
    ),
    [{ outcome: 'DENY-PAY' }],
  ),
  jreRule(13, 'XC-37-third-party-eval', all(ref('q1'), p(review('第三方绩效评价'), 'equal', 'fail')), [{ outcome: 'FLAG' }]),
  jreRule(14, 'XC-27-sharing-basis', all(hasSystem, any(ref('q1'), om(undefined, 'defined', true)), sys('$.dataShared', 'notEqual', true)), [{ outcome: 'FLAG' }]),
];

// ── engines ────────────────────────────────────────────────────────────────────────────────────────────────────
/**
 * A resolver for the plain `$.a.b['c']` paths this port uses: json-rules-engine's documented `pathResolver`
 * option, offered so that the baseline can also be measured without JSONPath's general query machinery.
 */
export function plainPathResolver(): NonNullable<EngineOptions['pathResolver']> {
  const cache = new Map<string, string[]>();
  return (value: object, path: string) => {
    let segs = cache.get(path);
    if (!segs) {
      segs = [];
      const re = /\.([^.[]+)|\['([^']+)'\]/g;
      for (let m = re.exec(path); m; m = re.exec(path)) segs.push(m[1] ?? m[2]);
      cache.set(path, segs);
    }
    let v: unknown = value;
    for (const s of segs) {
      if (v === null || v === undefined) return undefined;
      v = (v as Record<string, unknown>)[s];
    }
    return v;
  };
}

function newEngine(rules: RuleProperties[], options: EngineOptions): Engine {
  const e = new Engine([], { allowUndefinedFacts: true, ...options });
  e.addOperator<unknown, boolean>('defined', (a, b) => (a !== undefined && a !== null) === b);
  e.addOperator<unknown, boolean>('truthy', (a, b) => Boolean(a) === b);
  e.addOperator<unknown, boolean>('blank', (a, b) => (a === undefined || a === '' || a === false) === b);
  e.addOperator<unknown, string>('hasDocType', (a, b) => Array.isArray(a) && a.some((d: { type: string }) => d.type === b));
  e.addOperator<unknown, boolean>(
    'anyNotClosed',
    (a, b) => (Array.isArray(a) && a.some((f: { status: string }) => f.status !== 'closed')) === b,
  );
  e.addOperator<unknown, number>('numberLessThan', (a, b) => typeof a === 'number' && a < b);
  for (const [name, c] of Object.entries(SHARED)) e.setCondition(name, c as TopLevelCondition);
  // 第二十一条 omModeOf: the system's mode when the question has a system, else the application field.
  e.addFact<unknown>('omMode', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const s = (await almanac.factValue<SystemFacts | undefined>('system'))?.omMode;
    if (s) return s;
    const f = (await almanac.factValue<ProjectFacts>('project')).fields?.['运行维护方式'];
    return typeof f === 'string' && f !== '' ? f : undefined;
  });
  // XC-11-surplus-return: the approved estimate, else the total.
  e.addFact<unknown>('approvedTotal', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const pr = await almanac.factValue<ProjectFacts>('project');
    return pr.approvedEstimate ?? pr.amountTotal;
  });
  // XC-22-expenditure-standard: the lower of the passing opinion's amount and the standard.
  e.addFact<unknown>('omLimit', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const r = await almanac.factValue<OmBudgetRequest | undefined>('omRequest');
    if (!r) return undefined;
    const a = r.reviewOpinion?.result === 'pass' ? r.reviewOpinion.amount : undefined;
    const s = r.standardAmount;
    return a === undefined ? s : s === undefined ? a : a < s ? a : s;
  });
  for (const r of rules) e.addRule(r);
  return e;
}

export interface JreClassification {
  ruleIds: string[];
  inScope: boolean;
  category: Category;
  approvalPath: string;
  decisionLevel: string;
  routes: string[];
  requiredDocuments: string[];
  extraApprovals: string[];
}
export interface JreGate {
  question: 'payment' | 'om';
  answer: 'allow' | 'deny' | 'review';
  ruleIds: string[];
  denyRuleIds: string[];
}
export interface JreEvaluation {
  classification: JreClassification;
  q1: JreGate;
  q2: JreGate;
}

const META = rulePack('xichuan').meta;

export interface XichuanJre {
  classify(facts: Facts, on: IsoDate): Promise<JreClassification>;
  gate(facts: Facts, on: IsoDate, category: Category): Promise<JreGate>;
  /** Classification, then Q1 and Q2 with its category: the work timed for the baseline. */
  evaluate(c: { on: IsoDate; application: Facts; q1: Facts; q2: Facts }): Promise<JreEvaluation>;
}

export function xichuanJre(options: EngineOptions = {}): XichuanJre {
  const classification = newEngine(CLASSIFICATION_RULES, options);
  const gate = newEngine(GATE_RULES, options);

  const runtimeFacts = (f: Facts, category?: Category) => ({
    project: f.project,
    payment: f.payment,
    omRequest: f.omRequest,
    system: f.system,
    classification: category === undefined ? {} : { category },
  });

  async function classify(facts: Facts): Promise<JreClassification> {
    const { events } = await classification.run(runtimeFacts(facts));
    return foldClassification(events.map((e) => e.params as EventParams), facts);
  }

  async function gateAnswer(facts: Facts, on: IsoDate, category: Category): Promise<JreGate> {
    const { events } = await gate.run(runtimeFacts(facts, category));
    return foldGate(events.map((e) => e.params as EventParams), facts, on);
  }

  return {
    classify: (facts) => classify(facts),
    gate: gateAnswer,
    async evaluate(c) {
      const cls = await classify(c.application);
      return { classification: cls, q1: await gateAnswer(c.q1, c.on, cls.category), q2: await gateAnswer(c.q2, c.on, cls.category) };
    },
  };
}

/** Folds the fired classification rules (any order) exactly as `classify` folds findings; shared by the baselines. */
export function foldClassification(fired: readonly EventParams[], facts: Facts): JreClassification {
  const params = [...fired].sort((a, b) => a.order - b.order);
  let inScope = true;
  let category: Category = facts.project.category ?? 'build';
  let approvalPath = '';
  let decisionLevel = '';
  const routes: string[] = [];
  const requiredDocuments: string[] = [];
  const extraApprovals: string[] = [];
  const ruleIds: string[] = [];
  for (const ev of params) {
    if (!ruleIds.includes(ev.ruleId)) ruleIds.push(ev.ruleId);
    for (const f of ev.findings) {
      const s = f.sets;
      if (s) {
        if (s.inScope === false) inScope = false;
        if (s.category) category = s.category;
        if (s.approvalPath) approvalPath = s.approvalPath;
        if (s.decisionLevel) decisionLevel = s.decisionLevel;
        if (s.requiredDocuments) for (const r of s.requiredDocuments) if (!requiredDocuments.includes(r)) requiredDocuments.push(r);
        if (s.extraApprovals) for (const a of s.extraApprovals) if (!extraApprovals.includes(a)) extraApprovals.push(a);
      }
      if (f.outcome === 'ROUTE' && f.route) routes.push(f.route);
      if (f.outcome === 'REQUIRE' && f.requires) for (const r of f.requires) if (!requiredDocuments.includes(r)) requiredDocuments.push(r);
    }
  }
  if (!approvalPath && routes.length) approvalPath = routes[0];
  return { ruleIds, inScope, category, approvalPath, decisionLevel, routes, requiredDocuments, extraApprovals };
}

/** Folds the fired gate rules (any order) exactly as `budgetGate` folds findings; shared by the baselines. */
export function foldGate(fired: readonly EventParams[], facts: Facts, on: IsoDate): JreGate {
  const question = facts.payment ? 'payment' : 'om';
  const denial = question === 'payment' ? 'DENY-PAY' : 'DENY-OM';
  // engine.ts packValidity: binding only in force and within [effectiveFrom, effectiveUntil].
  const binding =
    META.status === 'in_force' &&
    (META.effectiveUntil === null || on <= META.effectiveUntil) &&
    (META.effectiveFrom === null || on >= META.effectiveFrom);
  const overrides = facts.project.status?.overrides;
  const params = [...fired].sort((a, b) => a.order - b.order);
  let deny = false;
  let review = false;
  const ruleIds: string[] = [];
  const denyRuleIds: string[] = [];
  for (const ev of params) {
    if (!ruleIds.includes(ev.ruleId)) ruleIds.push(ev.ruleId);
    for (const f of ev.findings) {
      const overridden = f.overridable === true && overrides !== undefined && overrides[ev.ruleId] !== undefined;
      if (f.outcome === denial || f.outcome === 'REJECT') {
        if (f.outcome === denial && !denyRuleIds.includes(ev.ruleId)) denyRuleIds.push(ev.ruleId);
        if (binding && !overridden) deny = true;
        else if (!overridden) review = true;
      } else if (f.outcome === 'FLAG' || f.outcome === 'CHECK' || (f.outcome === 'REQUIRE' && f.missingSome)) {
        review = true;
      }
    }
  }
  return { question, answer: deny ? 'deny' : review ? 'review' : 'allow', ruleIds, denyRuleIds };
}
