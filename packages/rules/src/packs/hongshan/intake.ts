/** 红山区 intake rules (catalogue §4.1): who submits, when, and what the 入库 package must contain. */
import { documentOf, missingDocuments, missingFields, type RuleHandle } from '../../dsl.js';
import type { Finding, IsoDate, RuleDef } from '../../types.js';
import type { ProjectFacts } from '../../facts.js';
import { DOC_FSR, DOC_IMPL, DOC_OM_PLAN, categoryOf, hasPassed } from './common.js';
import { HS_07_ANNUAL_0630, HS_07_DEPT_CONSOLIDATED, HS_08_DOCS_600K, HS_08_DOCS_BELOW_600K, HS_08_OM_NEW_WINDOW, HS_08_OM_RENEWAL_WINDOW, HS_11_PROJECT_CODE, HS_15_CROSS_DEPT_FRAMEWORK, HS_17_RESPONSIBLE_PERSON } from './rules.js';

/** An application to enter the 项目库 (the default when the kind is not stated). */
export const isLibraryApplication = (p: ProjectFacts): boolean =>
  p.applicationKind === undefined || p.applicationKind === '入库申请';

const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

// ---- HS-07 -------------------------------------------------------------------------------------------------------
const DEPT_REVIEW = '主管部门审核意见';
const DEPT_REQUIRES: readonly string[] = Object.freeze([DEPT_REVIEW]);
const DEPT_MSG = '各部门应在全面核查本部门及所属单位政务信息系统建设、使用情况的基础上严格审核把关后统一申请入库;所属单位的项目须附主管部门审核意见,由主管部门统一申报。';
const DEPT_OK = HS_07_DEPT_CONSOLIDATED.require(DEPT_REQUIRES, [], DEPT_MSG);
const DEPT_MISSING = HS_07_DEPT_CONSOLIDATED.require(DEPT_REQUIRES, DEPT_REQUIRES, DEPT_MSG);

// ---- HS-08 -------------------------------------------------------------------------------------------------------
const APPLY_DOC = '申请入库文件';
const DOCS_600K: readonly string[] = Object.freeze([APPLY_DOC, DOC_FSR]);
const DOCS_BELOW: readonly string[] = Object.freeze([APPLY_DOC, DOC_IMPL]);
const MSG_600K = '总投资60万元及以上的建设、采购服务类项目,入库时需提交申请入库文件、项目可行性研究报告(项目建议书、可行性研究报告二合一)。';
const MSG_BELOW = '总投资60万元以下的建设、采购服务类项目,入库时需提交申请入库文件、实施方案(项目建议书、可行性研究报告、初步设计方案三合一)。';
const DOCS_600K_OK = HS_08_DOCS_600K.require(DOCS_600K, [], MSG_600K);
const DOCS_BELOW_OK = HS_08_DOCS_BELOW_600K.require(DOCS_BELOW, [], MSG_BELOW);

const OM_NEW_DOCS: readonly string[] = Object.freeze([DOC_OM_PLAN]);
const OM_NEW_MSG = '运维服务类项目申请入库须提交运维方案等材料。';
const OM_NEW_OK = HS_08_OM_NEW_WINDOW.require(OM_NEW_DOCS, [], OM_NEW_MSG);
const OM_NEW_MISSING = HS_08_OM_NEW_WINDOW.require(OM_NEW_DOCS, OM_NEW_DOCS, OM_NEW_MSG);
const OM_NEW_NO_DATE = HS_08_OM_NEW_WINDOW.finding(
  'FLAG',
  '新纳入运维的项目应在免费运维期结束上一年度申请入库,但未提供免费运维期结束日期,无法核对申报年度,请补充。',
);

const OM_RENEW_DOCS: readonly string[] = Object.freeze([DOC_OM_PLAN, '新一轮运维需求评估']);
const OM_RENEW_MSG = '接续运维的项目,申请前项目单位应评估新一轮运维需求,合理提出运维项目,提交运维方案等材料申请入库。';
const OM_RENEW_OK = HS_08_OM_RENEWAL_WINDOW.require(OM_RENEW_DOCS, [], OM_RENEW_MSG);
const OM_RENEW_NO_DATE = HS_08_OM_RENEWAL_WINDOW.finding(
  'FLAG',
  '接续运维的项目应在运维期结束上一年度申请入库,但未提供本轮运维期结束日期,无法核对申报年度,请补充。',
);

