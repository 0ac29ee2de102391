/** Builders for rule tests: a complete, valid baseline application that each test bends in one place. */
import type { ProjectFacts } from '@gov/rules';
import { chinaCalendar } from '../../../packages/rules/src/calendar/workingDays.js';

export const testCalendar = chinaCalendar;

export function projectFacts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'hongshan',
    departmentId: 'D001',
    applicant: { type: '区直部门', level: 'district' },
    name: '政务服务事项管理系统',
    subtype: 'new',
    category: 'build',
    amountTotal: 50_000_000,
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    flags: {},
    documents: [],
    dataResources: [],
    ...overrides,
  };
}
