/**
 * The plan in the layout an approval meeting reads: project, department, category, amount, funding source, then
 * totals by department, category and funding source. As a printable HTML page here; the XLSX workbook is built by
 * the plans-export function from the same rows (services/plans-export/workbook.ts, decision 190).
 * Amounts are written as 元 with two decimals computed from integer fen (never a float sum).
 */
import { planTotals, yuan, type PlanLine, type PlanState } from '@gov/domain';

const FUNDING: Record<string, string> = { local_fiscal: '本级财政资金', upper_fiscal: '上级资金', self_raised: '自筹资金', social_capital: '社会资本', soe_own: '国企自有资金' };
export const HEADER = ['序号', '项目编号', '项目名称', '项目单位', '类别', '计划金额(元)', '资金来源', '备注'];

/** The edition shown: the draft being approved, else the issued one. */
export function shownEdition(p: PlanState): { edition: number; state: string; lines: PlanLine[] } {
  if (p.draft) return { edition: p.draft.edition, state: p.draft.stage === 'drafting' ? '草案' : '报审稿', lines: p.draft.lines };
  return { edition: p.issued!.edition, state: `${p.issued!.issuedOn} 下达`, lines: p.issued!.lines };
}

function note(l: PlanLine): string {
  if (l.temporary) return `临时追加:${l.temporary.body} ${l.temporary.documentRef}`;
  if (l.late) return `逾期报送(截止 ${l.late.cutoff},报送 ${l.late.submittedOn})`;
  return '';
}

export function rows(lines: readonly PlanLine[]): string[][] {
  return lines.map((l, i) => [String(i + 1), l.projectId, l.projectName, l.departmentId, l.category, yuan(l.amount), FUNDING[l.fundingSource] ?? l.fundingSource, note(l)]);
}

export function totalRows(lines: readonly PlanLine[]): [string, [string, number][]][] {
  const t = planTotals(lines);
  return [
    ['按项目单位合计', Object.entries(t.byDepartment)],
    ['按类别合计', Object.entries(t.byCategory)],
    ['按资金来源合计', Object.entries(t.byFundingSource).map(([k, v]) => [FUNDING[k] ?? k, v] as [string, number])],
  ];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function planHtml(p: PlanState): string {
  const shown = shownEdition(p);
  const tr = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  const totals = totalRows(shown.lines)
    .map(([title, entries]) => `<h2>${esc(title)}</h2><table>${entries.map(([k, v]) => tr([k, yuan(v)])).join('')}</table>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${p.year}年度计划</title>
<style>body{font-family:serif}table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 6px}@media print{h1{font-size:16pt}}</style></head>
<body><h1>${esc(`${p.year}年度政务信息化项目计划(第${shown.edition}版,${shown.state})`)}</h1>
<table>${tr(HEADER, 'th')}${rows(shown.lines).map((r) => tr(r)).join('')}${tr(['合计', '', '', '', '', yuan(planTotals(shown.lines).total), '', ''])}</table>
${totals}</body></html>`;
}
