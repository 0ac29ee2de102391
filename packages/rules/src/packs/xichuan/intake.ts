/** 淅川县 intake rules (catalogue §4.1): who may submit, when, and what the package must contain. */

import type { Finding, RuleDef } from '../../types.js';
import { categoryOf } from './common.js';
import { XC_02_APPLICANT, XC_07_ANNUAL_0630, XC_07_SUBMITTER, XC_09_DOCS_INVEST, XC_12_AI_NEEDS, XC_13_RESPONSIBLE_PERSON } from './rules.js';
import { sameName } from '../../names.js';

/**
 * 第二条 "县级党委人大、政府、政协、法检等行政机关法律法规授权具有管理公共事务职能的事业单位": the list has no
 * punctuation, read inclusively. The notice itself is addressed to 各乡镇人民政府、街道办事处、县直相关单位, which
 * are therefore accepted too. A 事业单位 must show the statutory authorisation (field below).
 */
const BODY_TYPES: ReadonlySet<string> = new Set([
  '县委', '县委部门', '县级党委部门', '党委机关', '党委部门',
  '县人大', '县人大常委会', '人大机关',
  '县政府', '县人民政府', '县政府部门', '县直部门', '县直单位', '县直相关单位', '政府部门', '行政机关',
  '县政协', '政协机关',
  '县法院', '县人民法院', '法院', '县检察院', '县人民检察院', '检察院',
  '乡镇人民政府', '街道办事处',
]);
const PUBLIC_INSTITUTION = '事业单位';
/** Field: the 事业单位 is authorised by law or regulation to manage public affairs (第二条). */
export const XC_AUTHORISED_FIELD = '法律法规授权管理公共事务职能';

const APPLICANT_NOT_COUNTY = XC_02_APPLICANT.finding(
  'REJECT',
  '本办法适用于县级党委、人大、政府、政协、法院、检察院等机关及法律法规授权具有管理公共事务职能的事业单位的政务信息化项目;申报单位不是县级单位,不属于本办法适用范围。',
);
const APPLICANT_TYPE = XC_02_APPLICANT.finding(
  'REJECT',
  '申报单位类型不属于本办法第二条所列的县级党委、人大、政府、政协、法检等机关或法律法规授权具有管理公共事务职能的事业单位,不属于本办法适用范围。',
);
const APPLICANT_UNAUTHORISED = XC_02_APPLICANT.finding(
  'REJECT',
  `事业单位须为法律法规授权具有管理公共事务职能的事业单位方适用本办法;申报材料未表明该授权(字段"${XC_AUTHORISED_FIELD}")。`,
);

const LATE_ANNUAL = XC_07_ANNUAL_0630.finding(
  'FLAG',
  '下年度拟建设(或采购)的政务信息化项目应于每年6月底前由主管部门报送县行政审批和政务信息管理局;本项目报送晚于截止日,转入下一年度报送周期(国家和省、市临时安排的项目可按第八条临时程序办理)。',
);

const SUBMITTER_REQ = ['经项目建设单位主管部门报送'] as const;
const SUBMITTER_OK = XC_07_SUBMITTER.require(SUBMITTER_REQ, [], '项目材料应由项目建设单位主管部门向县行政审批和政务信息管理局报送。');
const SUBMITTER_MISSING = XC_07_SUBMITTER.require(
  SUBMITTER_REQ,
  SUBMITTER_REQ,
  '项目材料应由项目建设单位主管部门向县行政审批和政务信息管理局报送,本申报未经主管部门报送。',
);

const INVEST_DOCS = ['项目建议书', '可行性研究报告', '初步设计方案'] as const;
const INVEST_DOCS_MSG = '政府投资建设类项目原则上应包括项目建议书、可行性研究报告、初步设计等审批环节。';
const INVEST_DOCS_OK = XC_09_DOCS_INVEST.require(INVEST_DOCS, [], INVEST_DOCS_MSG);

const AI_FIELDS = ['人工智能大模型应用场景', '人工智能大模型应用需求'] as const;
const AI_MSG = '新建项目在规划阶段应充分调研人工智能大模型在相关领域的应用场景,明确其在数据处理、智能分析、自动化服务等方面的具体应用需求。';
const AI_OK = XC_12_AI_NEEDS.require(AI_FIELDS, [], AI_MSG);

