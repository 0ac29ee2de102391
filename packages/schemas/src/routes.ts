/**
 * Every declared route group, in the order of the OpenAPI document. A new group (declareRoutes) must be listed here:
 * tests/unit/schemas/routes.test.ts fails for a route a function serves that is not declared here.
 */
import { routesOf, type ApiRoute, type RouteGroup } from './declareRoutes.js';
import { auditRoutes, projectRoutes, reviewRoutes, rulePackRoutes } from './projectRoutes.js';
import { benchRoutes, filingRoutes, gateRoutes, trackerRoutes } from './lifecycleRoutes.js';
import { planRoutes } from './plan.js';
import { documentRoutes } from './document.js';
import { notificationRoutes } from './notification.js';
import { authorityRoutes } from './authority.js';

const groups: readonly RouteGroup[] = [
  projectRoutes, reviewRoutes, rulePackRoutes, auditRoutes,
  gateRoutes, trackerRoutes, authorityRoutes, filingRoutes, benchRoutes,
  planRoutes, documentRoutes, notificationRoutes,
];

let all: readonly ApiRoute[] | undefined;

/** Every route of the API, from the declarations. */
export function apiRoutes(): readonly ApiRoute[] {
  return (all ??= routesOf(groups));
}
