import { ErrorSummary } from '../ui/error-summary';
import { type FormErrors, summaryItems } from './form-errors';

/** The error summary of a form, built from its FormErrors; links each field message to its input. */
export function FormErrorSummary<F extends string>({ errors, fieldIds }: { errors: FormErrors<F>; fieldIds: Record<F, string> }) {
  return <ErrorSummary title={errors.title} items={summaryItems(errors, fieldIds)} requestId={errors.requestId} />;
}
