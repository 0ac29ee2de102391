import type { PackMeta } from '../../types.js';

/** The text states no date; effectiveFrom stays null ("自发布之日起施行"). */
export const meta: PackMeta = {
  id: 'bijie',
  prefix: 'BJ',
  version: '1.0.0',
  title: '毕节市市级信息化项目统筹管理办法(试行)',
  sourceFile: '001_ec2684def53ca359.txt',
  issuingBody: null,
  status: 'in_force',
  effectiveFrom: null,
  effectiveUntil: null,
  supersedes: '毕节市大数据项目建设管理暂行办法',
  precedenceNote: '国家、省出台新规定的,从其规定(第三十六条)',
  overrideAuthority: '毕节市大数据主管部门(会同财政部门)',
};
