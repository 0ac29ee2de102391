import type { PackMeta } from '../../types.js';

export const meta: PackMeta = {
  id: 'shandong',
  prefix: 'SD',
  version: '1.0.0',
  title: '山东省政务信息系统项目管理办法',
  sourceFile: '003_592a7004dc43678b.txt',
  issuingBody: null,
  status: 'in_force',
  effectiveFrom: null,
  effectiveUntil: null,
  supersedes: null,
  precedenceNote: null,
  overrideAuthority: '省政务服务管理办公室',
};