/** FLAG when the submission year is not the year before `end` (later: late; earlier: early, inferred). */
function windowFlag(id: RuleHandle, what: string, end: IsoDate, submitted: IsoDate): Finding | null {
  const expected = yearOf(end) - 1;
  const y = yearOf(submitted);
  if (y === expected) return null;
  const detail = { end, expectedYear: expected, submittedOn: submitted };
  return y > expected
    ? id.finding(
        'FLAG',
        `${what}应在${end}结束的上一年度(${expected}年)申请入库,本项目于${submitted}申请,已晚于规定年度;未纳入项目库的系统原则上不安排运维经费。`,
        { detail: { ...detail, state: 'late' } },
      )
    : id.finding(
        'FLAG',
        `${what}应在${end}结束的上一年度(${expected}年)申请入库,本项目于${submitted}申请,早于规定年度,请于${expected}年申请(推定)。`,
        { detail: { ...detail, state: 'early' } },
      );
}

// ---- HS-11 -------------------------------------------------------------------------------------------------------
const PROJECT_CODE: readonly string[] = Object.freeze(['项目代码']);
const NO_PROJECT_CODE = HS_11_PROJECT_CODE.finding(
  'REJECT',
  '除涉及国家秘密项目外,项目单位应当通过投资在线审批监管平台申报,使用平台生成的项目代码办理审批手续;本审批申请未填写项目代码。',
  { requires: PROJECT_CODE, missing: PROJECT_CODE },
);

// ---- HS-15 -------------------------------------------------------------------------------------------------------
const FRAMEWORK_DOC = '框架方案';
const FRAMEWORK_FIELDS: readonly string[] = Object.freeze(['参建部门', '建设目标', '主体内容', '业务流', '数据流', '系统接口', '初步数据目录']);
const FRAMEWORK_REF = '框架方案编号';
const FRAMEWORK_REQUIRES: readonly string[] = Object.freeze([FRAMEWORK_DOC, ...FRAMEWORK_FIELDS]);
const FRAMEWORK_REQUIRES_MEMBER: readonly string[] = Object.freeze([...FRAMEWORK_REQUIRES, FRAMEWORK_REF]);
const FRAMEWORK_MSG =
  '跨部门共建共享的项目由牵头部门会同参建部门开展跨部门工程框架设计,形成统一框架方案后联合报项目审批部门;框架方案须确定参建部门、建设目标、主体内容,明确业务流、数据流及系统接口,初步形成数据目录;参建部门申报本部门参建项目时须注明所依据的框架方案。';
const FRAMEWORK_OK = HS_15_CROSS_DEPT_FRAMEWORK.require(FRAMEWORK_REQUIRES, [], FRAMEWORK_MSG);
const FRAMEWORK_MEMBER_OK = HS_15_CROSS_DEPT_FRAMEWORK.require(FRAMEWORK_REQUIRES_MEMBER, [], FRAMEWORK_MSG);

// ---- HS-17 -------------------------------------------------------------------------------------------------------
const RESP: readonly string[] = Object.freeze(['项目实施机构', '项目责任人']);
const RESP_MSG = '项目建设单位应当确定项目实施机构和项目责任人。';
const RESP_OK = HS_17_RESPONSIBLE_PERSON.require(RESP, [], RESP_MSG);
const RESP_MISSING_BOTH = HS_17_RESPONSIBLE_PERSON.require(RESP, RESP, RESP_MSG);
const RESP_MISSING_BODY = HS_17_RESPONSIBLE_PERSON.require(RESP, Object.freeze([RESP[0]]), RESP_MSG);
const RESP_MISSING_PERSON = HS_17_RESPONSIBLE_PERSON.require(RESP, Object.freeze([RESP[1]]), RESP_MSG);

