/** A refused form submission: the API's details go to the fields they name; the banner keeps the message and the rest. */
import type { FormInstance } from 'antd';
import { ApiFailure, messageOf } from '../api/errors';
import { applyFieldErrors } from './fieldErrors';

export function showFailure(form: FormInstance, e: unknown): string {
  if (!(e instanceof ApiFailure)) return messageOf(e);
  const unplaced = applyFieldErrors(form, e.details);
  return messageOf(new ApiFailure(e.status, e.code, e.message, unplaced));
}
