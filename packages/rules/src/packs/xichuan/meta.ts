import type { PackMeta } from '../../types.js';

/** 试行期两年 from 2025-08-29: evaluating after 2027-08-28 reports the pack as expired (advisory only). */
export const meta: PackMeta = {
  id: 'xichuan',
  prefix: 'XC',
  version: '2025-08-29.1',
  title: '淅川县政务信息化项目建设管理暂行办法',
  sourceFile: '004_81854f069f6fefd9.txt',
  issuingBody: '淅川县人民政府办公室(淅政办[2025]6号)',
  status: 'in_force',
  effectiveFrom: '2025-08-29',
  effectiveUntil: '2027-08-28',
  supersedes: null,
  precedenceNote: '国家和省另有规定的,从其规定',
  overrideAuthority: '县行政审批和政务信息管理局(资金事项会同县财政局)',
};
