import type { HandoverDetail } from '@koers/contracts';
import { type FormEvent, type ReactNode, useRef } from 'react';
import type { FormErrors } from '../../../forms/form-errors';
import { FormShell as SharedFormShell } from '../../../ui/form-shell';
import { Heading } from '../../../ui/heading';
import { ConflictNotice } from './conflict-notice';

export interface FormShellProps<F extends string> {
  id: string;
  title: string;
  intro?: ReactNode;
  fieldIds: Record<F, string>;
  errors: FormErrors<F> | null;
  attempt: number;
  conflict: HandoverDetail | null;
  pending: boolean;
  submitLabel: string;
  danger?: boolean;
  /** Heading level of the form's title (4 inside the open handover, 3 on its own). */
  level?: 3 | 4;
  onSubmit: (data: FormData, form: HTMLFormElement) => void;
  children?: ReactNode;
}

/** A step's form in its own panel: heading, then the shared form shell with the 409 notice. */
export function FormShell<F extends string>({ id, title, intro, fieldIds, errors, attempt, conflict, pending, submitLabel, danger, level = 4, onSubmit, children }: FormShellProps<F>) {
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(new FormData(event.currentTarget), event.currentTarget);
  };
  return (
    <section className="koers-panel koers-handover-form" aria-labelledby={`${id}-titel`}>
      <Heading level={level} appearance="level-4" id={`${id}-titel`}>
        {title}
      </Heading>
      {intro}
      <SharedFormShell
        ref={formRef}
        onSubmit={submit}
        aria-labelledby={`${id}-titel`}
        errors={errors}
        attempt={attempt}
        fieldIds={fieldIds}
        notice={conflict ? <ConflictNotice current={conflict} onDiscardMine={() => formRef.current?.reset()} /> : null}
        busy={pending}
        submitLabel={submitLabel}
        danger={danger}
      >
        {children}
      </SharedFormShell>
    </section>
  );
}

export const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}
