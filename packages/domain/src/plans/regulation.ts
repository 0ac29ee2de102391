/**
 * What each regulation says about its annual plan: when the call closes (cut-offs) and which bodies approve the
 * plan, in order. Plain data with the article it rests on; the cut-off dates are 原则上 (a late project is flagged,
 * not refused).
 */
import type { Jurisdiction } from '@gov/rules';
import type { Cutoff } from './model.js';

export interface PlanRegulation {
  /** Cut-offs for the plan of `year`; empty where the text fixes no date (the bureau may set its own). */
  cutoffs(year: number): Cutoff[];
  cutoffBasis: string;
  /** The approving bodies, in the order the plan goes through them. */
  approvers: readonly string[];
  approvalBasis: string;
  /** Whether the regulation lets an issued plan take temporary additions outside it, and under which rule. */
  temporaryAdditions?: { ruleId: string; basis: string };
}

export const PLAN_REGULATIONS: Readonly<Record<Jurisdiction, PlanRegulation>> = {
  hongshan: {
    cutoffs: (y) => [{ batch: '年度报送', date: `${y - 1}-06-30` }],
    cutoffBasis: '第七条:原则上每年6月底前完成下一年度政务信息化项目报送',
    // The text says only 已下达年度计划 (第十二条); the approving body is not named: 区人民政府 is inferred.
    approvers: ['区人民政府'],
    approvalBasis: '第十二条(已下达年度计划;批准机关条文未明示,按区人民政府处理)',
  },
  bijie: {
    cutoffs: () => [],
    cutoffBasis: '第九条:年度计划无固定报送截止日期',
    approvers: ['市人民政府'],
    approvalBasis: '第九条:大数据部门会同财政部门编制项目年度拟实施计划,报经市人民政府批准,形成年度实施计划',
  },
  jinjiang: {
    // 以上年度12月底和当年度6月底为时间节点 … 分两批编制 (the plan of the current year).
    cutoffs: (y) => [
      { batch: '第一批', date: `${y - 1}-12-31` },
      { batch: '第二批', date: `${y}-06-30` },
    ],
    cutoffBasis: '以上年度12月底和当年度6月底为时间节点,分两批编制年度计划',
    approvers: ['领导小组会', '区委财经委员会', '区政府常务会议'],
    approvalBasis: '报领导小组会、区委财经委员会、区政府常务会议审定后,下达年度计划',
    temporaryAdditions: { ruleId: 'JJ-07-temp-addition', basis: '根据区委、区政府相关会议纪要,报领导小组办公室申请追加纳入年度计划' },
  },
  shandong: {
    cutoffs: () => [],
    cutoffBasis: '第五条、第六条:依据省政务服务管理办公室编制的年度指导计划,无固定报送截止日期',
    approvers: ['省政务服务管理办公室'],
    approvalBasis: '第五条:省政务服务管理办公室依据国家和省政务信息系统建设规划编制年度指导计划',
  },
  xichuan: {
    cutoffs: (y) => [{ batch: '年度报送', date: `${y - 1}-06-30` }],
    cutoffBasis: '第七条:每年6月底前报送下年度拟建设(或采购)的政务信息化项目材料',
    approvers: ['县政府'],
    approvalBasis: '第七条:县发改委编制项目年度政府投资计划,报县政府批准',
    temporaryAdditions: { ruleId: 'XC-08-temporary', basis: '第八条:国家和省、市的临时安排,经县分管领导同意、技术性审查、县发改委审批后列入当年项目清单' },
  },
};

/** The cut-off a submission missed: the last cut-off, when the project was submitted after it. */
export function missedCutoff(cutoffs: readonly Cutoff[], submittedOn: string): Cutoff | undefined {
  const last = cutoffs.reduce<Cutoff | undefined>((a, c) => (a === undefined || c.date > a.date ? c : a), undefined);
  return last && submittedOn > last.date ? last : undefined;
}

/** The batch a submission falls into: the first cut-off on or after its date (undefined: after every cut-off). */
export function batchOf(cutoffs: readonly Cutoff[], submittedOn: string): Cutoff | undefined {
  return [...cutoffs].sort((a, b) => a.date.localeCompare(b.date)).find((c) => submittedOn <= c.date);
}
