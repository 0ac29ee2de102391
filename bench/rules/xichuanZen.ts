/**
 * The @gorules/zen-engine baseline: the same 淅川县 classification and budget-gate rules as the json-rules-engine port
 * (bench/rules/xichuanJre.ts), written as two JDM decision tables (hit policy `collect`, one row per rule branch, the
 * condition a ZEN expression over the same facts objects). Each row outputs the index of its branch; the branch's
 * rule id, pack order and findings, and the fold into answers, are the json-rules-engine port's (`foldClassification`,
 * `foldGate`), so both baselines and the package are compared on the same answers.
 *
 * The three values the json-rules-engine port computes as dynamic facts (`omMode`, `approvedTotal`, `omLimit`) are
 * computed the same way here and passed in the input; everything else is evaluated by the engine.
 */
import { ZenDecisionContent, ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import type { Category, Facts, IsoDate, ProjectFacts } from '@gov/rules';
import { foldClassification, foldGate, type EventParams, type JreClassification, type JreEvaluation, type JreGate, type PortedFinding } from './xichuanJre.js';

// ── vocabulary (the constants of packs/xichuan, as in the json-rules-engine port) ──────────────────────────────
const list = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const SCOPE_OBJECTS = list(['信息设备', '网络设备', '机房设备', '智慧物联终端', '数据中心', '云平台', '政务信息系统', '业务信息系统', '信息安全', '软件开发', '系统集成']);
const ORIGINS = list(['upper_required', 'county_gov_decided', 'unit_applied']);
const ORIGIN_REQ = ['项目来源(上级政府明确要求/县政府研究决定/项目建设单位按程序上报)'];
const TEMP_REQ = ['县分管领导同意'];
const OM_MODES = list(['自管', '集中运维', '外包运维']);
const OM_MODE_REQ = ['运行维护方式(自管/集中运维/外包运维)'];
const CENTRAL_REQ = ['运行维护方式(自管/集中运维/外包运维)', '集中运维受托机构资质'];
const EXTRA = ['节能评估', '规划选址', '用地预审', '环境影响评价'];
const UPPER_DOC = '上级明确要求建设文件';

const review = (name: string): string => `project.status.reviews['${name}']`;
const field = (name: string): string => `project.fields['${name}']`;
const all = (...c: string[]): string => c.map((x) => `(${x})`).join(' and ');
const any = (...c: string[]): string => `(${c.map((x) => `(${x})`).join(' or ')})`;
const not = (c: string): string => `not (${c})`;

// ── shared conditions (as the json-rules-engine port's shared conditions) ─────────────────────────────────────
const outOfPack = any('project.flags.classified == true', 'project.flags.specialNationalRule == true');
const purchase = any("project.deliveryMode == 'purchase_service'", "project.fundingMode == 'purchase_service'");
const investMode = all("project.fundingMode in ['gov_invest', 'gov_enterprise_joint']", "project.subtype in ['new', 'continuation', 'expansion']");
const derivedInvest = all(not(purchase), any(investMode, "project.category == 'gov_invest_build'"));
const derivedService = any(purchase, all(not(investMode), "project.category == 'gov_purchase_service'"));
const govFunds = any('project.fundingMode != null', "'local_fiscal' in project.fundingSources", "'upper_fiscal' in project.fundingSources");
const scopeObject = any('project.objectType == null', `project.objectType in ${SCOPE_OBJECTS}`);
const q1 = 'payment != null';
const q2 = all('payment == null', 'omRequest != null');
const categoryInvest = any("classification.category == 'gov_invest_build'", all('classification.category == null', derivedInvest));
const hasSystem = 'system != null';
const blank = (x: string): string => any(`${x} == null`, `${x} == ''`, `${x} == false`);

type Row = [order: number, ruleId: string, when: string, findings: readonly PortedFinding[]];

// ── classification (packs/xichuan/classification.ts, in pack order) ────────────────────────────────────────────
const temporary = all('project.flags.temporary == true', 'project.status.inAnnualPlan != true', not(outOfPack));
const TEMP: PortedFinding = { outcome: 'REQUIRE', requires: TEMP_REQ, route: '县行政审批和政务信息管理局', sets: { approvalPath: 'xc-temporary' } };
const omApplies = any(hasSystem, "project.deliveryMode == 'om'", "project.fundingMode == 'gov_funded_om'", `${field('运行维护方式')} != null`);
const CHECK: PortedFinding = { outcome: 'CHECK' };
const extraApplies = any('project.flags.newCivilWorks == true', 'project.flags.highEnergy == true');
const EXTRA_F: PortedFinding = { outcome: 'REQUIRE', requires: EXTRA, sets: { extraApprovals: EXTRA } };

const CLASSIFICATION: readonly Row[] = [
  [0, 'XC-05-routing', 'true', [{ outcome: 'ROUTE', route: '县行政审批和政务信息管理局' }]],
  [1, 'XC-02-scope', all('project.objectType != null', not(`project.objectType in ${SCOPE_OBJECTS}`)), [{ outcome: 'SET', sets: { inScope: false } }]],
  [1, 'XC-02-scope', all(scopeObject, govFunds), [{ outcome: 'SET', sets: { inScope: true } }]],
  [1, 'XC-02-scope', all(scopeObject, not(govFunds)), [{ outcome: 'SET', sets: { inScope: false } }]],
  [2, 'XC-02-composite', `${field('综合性项目')} == true`, [{ outcome: 'SET', sets: { inScope: true } }]],
  [3, 'XC-04-cat-invest', all(not(purchase), investMode), [{ outcome: 'SET', sets: { category: 'gov_invest_build' } }]],
  [4, 'XC-04-cat-service', purchase, [{ outcome: 'SET', sets: { category: 'gov_purchase_service' } }]],
  [5, 'XC-06-origin', `project.origin in ${ORIGINS}`, [{ outcome: 'REQUIRE', requires: ORIGIN_REQ }]],
  [5, 'XC-06-origin', not(`project.origin in ${ORIGINS}`), [{ outcome: 'REQUIRE', requires: ORIGIN_REQ, missingSome: true }]],
  [6, 'XC-07-path-invest', all(not(outOfPack), 'project.flags.pureEquipmentSoftwareProcurement != true', derivedInvest), [
    { outcome: 'ROUTE', route: '县发改委', sets: { approvalPath: 'xc-invest', decisionLevel: '县政府' } },
  ]],
  [7, 'XC-07-path-simple', all(not(outOfPack), any('project.flags.pureEquipmentSoftwareProcurement == true', derivedService)), [
    { outcome: 'ROUTE', route: '县政府', sets: { approvalPath: 'xc-simple', decisionLevel: '县政府' } },
  ]],
  [8, 'XC-08-temporary', all(temporary, `${review('县分管领导同意')} == 'pass'`), [TEMP]],
  [8, 'XC-08-temporary', all(temporary, `${review('县分管领导同意')} != 'pass'`), [{ ...TEMP, missingSome: true }]],
  [9, 'XC-21-om-mode', all(omApplies, not(`omMode in ${OM_MODES}`)), [{ outcome: 'REQUIRE', requires: OM_MODE_REQ, missingSome: true }, CHECK]],
  [9, 'XC-21-om-mode', all(omApplies, `omMode in ${OM_MODES}`, "omMode != '集中运维'"), [{ outcome: 'REQUIRE', requires: OM_MODE_REQ }, CHECK]],
  [9, 'XC-21-om-mode', all(omApplies, "omMode == '集中运维'", blank(field('集中运维受托机构资质'))), [{ outcome: 'REQUIRE', requires: CENTRAL_REQ, missingSome: true }, CHECK]],
  [9, 'XC-21-om-mode', all(omApplies, "omMode == '集中运维'", not(blank(field('集中运维受托机构资质')))), [{ outcome: 'REQUIRE', requires: CENTRAL_REQ }, CHECK]],
  [10, 'XC-10-extra-approvals', all(extraApplies, ...EXTRA.map((a) => `${review(a)} == 'pass'`)), [EXTRA_F]],
  [10, 'XC-10-extra-approvals', all(extraApplies, any(...EXTRA.map((a) => `${review(a)} != 'pass'`))), [{ ...EXTRA_F, missingSome: true }]],
  [11, 'XC-38-classified', outOfPack, [{ outcome: 'ROUTE', route: 'external', sets: { inScope: false, approvalPath: 'external' } }]],
];

// ── budget gate (packs/xichuan/budgetGate.ts, in pack order) ───────────────────────────────────────────────────
const unreviewed = all(
  `${review('技术性审查')} != 'pass'`,
  not(all("project.origin == 'upper_required'", `some(project.documents, #.type == '${UPPER_DOC}')`)),
);
const outsourcedWithoutRecord = all("omMode == '外包运维'", 'system.hasProcurementRecord != true', `${field('外包运维政府采购记录')} != true`);

const GATE: readonly Row[] = [
  [0, 'XC-07-unreviewed', all(q1, unreviewed), [{ outcome: 'DENY-PAY', overridable: true }]],
  [0, 'XC-07-unreviewed', all(q2, unreviewed), [{ outcome: 'DENY-OM', overridable: true }]],
  [1, 'XC-11-disburse-basis', all(q1, "payment.purpose != 'om'", categoryInvest, not(all(`${review('投资计划')} == 'pass'`, `${review('项目实施意见')} == 'pass'`))), [
    { outcome: 'DENY-PAY' },
  ]],
  [2, 'XC-11-per-approval', 'payment.outsideApprovedScope == true', [{ outcome: 'DENY-PAY' }]],
  [3, 'XC-11-surplus-return', all(
    q1,
    "project.dates.acceptancePassed != null and project.dates.acceptancePassed != ''",
    `${field('节余资金已退回')} != true`,
    `type(${field('竣工决算金额')}) == 'number' and ${field('竣工决算金额')} < approvedTotal`,
  ), [{ outcome: 'FLAG' }]],
  [4, 'XC-22-om-review-opinion', all(q2, 'omRequest.reviewOpinion == null'), [{ outcome: 'DENY-OM' }]],
  [4, 'XC-22-om-review-opinion', all(q2, 'omRequest.reviewOpinion != null', "omRequest.reviewOpinion.result != 'pass'"), [{ outcome: 'DENY-OM' }]],
  [5, 'XC-22-expenditure-standard', all(q2, 'omLimit != null', 'omRequest.amount > omLimit'), [{ outcome: 'DENY-OM' }]],
  [6, 'XC-23-1-no-sharing', all(hasSystem, q2, any(
    'system.interconnected != true',
    'system.dataAggregated != true',
    'system.dataShared != true',
    'system.duplicateCollection == true',
    'system.duplicateBuild == true',
  )), [{ outcome: 'DENY-OM' }]],
  [7, 'XC-23-2a-stopped-unused', all(hasSystem, q2, "system.status in ['stopped', 'long_unused', 'zombie']"), [{ outcome: 'DENY-OM' }]],
  [8, 'XC-23-2b-eval-failed', all(hasSystem, q2, "system.lastEvaluation == '不合格'", 'system.rectificationAccepted != true'), [{ outcome: 'DENY-OM' }]],
  [9, 'XC-23-3-other', all(q2, "project.status.openFindings != null and some(project.status.openFindings, #.status != 'closed')"), [{ outcome: 'DENY-OM' }]],
  [10, 'XC-25-no-third-party-cloud-renewal', all(q1, 'payment.thirdPartyCloudRenewal == true'), [{ outcome: 'DENY-PAY' }]],
  [10, 'XC-25-no-third-party-cloud-renewal', all('payment == null', 'omRequest.thirdPartyCloudRenewal == true'), [{ outcome: 'DENY-OM' }]],
  [11, 'XC-21-outsourced-procurement', all(q1, "payment.purpose == 'om'", outsourcedWithoutRecord), [{ outcome: 'DENY-PAY' }]],
  [11, 'XC-21-outsourced-procurement', all(q2, outsourcedWithoutRecord), [{ outcome: 'DENY-OM' }]],
  [12, 'XC-35-sanctions', all(q1, any(
    "project.status.sanction == '暂停项目建设'",
    all("project.status.sanction == '暂缓拨付建设资金'", "payment.purpose != 'om'"),
  )), [{ outcome: 'DENY-PAY' }]],
  [13, 'XC-37-third-party-eval', all(q1, `${review('第三方绩效评价')} == 'fail'`), [{ outcome: 'FLAG' }]],
  [14, 'XC-27-sharing-basis', all(hasSystem, any(q1, 'omRequest != null'), 'system.dataShared != true'), [{ outcome: 'FLAG' }]],
];

/** One JDM graph: input → decision table (collect: every row whose condition holds) → output `[{ branch }]`. */
export function jdm(name: string, rows: readonly Row[]): object {
  return {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
      {
        id: 'table',
        type: 'decisionTableNode',
        name,
        position: { x: 300, y: 0 },
        content: {
          hitPolicy: 'collect',
          // An input column without a field: each cell is a whole boolean expression over the input.
          inputs: [{ id: 'when', name: 'condition' }],
          outputs: [{ id: 'branch', name: 'branch', field: 'branch' }],
          rules: rows.map(([, , when], i) => ({ _id: `r${i}`, when, branch: String(i) })),
        },
      },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'request', targetId: 'table', type: 'edge' },
      { id: 'e2', sourceId: 'table', targetId: 'response', type: 'edge' },
    ],
  };
}

