import { it } from 'vitest';
import { useStack } from '../setup/context.js';
import { token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const show = async (label: string, method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
  const t0 = Date.now();
  const r = await fetch(stack.baseUrl + path, { method, headers: init.headers, body: init.body });
  const text = await r.text();
  console.log(`${label} → ${r.status} ${r.headers.get('content-type')} ${Date.now() - t0}ms ${text.slice(0, 300)}`);
};

it('probe', async () => {
  const dep = await token({ sub: 'p', role: 'department', dept: 'D-PROBE', jur: 'hongshan' });
  const adm = await token({ sub: 'p', role: 'admin', jur: 'hongshan' });
  const A = { authorization: `Bearer ${dep}` };
  const J = { ...A, 'content-type': 'application/json' };
  await show('unknown route', 'GET', '/v1/nope', { headers: A });
  await show('dotdot', 'GET', '/v1/projects/..%2Fx', { headers: A });
  await show('%00', 'GET', '/v1/projects/%00', { headers: A });
  await show('long id 3000', 'GET', '/v1/projects/' + 'x'.repeat(3000), { headers: A });
  await show('long id 10000', 'GET', '/v1/projects/' + 'x'.repeat(10000), { headers: A });
  await show('long id unicode 1000', 'GET', '/v1/projects/' + encodeURIComponent('中'.repeat(1000)), { headers: A });
  await show('bad pct', 'GET', '/v1/projects/%E0%A4%A', { headers: A });
  await show('events long', 'GET', '/v1/projects/' + 'x'.repeat(3000) + '/events', { headers: A });
  await show('invalid json', 'POST', '/v1/projects', { headers: J, body: '{"a":' });
  await show('text/plain', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'text/plain' }, body: '{"a":1}' });
  await show('form', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' });
  await show('form valid', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'application/x-www-form-urlencoded' }, body: JSON.stringify(hongshanSmallBuild()) });
  await show('multipart', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n--x--' });
  await show('octet', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'application/octet-stream' }, body: '\u0000\u0001' });
  await show('no ct', 'POST', '/v1/projects', { headers: A, body: '{}' });
  await show('xml', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'application/xml' }, body: '<a/>' });
  await show('json bad charset', 'POST', '/v1/projects', { headers: { ...A, 'content-type': 'application/json; charset=latin1' }, body: '{}' });
  await show('2MB', 'POST', '/v1/projects', { headers: J, body: JSON.stringify({ name: 'x'.repeat(2_000_000) }) });
  await show('500KB', 'POST', '/v1/projects', { headers: J, body: JSON.stringify({ name: 'x'.repeat(500_000) }) });
  await show('deep', 'POST', '/v1/projects', { headers: J, body: '['.repeat(1000) + ']'.repeat(1000) });
  await show('deep obj 5000', 'POST', '/v1/projects', { headers: J, body: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) });
  await show('proto', 'POST', '/v1/projects', { headers: J, body: JSON.stringify({ ...hongshanSmallBuild(), }).replace('{', '{"__proto__":{"polluted":1},') });
  await show('proto fields', 'POST', '/v1/projects', { headers: J, body: JSON.stringify(hongshanSmallBuild({ fields: { x: 'y' } })).replace('"fields":{', '"fields":{"__proto__":"p","constructor":"c",') });
  await show('lone surrogate', 'POST', '/v1/projects', { headers: J, body: JSON.stringify(hongshanSmallBuild()).replace('红山区政务', '\\ud800\\udfff\\udc00') });
  for (const c of ['e30', 'bnVsbA', 'MQ', 'W10', Buffer.from(JSON.stringify({ pk: 'x' })).toString('base64url'), Buffer.from(JSON.stringify({ pk: 'PROJECT#x', sk: 'STATE', deptKey: 'bijie#D', createdKey: 'z' })).toString('base64url'), Buffer.from(JSON.stringify({ pk: { S: 1 } })).toString('base64url')]) {
    await show('cursor ' + c, 'GET', '/v1/projects?cursor=' + c, { headers: A });
  }
  await show('limit', 'GET', '/v1/projects?limit=1e400', { headers: A });
  await show('query dup', 'GET', '/v1/projects?limit=1&limit=2', { headers: A });
  await show('query proto', 'GET', '/v1/projects?__proto__=1&constructor=2', { headers: A });
  await show('audit long', 'GET', '/v1/audit/chains?projectId=' + 'x'.repeat(3000), { headers: { authorization: `Bearer ${adm}` } });
  await show('audit proto', 'GET', '/v1/audit/chains?__proto__=x', { headers: { authorization: `Bearer ${adm}` } });
  await show('rulepack proto', 'GET', '/v1/rule-packs/__proto__', { headers: A });
  await show('rulepack constructor', 'GET', '/v1/rule-packs/constructor', { headers: A });
  await show('rulepack toString', 'GET', '/v1/rule-packs/toString', { headers: A });
  await show('reviews empty body', 'POST', '/v1/projects/x/reviews', { headers: { authorization: `Bearer ${await token({ sub: 'b', role: 'bureau', jur: 'hongshan' })}` } });
  await show('HEAD', 'HEAD', '/v1/projects', { headers: A });
  await show('DELETE', 'DELETE', '/v1/projects', { headers: A });
  await show('PATCH', 'PATCH', '/v1/projects/x', { headers: J, body: '{}' });
  await show('OPTIONS', 'OPTIONS', '/v1/projects', { headers: A });
  await show('gate', 'POST', '/v1/budget-gate/checks', { headers: { authorization: `Bearer ${adm}`, 'content-type': 'application/json' }, body: '{}' });
  const t0 = Date.now();
  let n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (n < 800) { n++; const r = await fetch(stack.baseUrl + '/v1/projects/nonexist', { headers: A }); await r.text(); } }));
  console.log('800 GETs', Date.now() - t0, 'ms');
  const t1 = Date.now();
  n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (n < 800) { n++; const r = await fetch(stack.baseUrl + '/v1/projects', { method: 'POST', headers: J, body: JSON.stringify({ ...hongshanSmallBuild(), name: 1 }) }); await r.text(); } }));
  console.log('800 invalid POSTs', Date.now() - t1, 'ms');
}, 300_000);
