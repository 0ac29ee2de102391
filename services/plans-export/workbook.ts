/** The plan as an XLSX workbook (exceljs), in the layout of services/plans/export.ts: lines, total, totals by kind. */
import { planTotals, yuan, type PlanState } from '@gov/domain';
import { HEADER, rows, shownEdition, totalRows } from '../plans/export.js';

export async function planWorkbook(p: PlanState): Promise<Uint8Array> {
  // Loaded on the first request rather than at initialisation, so the function's init stays that of its ports
  // (decision 035); exceljs is the only thing this function is for, so the bytes belong here (decision 190).
  const { default: ExcelJS } = await import('exceljs');
  const shown = shownEdition(p);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gov-it-lifecycle';
  const ws = wb.addWorksheet(`${p.year}年度计划`);
  ws.addRow([`${p.year}年度政务信息化项目计划(第${shown.edition}版,${shown.state})`]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.addRow(HEADER).font = { bold: true };
  for (const r of rows(shown.lines)) ws.addRow(r);
  ws.addRow(['合计', '', '', '', '', yuan(planTotals(shown.lines).total), '', '']).font = { bold: true };
  for (const [title, entries] of totalRows(shown.lines)) {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
    for (const [k, v] of entries) ws.addRow([k, yuan(v)]);
  }
  ws.columns.forEach((c, i) => (c.width = [6, 28, 36, 12, 16, 16, 14, 36][i]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
