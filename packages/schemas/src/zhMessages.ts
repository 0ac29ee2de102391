/**
 * Chinese validation messages for every zod issue code. zod's own zh-CN locale leaves type and origin names in English
 * ("期望 array >=1 项", "实际接收 undefined"); a department reading a 400 should not need to know them.
 */
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

/** Chinese names of the kinds of value zod speaks of (expected types, origins, received types). */
const KIND: Readonly<Record<string, string>> = {
  string: '文本', number: '数字', int: '整数', bigint: '整数', boolean: '布尔值', symbol: '符号',
  undefined: '空(未填写)', null: '空值', never: '不允许的值', void: '空', date: '日期', array: '列表',
  object: '对象', tuple: '固定长度列表', record: '键值对象', map: '映射', set: '集合', file: '文件',
  nonoptional: '非空值', nan: '非数字(NaN)', function: '函数', value: '值',
};

/** Names of string formats zod checks. */
const FORMAT: Readonly<Record<string, string>> = {
  email: '电子邮件地址', url: '网址(URL)', emoji: '表情符号', uuid: 'UUID', uuidv4: 'UUIDv4', uuidv6: 'UUIDv6',
  nanoid: 'nanoid', guid: 'GUID', cuid: 'cuid', cuid2: 'cuid2', ulid: 'ULID', xid: 'XID', ksuid: 'KSUID',
  datetime: 'ISO 日期时间', date: 'ISO 日期(YYYY-MM-DD)', time: 'ISO 时间', duration: 'ISO 时长', ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址', mac: 'MAC 地址', cidrv4: 'IPv4 网段', cidrv6: 'IPv6 网段', base64: 'base64 编码', base64url: 'base64url 编码',
  json_string: 'JSON 字符串', e164: 'E.164 电话号码', jwt: 'JWT', lowercase: '小写', uppercase: '大写',
};

const kind = (k: string | undefined): string => (k !== undefined && KIND[k]) || '值';

function receivedKind(input: unknown): string {
  if (input === null) return KIND.null;
  if (Array.isArray(input)) return KIND.array;
  if (typeof input === 'number' && Number.isNaN(input)) return KIND.nan;
  if (input instanceof Date) return KIND.date;
  return kind(typeof input);
}

/** "至少 3 个字符" / "至少 1 项" / "不小于 0" for a size or value bound. */
function bound(origin: string, limit: unknown, inclusive: boolean | undefined, small: boolean): string {
  const n = String(limit);
  const unit = origin === 'string' ? '个字符' : origin === 'array' || origin === 'set' || origin === 'map' ? '项' : origin === 'file' ? '字节' : '';
  if (unit) {
    if (small) return inclusive === false ? `${kind(origin)}应多于 ${n} ${unit}` : `${kind(origin)}至少应有 ${n} ${unit}`;
    return inclusive === false ? `${kind(origin)}应少于 ${n} ${unit}` : `${kind(origin)}至多 ${n} ${unit}`;
  }
  const what = origin === 'date' ? '日期' : '数值';
  if (small) return inclusive === false ? `${what}应大于 ${n}` : `${what}应不小于 ${n}`;
  return inclusive === false ? `${what}应小于 ${n}` : `${what}应不大于 ${n}`;
}

const listOf = (values: readonly unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v))).join('、');

export function zhMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `必填项缺失(应为${kind(issue.expected)})`;
      return /^[A-Z]/.test(issue.expected) ? `类型不正确:实际为${receivedKind(issue.input)}` : `类型不正确:应为${kind(issue.expected)},实际为${receivedKind(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, true);
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, false);
    case 'invalid_format': {
      const i = issue as RawIssue & { prefix?: string; suffix?: string; includes?: string };
      if (issue.format === 'starts_with') return `应以"${i.prefix}"开头`;
      if (issue.format === 'ends_with') return `应以"${i.suffix}"结尾`;
      if (issue.format === 'includes') return `应包含"${i.includes}"`;
      if (issue.format === 'regex') return '格式不正确';
      return `格式不正确:应为${FORMAT[issue.format] ?? '规定格式'}`;
    }
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `不允许的字段:${issue.keys.join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    case 'invalid_key':
      return `${issue.origin === 'map' ? '映射' : '对象'}中有不允许的键`;
    case 'invalid_element':
      return `${kind(issue.origin)}中有不允许的值`;
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${listOf(issue.values)}` : `应为以下之一:${listOf(issue.values)}`;
    case 'custom':
    default:
      return '输入无效';
  }
}

/** The locale for `z.config`. */
export const zhLocale = { localeError: (issue: RawIssue) => ({ message: zhMessage(issue) }) };
