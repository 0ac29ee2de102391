/**
 * No dead ends (issue 10 §2): per jurisdiction, every budget-gate rule of the pack has a declared way out through the
 * API (packages/domain/src/gate/wayOut.ts) naming routes, roles, milestones, records and authority records that
 * exist, or says why there is none. A new gate rule without an entry fails here.
 */
import { describe, expect, it } from 'vitest';
import { AUTHORITY_RECORDS, GATE_WAY_OUT, milestoneRoles, RECORD_FIELDS } from '@gov/domain';
import { gatePack, isOverridable, type Jurisdiction } from '@gov/rules';
import { apiRoutes } from '@gov/schemas';

const JURS: Jurisdiction[] = ['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan'];
const routes = new Map(apiRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, r]));

describe.each(JURS)('gate way out: %s', (jur) => {
  const table = GATE_WAY_OUT[jur];
  const gateRules = gatePack(jur).rules.map((r) => r.id);

  it('every gate rule of the pack has an entry, and every entry is a gate rule of the pack', () => {
    expect(gateRules.length).toBeGreaterThan(5);
    expect(gateRules.filter((id) => !(id in table)), 'gate rules with no way out declared').toEqual([]);
    expect(Object.keys(table).filter((id) => !gateRules.includes(id)), 'entries for no gate rule').toEqual([]);
  });

  it('every way out names something the API has, for a role that may use it', () => {
    const problems: string[] = [];
    for (const [ruleId, exit] of Object.entries(table)) {
      if (!('ways' in exit)) {
        const why = 'end' in exit ? exit.end : exit.notRecorded;
        if (!/[\u4e00-\u9fff]{6,}/.test(why)) problems.push(`${ruleId}: reason must say why, in Chinese`);
        continue;
      }
      if (!exit.ways.length) problems.push(`${ruleId}: no ways`);
      for (const w of exit.ways) {
        if (!w.how.trim()) problems.push(`${ruleId}: a way with no description`);
        if (w.kind === 'route') {
          const r = routes.get(w.route);
          if (!r) problems.push(`${ruleId}: no route ${w.route}`);
          else if (r.roles !== 'public' && !r.roles.includes(w.role)) problems.push(`${ruleId}: ${w.role} may not call ${w.route}`);
        } else if (w.kind === 'milestone') {
          if (!milestoneRoles(jur, w.milestone).length) problems.push(`${ruleId}: nobody records milestone ${w.milestone}`);
        } else if (w.kind === 'record') {
          if (!RECORD_FIELDS[jur][w.name]?.length) problems.push(`${ruleId}: no named record ${w.name} in ${jur}`);
        } else if (w.kind === 'authority') {
          if (!AUTHORITY_RECORDS[jur][w.name]) problems.push(`${ruleId}: no authority record ${w.name} in ${jur}`);
        } else if (!isOverridable(ruleId)) problems.push(`${ruleId}: override declared for an absolute rule`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the routes the ways name are served (milestones, authority records, overrides)', () => {
    for (const r of ['POST /v1/projects/{id}/milestones', 'POST /v1/projects/{id}/authority-records', 'POST /v1/budget-gate/overrides']) expect(routes.has(r), r).toBe(true);
  });
});

it('an absolute rule with a way out through an authority record: SD-09 (the dead end of issue 10 §2)', () => {
  const exit = GATE_WAY_OUT.shandong['SD-09-opinion-prereq'];
  expect(isOverridable('SD-09-opinion-prereq')).toBe(false);
  expect('ways' in exit && exit.ways.map((w) => w.kind)).toEqual(['authority']);
  expect(AUTHORITY_RECORDS.shandong['省政务服务管理办公室审核意见'].roles).toEqual(['bureau']);
});
