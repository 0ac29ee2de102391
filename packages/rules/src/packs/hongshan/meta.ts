import type { PackMeta } from '../../types.js';

export const meta: PackMeta = {
  id: 'hongshan',
  prefix: 'HS',
  version: '2024-11-04.1',
  title: '红山区政务信息化项目管理暂行办法',
  sourceFile: '000_861462609711d648.txt',
  issuingBody: null,
  status: 'in_force',
  effectiveFrom: '2024-11-04',
  effectiveUntil: null,
  supersedes: null,
  precedenceNote: null,
  overrideAuthority: '区政数局(资金事项会同区财政局)',
};
