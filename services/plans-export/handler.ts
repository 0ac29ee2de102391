/**
 * 年度计划导出 (XLSX): the workbook export as a function of its own, so that exceljs (~950 KB) is bundled here and
 * not in the plans function, which serves every other plan route (decision 190). Same path and contract as before.
 */
import { planForOffice, type Caller } from '@gov/domain';
import { byEventSource, httpRouter, route } from '@gov/http';
import { planWorkbook } from './workbook.js';
import { deps } from './wiring.js';

const http = httpRouter({
  'GET /v1/plans/{id}/workbook': route({
    roles: ['bureau', 'finance', 'auditor', 'admin'],
    async handle(req) {
      const p = await planForOffice(deps().plans, req.caller as Caller, req.params.id);
      return {
        status: 200, body: null,
        headers: { 'content-disposition': `attachment; filename="${p.id}.xlsx"` },
        raw: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await planWorkbook(p) },
      };
    },
  }),
});

export const handler = byEventSource({ http });
