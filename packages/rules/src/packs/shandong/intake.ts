/** 山东省 intake rules (catalogue §4.1): what a 立项申请 must contain. */

import type { DataResourceFacts, ProjectFacts } from '../../facts.js';
import type { RuleDef } from '../../types.js';
import { FIELD, missingOf, present } from './common.js';
import { SD_06_PLAN_BASIS, SD_07_DOCS_CIVIL_WORKS, SD_07_DOCS_DEFAULT, SD_07_JOINT_OVERALL_PLAN, SD_27_DATA_ATTRIBUTES } from './rules.js';

/**
 * The 立项申请 (第六条) is the application 省政务服务管理办公室 reviews for 规划审核 (第八条); an application with no
 * stated kind is treated as one (the stricter reading).
 */
export function isProjectApplication(p: ProjectFacts): boolean {
  const k = p.applicationKind;
  return k === undefined || k === '立项申请' || k === '规划审核';
}

// ---- SD-06-plan-basis (第六条)
const PLAN_REQ = [FIELD.planItem] as const;
const PLAN_MSG = '立项申请应依据省政务信息系统建设规划、年度指导计划提出,请注明所依据的年度指导计划项目。';
const PLAN_OK = SD_06_PLAN_BASIS.require(PLAN_REQ, [], PLAN_MSG);
const PLAN_MISSING = SD_06_PLAN_BASIS.require(PLAN_REQ, PLAN_REQ, PLAN_MSG);

// ---- SD-07 (第七条): "原则上" → overridable by 省政务服务管理办公室.
const DEFAULT_DOCS = ['项目建设方案', '投资预算'] as const;
const DEFAULT_MSG = '政务信息系统项目申报内容原则上包括项目建设方案和投资预算。';
const DEFAULT_OK = SD_07_DOCS_DEFAULT.require(DEFAULT_DOCS, [], DEFAULT_MSG);

const CIVIL_DOCS = ['可行性研究报告', '初步设计方案', '投资预算'] as const;
const CIVIL_MSG = '涉及新建土建工程的项目,申报内容原则上包括可行性研究报告、初步设计方案和投资预算。';
const CIVIL_OK = SD_07_DOCS_CIVIL_WORKS.require(CIVIL_DOCS, [], CIVIL_MSG);

const JOINT_REQ = ['整体方案', FIELD.overallPlanCosigned] as const;
const JOINT_MSG = '跨部门、跨地域、跨层级共建共享的项目,应由项目牵头部门会同共建部门共同形成项目整体方案(牵头部门和各共建部门会签)。';
const JOINT_OK = SD_07_JOINT_OVERALL_PLAN.require(JOINT_REQ, [], JOINT_MSG);

// ---- SD-27-data-attributes (第二十七条)
const ATTR_REQ = ['数据来源', '格式', '更新', '共享属性', '开放属性'] as const;
const ATTR_MSG = '提出立项申请前应按信息资源目录管理要求,逐项明确数据资源的数据来源、格式、更新、共享和开放等属性。';
const ATTR_OK = SD_27_DATA_ATTRIBUTES.require(ATTR_REQ, [], ATTR_MSG);
const ATTR_NONE = SD_27_DATA_ATTRIBUTES.require(ATTR_REQ, ['数据资源(信息资源目录条目)'], ATTR_MSG);

const blank = (v: string | undefined): boolean => v === undefined || v === '';

function missingAttributes(d: DataResourceFacts, out: string[]): void {
  if (blank(d.source)) out.push(`${d.name}:数据来源`);
  if (blank(d.format)) out.push(`${d.name}:格式`);
  if (blank(d.updateFrequency)) out.push(`${d.name}:更新`);
  if (blank(d.sharingType)) out.push(`${d.name}:共享属性`);
  if (blank(d.openingType)) out.push(`${d.name}:开放属性`);
}

export const intakeRules: readonly RuleDef[] = [
  SD_06_PLAN_BASIS.rule(({ facts: { project: p } }) => {
    if (!isProjectApplication(p)) return null;
    return present(p, FIELD.planItem) ? PLAN_OK : PLAN_MISSING;
  }),

  SD_07_DOCS_DEFAULT.rule(({ facts: { project: p } }) => {
    if (p.flags.newCivilWorks === true) return null;
    const missing = missingOf(p, DEFAULT_DOCS);
    return missing.length ? SD_07_DOCS_DEFAULT.require(DEFAULT_DOCS, missing, DEFAULT_MSG) : DEFAULT_OK;
  }),

  // The source has a stray space ("新建土建工程 规划审核"): read as new civil works subject to 规划审核.
  SD_07_DOCS_CIVIL_WORKS.rule(({ facts: { project: p } }) => {
    if (p.flags.newCivilWorks !== true) return null;
    const missing = missingOf(p, CIVIL_DOCS);
    return missing.length ? SD_07_DOCS_CIVIL_WORKS.require(CIVIL_DOCS, missing, CIVIL_MSG) : CIVIL_OK;
  }),

  SD_07_JOINT_OVERALL_PLAN.rule(({ facts: { project: p } }) => {
    const f = p.flags;
    if (f.crossDept !== true && f.crossRegion !== true && f.crossLevel !== true) return null;
    const missing = missingOf(p, JOINT_REQ);
    return missing.length ? SD_07_JOINT_OVERALL_PLAN.require(JOINT_REQ, missing, JOINT_MSG) : JOINT_OK;
  }),

  SD_27_DATA_ATTRIBUTES.rule(({ facts: { project: p } }) => {
    if (!isProjectApplication(p)) return null;
    const rs = p.dataResources;
    if (rs.length === 0) return ATTR_NONE;
    let missing: string[] | null = null;
    for (const d of rs) {
      if (blank(d.source) || blank(d.format) || blank(d.updateFrequency) || blank(d.sharingType) || blank(d.openingType)) {
        missingAttributes(d, (missing ??= []));
      }
    }
    return missing ? SD_27_DATA_ATTRIBUTES.require(ATTR_REQ, missing, ATTR_MSG) : ATTR_OK;
  }),
];
