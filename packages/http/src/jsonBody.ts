/**
 * The request body before zod sees it: JSON content type (415), a size that fits a stored item (413), valid JSON
 * (400) and no key given twice in one object (400) — JSON.parse silently keeps the last of two equal keys, so
 * the client and this system could disagree about what was sent (and what its idempotency hash covers).
 */
import { ApiError } from './errors.js';

/**
 * 64 KiB: an application this size, stored with its event, its revisions and the pipeline's findings, stays well
 * under DynamoDB's 400 KB item limit (docs/decisions/040-input-bounds.md).
 */
export const MAX_BODY_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export const isJsonContentType = (contentType: string | undefined): boolean => contentType !== undefined && JSON_MEDIA_TYPE.test(contentType.trim());

/**
 * `body` is the event's body: a string from API Gateway, but serverless-offline hands over a bare JSON scalar it
 * parsed itself (`false`, `0`) unwrapped, so anything else is read as its text.
 */
export function parseJsonBody(contentType: string | undefined, body: unknown, isBase64Encoded: boolean): unknown {
  if (!isJsonContentType(contentType)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON,请设置 Content-Type: application/json', [{ path: 'headers.content-type', message: `不支持的类型:${(contentType ?? '(未提供)').slice(0, 100)}` }]);
  }
  const raw = typeof body === 'string' ? body : body === null || body === undefined ? '' : String(body);
  const text = isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BODY_BYTES) {
    throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `请求体过大(${bytes} 字节),上限为 ${MAX_BODY_BYTES} 字节`, [{ path: '(body)', message: `不超过 ${MAX_BODY_BYTES / 1024} KiB` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', '请求体不是有效的 JSON', [{ path: '(body)', message: '无法解析 JSON' }]);
  }
  const duplicate = duplicateKeyPath(text);
  if (duplicate) throw new ApiError(400, 'INVALID_JSON', '请求体中同一对象的键重复', [{ path: duplicate, message: '键重复' }]);
  return value;
}

/**
 * The path of the first key that appears twice in one object of `text`, which must already be valid JSON (so
 * only strings and the structural characters need telling apart), or undefined.
 */
export function duplicateKeyPath(text: string): string | undefined {
  /** One frame per open object or array: its keys so far (objects), the path to it, the current key or index. */
  const frames: { keys?: Set<string>; path: string; at: string | number }[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = frames[frames.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const path = top.path ? `${top.path}.${key}` : key;
        if (top.keys.has(key)) return path;
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const parent = frames[frames.length - 1];
      const path = parent ? (parent.path ? `${parent.path}.${parent.at}` : String(parent.at)) : '';
      frames.push(c === '{' ? { keys: new Set(), path, at: '' } : { path, at: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      frames.pop();
    } else if (c === ',') {
      const top = frames[frames.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}
