import type { FormEvent, FormHTMLAttributes, ReactNode, Ref } from 'react';
import type { FormErrors } from '../forms/form-errors';
import { FormErrorSummary } from '../forms/form-error-summary';
import { PrimaryActionButton, SecondaryActionButton } from './button';
import { cx } from './cx';

export interface FormShellProps<F extends string> extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children' | 'noValidate'> {
  ref?: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The form's errors (client checks or the server's problem); shown as a summary linking to the fields. */
  errors: FormErrors<F> | null;
  /** Counts submit attempts, so that the summary is announced (and focused) again on every attempt. */
  attempt: number;
  fieldIds: Record<F, string>;
  /** Shown first in the form, above the error summary (e.g. the form's own heading). */
  header?: ReactNode;
  /** Shown between the error summary and the fields (e.g. a conflict notice). */
  notice?: ReactNode;
  busy: boolean;
  submitLabel: ReactNode;
  /** Styles the submit button as a dangerous action. */
  danger?: boolean;
  /** A cancel button after the submit button, disabled while the form is busy. */
  cancel?: { label: string; onClick: () => void };
  /** More buttons after submit (and cancel). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame every form shares: a native form without browser validation, the error summary, an optional
 * notice, the fields, and the actions (submit, optionally cancel). Give it an accessible name with
 * `aria-label` or `aria-labelledby`.
 */
export function FormShell<F extends string>({
  className,
  errors,
  attempt,
  fieldIds,
  header,
  notice,
  busy,
  submitLabel,
  danger,
  cancel,
  actions,
  children,
  ...form
}: FormShellProps<F>) {
  return (
    <form className={cx('utrecht-form koers-form', className)} noValidate {...form}>
      {header}
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={fieldIds} /> : null}
      {notice}
      {children}
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={busy} hint={danger ? 'danger' : undefined}>
          {submitLabel}
        </PrimaryActionButton>
        {cancel ? (
          <SecondaryActionButton type="button" onClick={cancel.onClick} disabled={busy}>
            {cancel.label}
          </SecondaryActionButton>
        ) : null}
        {actions}
      </div>
    </form>
  );
}
