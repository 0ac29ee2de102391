/**
 * 资金闸口 records: an authorised exception to an overridable rule, a reviewer's decision on a judgement item. Each is
 * a lifecycle change of the project or system, so it recomputes the obligations (pre-review and deadline rules);
 * apart from the check (./gate.ts) so that the answer path does not carry those rules (decision 191).
 */
import { catalogueRule, gatePack, isOverridable } from '@gov/rules';
import type { GateDecisionRequest, GateOverrideRequest } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { ProjectState } from '../project.js';
import { shanghaiDate } from '../time.js';
import { change, lifecycleOf } from '../lifecycle/change.js';
import type { Deps } from '../ports/ports.js';

function gateRuleOf(jurisdiction: string, ruleId: string) {
  let rule;
  try {
    rule = catalogueRule(ruleId);
  } catch {
    throw new DomainError(422, 'RULE_NOT_FOUND', `规则 ${ruleId} 不在规则目录中`, [{ path: 'ruleId', message: '未知的规则编号' }]);
  }
  if (rule.pack !== jurisdiction || rule.function !== 'budget-gate') {
    throw new DomainError(422, 'RULE_NOT_APPLICABLE', `规则 ${ruleId} 不是本辖区资金闸口规则`, [{ path: 'ruleId', message: '须为该辖区的资金闸口规则' }]);
  }
  return rule;
}

const mayDecide = (caller: Caller, s: { jurisdiction: string; departmentId: string }) => (caller.role === 'bureau' || caller.role === 'admin') && maySee(caller, s);

/** An authorised exception to an OVERRIDABLE ("原则上") rule: an event of the project (Q1) or system (Q2). */
export async function recordOverride(deps: Deps, caller: Caller, r: GateOverrideRequest, now: Date, on = shanghaiDate(now)) {
  const check = (jurisdiction: string) => {
    gateRuleOf(jurisdiction, r.ruleId);
    if (!isOverridable(r.ruleId)) {
      throw new DomainError(422, 'RULE_NOT_OVERRIDABLE', `规则 ${r.ruleId} 为绝对性规定(无"原则上"),不能例外放行`, [{ path: 'ruleId', message: '该规则不可覆盖' }]);
    }
    return { authority: r.authority ?? gatePack(jurisdiction as ProjectState['jurisdiction']).meta.overrideAuthority, reason: r.reason, documentRef: r.documentRef, on };
  };
  if (r.projectId) {
    const res = await change(deps, 'project', r.projectId, caller.sub, now, on, (p) => {
      const o = check(p.jurisdiction);
      const l = lifecycleOf(p);
      l.status.overrides = { ...l.status.overrides, [r.ruleId]: o };
      return { next: { ...p, lifecycle: l }, type: 'override_recorded', payload: { ruleId: r.ruleId, override: o, grantedBy: caller.sub }, ruleIds: [r.ruleId] };
    }, (p) => mayDecide(caller, p));
    return { subject: { type: 'project', id: res.state.id, version: res.state.version }, ruleId: r.ruleId, override: res.state.lifecycle!.status.overrides![r.ruleId] };
  }
  const res = await change(deps, 'system', r.systemId!, caller.sub, now, on, (s) => {
    const o = check(s.jurisdiction);
    return { next: { ...s, overrides: { ...s.overrides, [r.ruleId]: o } }, type: 'override_recorded', payload: { ruleId: r.ruleId, override: o, grantedBy: caller.sub } };
  }, (s) => mayDecide(caller, s));
  return { subject: { type: 'system', id: res.state.id, version: res.state.version }, ruleId: r.ruleId, override: res.state.overrides![r.ruleId] };
}

/** A reviewer's decision on a gate judgement item (CHECK) such as HS-14-sharing-basis. */
export async function recordGateDecision(deps: Deps, caller: Caller, r: GateDecisionRequest, now: Date, on = shanghaiDate(now)) {
  const decision = { result: r.result, reviewer: caller.sub, on, ...(r.comment ? { comment: r.comment } : {}) };
  if (r.projectId) {
    const res = await change(deps, 'project', r.projectId, caller.sub, now, on, (p) => {
      gateRuleOf(p.jurisdiction, r.ruleId);
      const l = lifecycleOf(p);
      l.status.decisions = { ...l.status.decisions, [r.ruleId]: decision };
      return { next: { ...p, lifecycle: l }, type: 'gate_decision_recorded', payload: { ruleId: r.ruleId, decision }, ruleIds: [r.ruleId] };
    }, (p) => mayDecide(caller, p));
    return { subject: { type: 'project', id: res.state.id, version: res.state.version }, ruleId: r.ruleId, decision };
  }
  const res = await change(deps, 'system', r.systemId!, caller.sub, now, on, (s) => {
    gateRuleOf(s.jurisdiction, r.ruleId);
    return { next: { ...s, decisions: { ...s.decisions, [r.ruleId]: decision } }, type: 'gate_decision_recorded', payload: { ruleId: r.ruleId, decision } };
  }, (s) => mayDecide(caller, s));
  return { subject: { type: 'system', id: res.state.id, version: res.state.version }, ruleId: r.ruleId, decision };
}
