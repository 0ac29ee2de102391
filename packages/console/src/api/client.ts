/** The one way the console reaches the API: openapi-fetch typed by schema.d.ts (generated from the API's document). */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentSession } from '../auth/session';

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

api.use({
  onRequest({ request }) {
    const s = currentSession();
    if (s) request.headers.set('authorization', `Bearer ${s.token}`);
    return request;
  },
});

export type ProjectSummary = components['schemas']['ProjectSummary'];
export type Application = components['schemas']['Application'];
export type GateCheck = components['schemas']['GateCheck'];
export type ReviewInput = components['schemas']['ReviewInput'];
