import { describe, expect, it } from 'vitest';
import { remedyText, supplierText, type Remedy } from '../../../packages/console/src/pages/remedyText.js';

const base = { route: 'PUT /v1/projects/{id}', supplier: 'department' } as const;

describe('remedyText', () => {
  it('names the documents list and the accepted spellings of a missing document', () => {
    const r: Remedy = { ...base, item: '实施方案', kind: 'document', path: 'documents[].type', accepts: ['实施方案', '项目实施方案'] };
    expect(remedyText(r)).toBe('在 申报材料 中添加 实施方案(可接受名称:实施方案、项目实施方案)');
    expect(supplierText(r)).toBe('项目单位');
  });
  it('leaves out the accepted names when they are only the item itself', () => {
    const r: Remedy = { ...base, item: '实施方案', kind: 'document', path: 'documents[].type', accepts: ['实施方案'] };
    expect(remedyText(r)).toBe('在 申报材料 中添加 实施方案');
  });
  it('asks for a field by name, never showing its value description as a name', () => {
    expect(remedyText({ ...base, item: '系统接口', kind: 'field', path: 'fields.系统接口', accepts: ['非空文字'] })).toBe('在 说明事项 中填写 系统接口');
    expect(remedyText({ ...base, item: '已比对', kind: 'field', path: 'fields.已比对', accepts: ['true'] })).toBe('在 说明事项 中填写 已比对(填“是”)');
    expect(remedyText({ ...base, item: '来源', kind: 'field', path: 'dataResources[].source', accepts: ['非空文字'] })).toBe('在 数据资源清单 中填写 来源');
  });
  it('puts a chapter in its document', () => {
    const r: Remedy = { ...base, item: '实施方案:财政资金保障篇(章)', kind: 'chapter', path: 'documents[].chapters', accepts: ['财政资金保障篇(章)'], document: '实施方案' };
    expect(remedyText(r)).toContain('申报材料「实施方案」的篇章');
  });
  it('sends an authority opinion to the authority, recorded by the reviewer', () => {
    const r: Remedy = { item: '省政务服务管理办公室审核意见', kind: 'authority_record', path: 'name', route: 'POST /v1/projects/{id}/authority-records', accepts: ['省政务服务管理办公室审核意见'], supplier: 'authority', authority: '省政务服务管理办公室' };
    expect(remedyText(r)).toBe('由 省政务服务管理办公室 出具意见,审核人员登记');
    expect(supplierText(r)).toBe('出具机关');
  });
  it('sends a reviewer decision to the checklist', () => {
    const r: Remedy = { item: 'x', kind: 'review', path: 'decisions[].ruleId=HS-06', route: 'POST /v1/projects/{id}/reviews', accepts: ['pass'], supplier: 'bureau' };
    expect(remedyText(r)).toBe('由 审核人员 在审核清单中作出结论');
  });
});
