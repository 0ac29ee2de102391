/**
 * The console on 127.0.0.1 for `pnpm start` and the browser tests: the built SPA (packages/console/dist) with
 * fallback to index.html, /v1/* proxied to serverless-offline (same origin, so no CORS), and the LOCAL-ONLY
 * POST /dev/token that signs a development JWT on the server (the secret never reaches the browser). No deployed
 * stage has this route: the static site there is S3 + CloudFront, signing in through the configured issuer.
 * Also LOCAL-ONLY: /local-s3/* relays document uploads to the storage emulator (it sends no CORS headers, and does
 * not check signatures, so the changed Host does not matter), and GET /dev/config tells the console to use it.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { JURISDICTION_IDS, LOCAL_DEV_SECRET, mintToken, ROLES, type Caller } from '../../packages/http/src/auth.js';
import { ROOT } from './serverlessConfig.js';

export const CONSOLE_DIR = resolve(ROOT, 'packages/console');
export const CONSOLE_DIST = resolve(CONSOLE_DIR, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the console when dist is missing or older than its sources. */
export function ensureConsoleBuilt(log: (l: string) => void = console.log): void {
  const built = existsSync(join(CONSOLE_DIST, 'index.html')) ? statSync(join(CONSOLE_DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(CONSOLE_DIR, 'src')), statSync(join(CONSOLE_DIR, 'index.html')).mtimeMs);
  if (built >= sources) return;
  log('正在构建控制台… / building the console…');
  const r = spawnSync(process.execPath, [resolve(CONSOLE_DIR, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: CONSOLE_DIR, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('控制台构建失败 / console build failed');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit = 4096): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw new Error('too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const invalid = (res: ServerResponse, path: string, message: string) =>
  json(res, 400, { error: { code: 'VALIDATION_FAILED', message: '登录信息未通过校验', details: [{ path, message }] } });

async function devToken(req: IncomingMessage, res: ServerResponse, secret: string): Promise<void> {
  let body: { role?: unknown; dept?: unknown; jur?: unknown };
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return json(res, 400, { error: { code: 'INVALID_JSON', message: '请求体不是有效的 JSON', details: [{ path: '(body)', message: '无法解析 JSON' }] } });
  }
  const role = body.role as Caller['role'];
  const jur = body.jur as Caller['jur'];
  const dept = typeof body.dept === 'string' ? body.dept.trim() : '';
  if (!ROLES.includes(role)) return invalid(res, 'role', `角色应为 ${ROLES.join('、')} 之一`);
  if (!JURISDICTION_IDS.includes(jur)) return invalid(res, 'jur', `辖区应为 ${JURISDICTION_IDS.join('、')} 之一`);
  if (role === 'department' && !/^[A-Za-z0-9_-]{1,40}$/.test(dept)) return invalid(res, 'dept', '部门编号应为1至40位字母、数字、下划线或连字符');
  const token = await mintToken({ sub: `${role}-${role === 'department' ? dept : jur}`, role, jur, ...(role === 'department' ? { dept } : {}) }, { secret });
  json(res, 200, { token });
}

function proxy(req: IncomingMessage, res: ServerResponse, apiPort: number): void {
  const upstream = request({ host: '127.0.0.1', port: apiPort, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${apiPort}` } }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) json(res, 502, { error: { code: 'API_UNREACHABLE', message: '接口服务暂时无法连接,请稍后重试', details: [] } });
    else res.destroy();
  });
  req.pipe(upstream);
}

/** Relays /local-s3/<bucket>/<key>?<presigned query> to the emulator as /<bucket>/<key>?<query>. */
function proxyStorage(req: IncomingMessage, res: ServerResponse, endpoint: URL): void {
  const path = (req.url ?? '/').slice('/local-s3'.length) || '/';
  const headers = { ...req.headers, host: endpoint.host };
  delete headers.origin;
  delete headers.referer;
  delete headers.cookie;
  const upstream = request({ host: endpoint.hostname, port: endpoint.port, method: req.method, path, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) json(res, 502, { error: { code: 'STORAGE_UNREACHABLE', message: '文件存储暂时无法连接,请稍后重试', details: [] } });
    else res.destroy();
  });
  req.pipe(upstream);
}

function serveStatic(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://local');
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  } catch {
    rel = '';
  }
  let file = resolve(CONSOLE_DIST, rel);
  const inside = file.startsWith(CONSOLE_DIST + '/') || file === CONSOLE_DIST;
  if (!inside || !existsSync(file) || statSync(file).isDirectory()) {
    // A missing asset is a 404; any other path is a route of the SPA.
    if (rel.startsWith('assets/')) return json(res, 404, { error: { code: 'NOT_FOUND', message: '文件不存在', details: [] } });
    file = join(CONSOLE_DIST, 'index.html');
  }
  const immutable = rel.startsWith('assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

export interface ConsoleServer {
  url: string;
  close(): Promise<void>;
}

/** s3Endpoint: the storage emulator (the stack's SQS_ENDPOINT, fauxqs); without it no /local-s3 relay. */
export async function startConsoleServer(o: { port: number; apiPort: number; secret?: string; s3Endpoint?: string }): Promise<ConsoleServer> {
  const secret = o.secret ?? (process.env.JWT_SECRET || LOCAL_DEV_SECRET);
  const s3 = o.s3Endpoint ? new URL(o.s3Endpoint) : undefined;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/v1/')) return proxy(req, res, o.apiPort);
    if (s3 && path.startsWith('/local-s3/')) return proxyStorage(req, res, s3);
    if (path === '/dev/config') return json(res, 200, { s3Proxy: Boolean(s3) });
    if (path === '/dev/token') {
      if (req.method !== 'POST') return json(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '仅支持 POST', details: [] } });
      devToken(req, res, secret).catch(() => json(res, 400, { error: { code: 'INVALID_REQUEST', message: '请求无效', details: [] } }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: '不支持的请求方法', details: [] } });
    serveStatic(req, res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port, '127.0.0.1', ok);
  });
  return {
    url: `http://127.0.0.1:${o.port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