export const intakeRules: readonly RuleDef[] = [
  // 第七条 / A-07: "即有即报" — next-year projects reported after 30 June are flagged late, not refused (原则上).
  HS_07_ANNUAL_0630.rule(({ facts: { project: p }, on }) => {
    if (!isLibraryApplication(p)) return null;
    const sub = p.dates?.submittedOn ?? on;
    const y = yearOf(sub);
    if (p.targetYear !== y + 1 || sub.slice(5, 10) <= '06-30') return null;
    return HS_07_ANNUAL_0630.finding(
      'FLAG',
      `原则上每年6月底前完成下一年度政务信息化项目报送;本项目为${p.targetYear}年度项目,于${sub}报送,晚于${y}年6月30日,默认转入下一轮申报,经区政数局同意可按期受理。`,
      { detail: { submittedOn: sub, deadline: `${y}-06-30`, targetYear: p.targetYear } },
    );
  }),

  HS_07_DEPT_CONSOLIDATED.rule(({ facts: { project: p } }) => {
    if (p.applicant.isSubordinateUnit !== true || !isLibraryApplication(p)) return null;
    return documentOf(p, DEPT_REVIEW) || hasPassed(p, '主管部门审核') ? DEPT_OK : DEPT_MISSING;
  }),

  // 第八条 / A-08: at 入库 only 可研(二合一); 初步设计方案 is required before approval (HS-11-prereq-complete), not here.
  HS_08_DOCS_600K.rule((ctx) => {
    const p = ctx.facts.project;
    if (!isLibraryApplication(p) || p.amountTotal < 60_000_000 || categoryOf(ctx) === 'om') return null;
    const missing = missingDocuments(p, DOCS_600K);
    return missing.length ? HS_08_DOCS_600K.require(DOCS_600K, missing, MSG_600K) : DOCS_600K_OK;
  }),

  HS_08_DOCS_BELOW_600K.rule((ctx) => {
    const p = ctx.facts.project;
    if (!isLibraryApplication(p) || p.amountTotal >= 60_000_000 || categoryOf(ctx) === 'om') return null;
    const missing = missingDocuments(p, DOCS_BELOW);
    return missing.length ? HS_08_DOCS_BELOW_600K.require(DOCS_BELOW, missing, MSG_BELOW) : DOCS_BELOW_OK;
  }),

  // 第八条: new O&M (and O&M of an unstated kind, e.g. an upgrade managed as O&M) needs 运维方案; new O&M is due in the
  // year before the free O&M period ends.
  HS_08_OM_NEW_WINDOW.rule((ctx) => {
    const p = ctx.facts.project;
    if (!isLibraryApplication(p) || p.omKind === 'renewal' || categoryOf(ctx) !== 'om') return null;
    const req = documentOf(p, DOC_OM_PLAN) ? OM_NEW_OK : OM_NEW_MISSING;
    if (p.omKind !== 'new') return req;
    const end = ctx.facts.system?.freeOmEnd ?? p.dates?.freeOmEnd;
    if (end === undefined) return [req, OM_NEW_NO_DATE];
    const flag = windowFlag(HS_08_OM_NEW_WINDOW, '新纳入运维的项目应在免费运维期', end, p.dates?.submittedOn ?? ctx.on);
    return flag ? [req, flag] : req;
  }),

  HS_08_OM_RENEWAL_WINDOW.rule((ctx) => {
    const p = ctx.facts.project;
    if (!isLibraryApplication(p) || p.omKind !== 'renewal' || categoryOf(ctx) !== 'om') return null;
    const missing = missingDocuments(p, OM_RENEW_DOCS);
    const req = missing.length ? HS_08_OM_RENEWAL_WINDOW.require(OM_RENEW_DOCS, missing, OM_RENEW_MSG) : OM_RENEW_OK;
    const end = p.dates?.omPeriodEnd;
    if (end === undefined) return [req, OM_RENEW_NO_DATE];
    const flag = windowFlag(HS_08_OM_RENEWAL_WINDOW, '接续运维的项目应在本轮运维期', end, p.dates?.submittedOn ?? ctx.on);
    return flag ? [req, flag] : req;
  }),

  HS_11_PROJECT_CODE.rule(({ facts: { project: p } }) => {
    if (p.applicationKind !== 'approval_application' || p.flags.classified === true) return null;
    return p.projectCode ? null : NO_PROJECT_CODE;
  }),

  // 第十五条: a participating department (field 跨部门角色 = 参建部门) also cites the approved framework (框架方案编号).
  HS_15_CROSS_DEPT_FRAMEWORK.rule(({ facts: { project: p } }) => {
    if (p.flags.crossDept !== true) return null;
    const member = p.fields?.['跨部门角色'] === '参建部门';
    const requires = member ? FRAMEWORK_REQUIRES_MEMBER : FRAMEWORK_REQUIRES;
    const missing = missingFields(p, member ? [...FRAMEWORK_FIELDS, FRAMEWORK_REF] : FRAMEWORK_FIELDS);
    if (!documentOf(p, FRAMEWORK_DOC)) missing.unshift(FRAMEWORK_DOC);
    if (missing.length === 0) return member ? FRAMEWORK_MEMBER_OK : FRAMEWORK_OK;
    return HS_15_CROSS_DEPT_FRAMEWORK.require(requires, missing, FRAMEWORK_MSG);
  }),

  HS_17_RESPONSIBLE_PERSON.rule(({ facts: { project: p } }) => {
    const body = !!p.implementingBody;
    const person = !!p.responsiblePerson;
    return body ? (person ? RESP_OK : RESP_MISSING_PERSON) : person ? RESP_MISSING_BODY : RESP_MISSING_BOTH;
  }),
];