const RESP_REQ = ['项目实施机构', '项目责任人'] as const;
const RESP_MSG = '项目建设单位应确定项目实施机构和项目责任人。';
const RESP_OK = XC_13_RESPONSIBLE_PERSON.require(RESP_REQ, [], RESP_MSG);
const RESP_NO_BODY = XC_13_RESPONSIBLE_PERSON.require(RESP_REQ, ['项目实施机构'], RESP_MSG);
const RESP_NO_PERSON = XC_13_RESPONSIBLE_PERSON.require(RESP_REQ, ['项目责任人'], RESP_MSG);
const RESP_NONE = XC_13_RESPONSIBLE_PERSON.require(RESP_REQ, RESP_REQ, RESP_MSG);

export const intakeRules: readonly RuleDef[] = [
  // 第二条: county-level bodies and authorised 事业单位 only (inclusive reading of the unpunctuated list).
  XC_02_APPLICANT.rule(({ facts: { project: p } }) => {
    const a = p.applicant;
    if (a.level !== undefined && a.level !== 'county') return APPLICANT_NOT_COUNTY;
    if (a.type === PUBLIC_INSTITUTION) return p.fields?.[XC_AUTHORISED_FIELD] === true ? null : APPLICANT_UNAUTHORISED;
    return BODY_TYPES.has(a.type) ? null : APPLICANT_TYPE;
  }),

  // 第七条 "每年6月底前…报送下年度": on or before 30 June of the year before the target year. Temporary
  // arrangements go through 第八条 (XC-08-temporary) instead.
  XC_07_ANNUAL_0630.rule(({ facts: { project: p }, on }) => {
    if (p.flags.temporary === true) return null;
    const submitted = p.dates?.submittedOn ?? on;
    const deadline = `${p.targetYear - 1}-06-30`;
    if (submitted <= deadline) return null;
    const y = Number(submitted.slice(0, 4));
    const nextCycleTargetYear = submitted.slice(5) <= '06-30' ? y + 1 : y + 2;
    return { ...LATE_ANNUAL, detail: { deadline, submittedOn: submitted, nextCycleTargetYear } } as Finding;
  }),

  // 第七条 "项目建设单位主管部门…报送".
  XC_07_SUBMITTER.rule(({ facts: { project: p } }) =>
    p.applicant.viaCompetentDepartment === true ? SUBMITTER_OK : SUBMITTER_MISSING,
  ),

  // 第九条 "原则上应包括项目建议书、可行性研究报告、初步设计等审批环节": no amount threshold, no 二合一/三合一.
  XC_09_DOCS_INVEST.rule((ctx) => {
    if (categoryOf(ctx) !== 'gov_invest_build') return null;
    const p = ctx.facts.project;
    const missing: string[] = [];
    for (const t of INVEST_DOCS) {
      let found = false;
      for (const d of p.documents) if (sameName(d.type, t)) { found = true; break; }
      if (!found) missing.push(t);
    }
    return missing.length ? XC_09_DOCS_INVEST.require(INVEST_DOCS, missing, INVEST_DOCS_MSG) : INVEST_DOCS_OK;
  }),

  // 第十二条: new projects state the AI large-model scenarios and needs; adequacy ("充分调研") is the reviewer's.
  XC_12_AI_NEEDS.rule(({ facts: { project: p } }) => {
    if (p.subtype !== 'new') return null;
    const f = p.fields;
    const missing: string[] = [];
    for (const n of AI_FIELDS) {
      const v = f?.[n];
      if (v === undefined || v === '' || v === false) missing.push(n);
    }
    return missing.length ? XC_12_AI_NEEDS.require(AI_FIELDS, missing, AI_MSG) : AI_OK;
  }),

  // 第十三条 "应确定项目实施机构和项目责任人".
  XC_13_RESPONSIBLE_PERSON.rule(({ facts: { project: p } }) => {
    const body = !!p.implementingBody;
    const person = !!p.responsiblePerson;
    return body ? (person ? RESP_OK : RESP_NO_PERSON) : person ? RESP_NO_BODY : RESP_NONE;
  }),
];