// The json-rules-engine port's dynamic facts, computed the same way.
function omModeOf(f: Facts): string | undefined {
  const s = f.system?.omMode;
  if (s) return s;
  const v = f.project.fields?.['运行维护方式'];
  return typeof v === 'string' && v !== '' ? v : undefined;
}
const approvedTotal = (p: ProjectFacts): number => p.approvedEstimate ?? p.amountTotal;
function omLimit(f: Facts): number | undefined {
  const r = f.omRequest;
  if (!r) return undefined;
  const a = r.reviewOpinion?.result === 'pass' ? r.reviewOpinion.amount : undefined;
  const s = r.standardAmount;
  return a === undefined ? s : s === undefined ? a : a < s ? a : s;
}

function input(f: Facts, category?: Category): Record<string, unknown> {
  return {
    project: f.project,
    payment: f.payment ?? null,
    omRequest: f.omRequest ?? null,
    system: f.system ?? null,
    classification: category === undefined ? {} : { category },
    omMode: omModeOf(f) ?? null,
    approvedTotal: approvedTotal(f.project),
    omLimit: omLimit(f) ?? null,
  };
}

const params = (rows: readonly Row[]): EventParams[] => rows.map(([order, ruleId, , findings]) => ({ order, ruleId, findings }));

export interface XichuanZen {
  evaluate(c: { on: IsoDate; application: Facts; q1: Facts; q2: Facts }): Promise<JreEvaluation>;
  /** Releases the engine when the benchmark is done. */
  dispose(): void;
}

export function xichuanZen(): XichuanZen {
  const engine = new ZenEngine();
  const classification: ZenDecision = engine.createDecision(new ZenDecisionContent(jdm('xichuan classification', CLASSIFICATION)));
  const gate: ZenDecision = engine.createDecision(new ZenDecisionContent(jdm('xichuan budget gate', GATE)));
  const classificationParams = params(CLASSIFICATION);
  const gateParams = params(GATE);
  const fired = (result: unknown, all: readonly EventParams[]): EventParams[] => (result as { branch: number }[]).map((r) => all[r.branch]);

  async function classify(facts: Facts): Promise<JreClassification> {
    const { result } = await classification.evaluate(input(facts));
    return foldClassification(fired(result, classificationParams), facts);
  }
  async function gateAnswer(facts: Facts, on: IsoDate, category: Category): Promise<JreGate> {
    const { result } = await gate.evaluate(input(facts, category));
    return foldGate(fired(result, gateParams), facts, on);
  }
  return {
    async evaluate(c) {
      const cls = await classify(c.application);
      return { classification: cls, q1: await gateAnswer(c.q1, c.on, cls.category), q2: await gateAnswer(c.q2, c.on, cls.category) };
    },
    dispose() {
      engine.dispose();
    },
  };
}
