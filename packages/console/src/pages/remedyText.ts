/**
 * 补正指引 in one Chinese sentence per missing item, from the API's remedies (kind, path, accepted names, supplier):
 * "在 申报材料 中添加 实施方案(可接受名称:…)", "由 省政务服务管理办公室 出具意见,审核人员登记".
 */
import type { components } from '../api/schema';

export type Remedy = components['schemas']['Remedy'];

const SUPPLIER: Record<Remedy['supplier'], string> = { department: '项目单位', bureau: '审核人员', authority: '出具机关' };

/** The accepted spellings, when they say more than the item's own name. */
function accepted(r: Remedy): string {
  const others = r.accepts.filter((a) => a !== r.item);
  return others.length ? `(可接受名称:${r.accepts.join('、')})` : '';
}

/** Where the item goes, in the words of the form that carries it. */
function place(r: Remedy): string {
  if (r.route.startsWith('POST /v1/filings')) return '备案材料';
  if (r.kind === 'chapter') return `申报材料「${r.document ?? '相关材料'}」的篇章`;
  if (r.kind === 'document') return '申报材料';
  if (r.path.startsWith('dataResources')) return '数据资源清单';
  if (r.path.startsWith('fields.')) return '说明事项';
  return '申报信息';
}

export function remedyText(r: Remedy): string {
  switch (r.kind) {
    case 'document':
    case 'chapter':
      return `在 ${place(r)} 中添加 ${r.item}${accepted(r)}`;
    case 'field':
      // A field's accepts describe its value (非空文字, true), not other names for it.
      return `在 ${place(r)} 中填写 ${r.item}${r.accepts.includes('true') ? '(填“是”)' : ''}`;
    case 'authority_record':
      return `由 ${r.authority ?? '出具机关'} 出具意见,审核人员登记`;
    case 'review':
      if (r.path.startsWith('decisions')) return '由 审核人员 在审核清单中作出结论';
      return `由 ${r.authority ?? '审核人员'} 出具审核意见「${r.item}」,审核人员登记`;
    case 'milestone':
      return `登记里程碑 ${r.item}(日期 YYYY-MM-DD)`;
  }
}

/** Who acts, for a tag beside the sentence. */
export function supplierText(r: Remedy): string {
  return SUPPLIER[r.supplier];
}
