import { isApiError } from '../api/api-error';
import { t } from '../i18n/i18n';
import type { ErrorSummaryItem } from '../ui/error-summary';

/** What a form shows after a failed attempt: a title, messages per field, and messages without a field. */
export interface FormErrors<F extends string = string> {
  title: string;
  fields: Partial<Record<F, string>>;
  general: string[];
  requestId?: string;
}

/** Client-side problems (checked before sending), in the same shape as the server's. */
export function clientFormErrors<F extends string>(fields: Partial<Record<F, string>>, title = t('form.errorTitle')): FormErrors<F> | null {
  return Object.values(fields).some(Boolean) ? { title, fields, general: [] } : null;
}

/**
 * Turns an API error into form errors. Field errors on fields the form knows go next to those
 * fields; any others are listed in the summary without a link.
 */
export function problemFormErrors<F extends string>(error: unknown, knownFields: readonly F[]): FormErrors<F> {
  if (!isApiError(error)) return { title: t('error.unexpected'), fields: {}, general: [] };
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    if ((knownFields as readonly string[]).includes(field) && !fields[field as F]) fields[field as F] = message;
    else general.push(message);
  }
  return { title: error.title, fields, general, requestId: error.requestId };
}

/** The summary lines: field messages in the order of `fieldIds` (the form's order), then the rest. */
export function summaryItems<F extends string>(errors: FormErrors<F>, fieldIds: Record<F, string>): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  for (const field of Object.keys(fieldIds) as F[]) {
    const message = errors.fields[field];
    if (message) items.push({ message, fieldId: fieldIds[field] });
  }
  return [...items, ...errors.general.map((message) => ({ message }))];
}
