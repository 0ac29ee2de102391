/** The plan workbook and printable page: the layout an approval meeting reads, amounts exact from fen. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanState } from '@gov/domain';
import { planHtml } from '../../../services/plans/export.js';
import { planWorkbook } from '../../../services/plans-export/workbook.js';
import { present } from '../../../services/plans/handler.js';

const line = (projectId: string, departmentId: string, amount: number, o = {}) => ({ projectId, projectName: `项目${projectId}`, departmentId, category: 'build', amount, fundingSource: 'local_fiscal', ...o });
const plan: PlanState = {
  id: 'plan-bijie-2027', version: 9, jurisdiction: 'bijie', departmentId: '-', createdAt: '', updatedAt: '', year: 2027,
  call: { openedOn: '2026-07-01', openedBy: 'b', cutoffs: [], basis: '' },
  issued: {
    edition: 2, issuedOn: '2027-05-02', issuedBy: 'b', approvals: [],
    lines: [line('a', 'D001', 10), line('b', 'D002', 20, { fundingSource: 'upper_fiscal', temporary: { body: '市人民政府', on: '2027-04-01', documentRef: '毕府〔2027〕1号', reason: 'r', recordedBy: 'b' } }), line('c', 'D001', 33_333_333)],
  },
  keys: {},
};

describe('plan workbook', () => {
  it('has the title, header, one row per line, the exact total and the totals by department', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await planWorkbook(plan)) as never);
    const ws = wb.getWorksheet('2027年度计划')!;
    expect(ws.getCell('A1').value).toBe('2027年度政务信息化项目计划(第2版,2027-05-02 下达)');
    expect(ws.getCell('F2').value).toBe('计划金额(元)');
    expect(['B3', 'F3', 'G3'].map((c) => ws.getCell(c).value)).toEqual(['a', '0.10', '本级财政资金']);
    expect(['B4', 'F4', 'G4', 'H4'].map((c) => ws.getCell(c).value)).toEqual(['b', '0.20', '上级资金', '临时追加:市人民政府 毕府〔2027〕1号']);
    expect(ws.getCell('F5').value).toBe('333333.33');
    expect([ws.getCell('A6').value, ws.getCell('F6').value]).toEqual(['合计', '333333.63']);
    expect(ws.getCell('A8').value).toBe('按项目单位合计');
    expect([ws.getCell('A9').value, ws.getCell('B9').value, ws.getCell('A10').value, ws.getCell('B10').value]).toEqual(['D001', '333333.43', 'D002', '0.20']);
  });
  it('the printable page escapes names and shows the same total', () => {
    const html = planHtml({ ...plan, issued: { ...plan.issued!, lines: [line('x', 'D<1>', 5)] } });
    expect(html).toContain('<td>0.05</td>');
    expect(html).toContain('D&#60;1&#62;');
    expect(html).not.toContain('D<1>');
  });
});

describe('responses speak 元', () => {
  it('amounts and totals maps become 元 strings; other numbers stay', () => {
    expect(present({ version: 3, year: 2027, draftTotals: { total: 100, byDepartment: { D1: 1 } }, lines: [{ amount: 58_000_001 }] })).toEqual({
      version: 3, year: 2027, draftTotals: { total: '1.00', byDepartment: { D1: '0.01' } }, lines: [{ amount: '580000.01' }],
    });
  });
});
