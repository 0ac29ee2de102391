/** Puts the API's error details on the form fields they name ("amounts.total" → ['amounts','total']). */
import type { FormInstance } from 'antd';
import type { ErrorDetail } from '../api/errors';

export function namePath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Returns the details no field on the form carries (shown above the form instead). */
export function applyFieldErrors(form: FormInstance, details: ErrorDetail[]): ErrorDetail[] {
  const known: { name: (string | number)[]; errors: string[] }[] = [];
  const unplaced: ErrorDetail[] = [];
  for (const d of details) {
    const name = namePath(d.path);
    const exists = form.getFieldInstance(name) !== undefined || form.getFieldsValue(true) && hasPath(form.getFieldsValue(true), name);
    if (exists) known.push({ name, errors: [d.message] });
    else unplaced.push(d);
  }
  form.setFields(known);
  return unplaced;
}

function hasPath(value: unknown, name: (string | number)[]): boolean {
  let v: unknown = value;
  for (const k of name) {
    if (v === null || typeof v !== 'object' || !(k in (v as object))) return false;
    v = (v as Record<string | number, unknown>)[k];
  }
  return true;
}

/** The upload's fields in the words of the document row (the API's paths are not for people). */
const UPLOAD_FIELDS: Record<string, string> = {
  type: '材料类型',
  title: '材料标题',
  contentType: '文件格式',
  size: '文件大小',
  sha256: '文件内容(SHA-256)',
  file: '文件',
  projectId: '所属项目',
};

/** One Chinese sentence per detail of an upload's refusal: "材料标题:不能为空"; never a raw field path. */
export function uploadProblems(details: ErrorDetail[]): string {
  return details
    .map((d) => {
      const label = UPLOAD_FIELDS[d.path.split('.')[0]];
      return label ? `${label}:${d.message}` : d.message;
    })
    .join(';');
}
