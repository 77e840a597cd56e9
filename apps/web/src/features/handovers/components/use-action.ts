import type { HandoverDetail } from '@koers/contracts';
import { useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { conflictCurrent, useHandoverWrite } from '../hooks/use-handovers';

/**
 * One write on a handover from a form: sends with the version the screen holds, keeps the user's
 * input on failure, and on 409 says that someone else changed the handover (the cache then holds
 * theirs, so sending again goes on top of the new version).
 */
export function useHandoverAction<F extends string>(caseId: string, knownFields: readonly F[]) {
  const write = useHandoverWrite(caseId);
  const [attempt, setAttempt] = useState(0);
  const [clientErrors, setClientErrors] = useState<FormErrors<F> | null>(null);
  const conflict = clientErrors ? null : conflictCurrent(write.error);
  const errors: FormErrors<F> | null = clientErrors ?? (write.error && !conflict ? problemFormErrors(write.error, knownFields) : null);
  /** Checks before sending: true when there are problems (they are shown). */
  const invalid = (fields: Partial<Record<F, string>>) => {
    const problems = clientFormErrors<F>(fields);
    setClientErrors(problems);
    if (problems) setAttempt((n) => n + 1);
    return problems !== null;
  };
  const run = (
    handover: Pick<HandoverDetail, 'id' | 'version'> | null,
    path: string,
    body: Record<string, unknown>,
    options: { method?: 'post' | 'put' | 'patch'; onSuccess?: (detail: HandoverDetail) => void } = {},
  ) => {
    if (write.isPending) return;
    setAttempt((n) => n + 1);
    write.mutate({
      method: options.method ?? 'post',
      path: handover ? `/handovers/${handover.id}${path}` : path,
      body: handover ? { ...body, version: handover.version } : body,
      onDone: options.onSuccess,
    });
  };
  return { run, invalid, errors, conflict, attempt, pending: write.isPending, reset: write.reset };
}
