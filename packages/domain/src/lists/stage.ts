/** 项目阶段: where a project stands in its life, read from its status and recorded milestones. */
import { stageSchema } from '@gov/schemas';
import type { ProjectState } from '../project.js';

/** 申报 → 入库 → 批复 → 建设 → 验收 → 运行. */
export const STAGES = stageSchema.options;
export type Stage = (typeof STAGES)[number];

export function stageOf(p: Pick<ProjectState, 'status' | 'lifecycle'>): Stage {
  if (p.status !== 'in_library') return 'application';
  const d = p.lifecycle?.dates ?? {};
  if (d.operationStart || d.formalOperationStart) return 'operation';
  if (d.acceptancePassed) return 'accepted';
  if (d.contractSigned || d.constructionStart) return 'construction';
  if (d.approvalDate) return 'approved';
  return 'library';
}
