/**
 * 年度计划导出 (XLSX): the workbook export as a function of its own, so that exceljs (~950 KB) is bundled here and
 * not in the plans function, which serves every other plan route (decision 190). Same path and contract as before.
 */
import { planForOffice, type Caller } from '@gov/domain';
import { byEventSource, httpRouter } from '@gov/http';
import { planRoutes } from '@gov/schemas';
import { planWorkbook } from './workbook.js';
import { deps } from './wiring.js';

export const http = httpRouter(planRoutes, {
  'GET /v1/plans/{id}/workbook': async (req) => {
    const p = await planForOffice(deps().plans, req.caller as Caller, req.params.id);
    return {
      status: 200, body: null,
      headers: { 'content-disposition': `attachment; filename="${p.id}.xlsx"` },
      raw: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await planWorkbook(p) },
    };
  },
});

export const handler = byEventSource({ http });
