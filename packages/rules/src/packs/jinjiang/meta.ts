import type { PackMeta } from '../../types.js';

/** 征求意见稿: every outcome is advisory until a final text is loaded as a new version. */
export const meta: PackMeta = {
  id: 'jinjiang',
  prefix: 'JJ',
  version: '2023-06-15-draft.1',
  title: '成都市锦江区智慧锦江建设项目管理暂行办法(征求意见稿)',
  sourceFile: '002_a829349d8751a45c.txt',
  issuingBody: '锦江区智慧锦江领导小组办公室',
  status: 'draft',
  effectiveFrom: null,
  effectiveUntil: null,
  supersedes: null,
  precedenceNote: '未尽事宜由领导小组研究决定',
  overrideAuthority: '智慧锦江建设领导小组办公室',
};
