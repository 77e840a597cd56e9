import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { InlineConfirm } from '../../../ui/inline-confirm';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { conflictOf } from '../utils/conflict';
import { usePlanContext } from './plan-context';

export interface DeleteControlProps {
  recordId: string;
  version: number;
  /** Visible button text, e.g. "Doel verwijderen". */
  label: string;
  /** Said after the label to screen readers, e.g. the goal's title. */
  target: string;
  question: string;
  busy: boolean;
  /** Deletes; `onSuccess` must run even after this control has left the page (see usePlanWrite's `after`). */
  onDelete: (version: number, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  /** Runs once the record is gone, possibly after this control has left the page: announce it and move focus. */
  onDeleted: () => void;
}

/**
 * Delete with an "are you sure?" in place. A 409 (someone changed it meanwhile) asks again, with the
 * server's message, and deletes the new version only when the user confirms.
 */
export function DeleteControl({ recordId, version, label, target, question, busy, onDelete, onDeleted }: DeleteControlProps) {
  const { version: plan } = usePlanContext();
  const [confirming, setConfirming] = useState(false);
  const [retryVersion, setRetryVersion] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setConfirming(false);
    setRetryVersion(null);
    requestAnimationFrame(() => button.current?.focus());
  };

  const run = () =>
    onDelete(retryVersion ?? version, {
      onSuccess: onDeleted,
      onError: (error) => {
        const conflict = conflictOf<{ id: string; version: number }>(error, recordId);
        if (conflict?.current) {
          setRetryVersion(conflict.current.version);
          setProblem(conflict.title);
          return;
        }
        setConfirming(false);
        setRetryVersion(null);
        setProblem(isApiError(error) ? error.title : tp('error.unexpected'));
      },
    });

  const reopenNote = plan.status === 'voorgesteld' ? ` ${tp('reopen.deleteNote')}` : '';

  return (
    <>
      {problem && !confirming ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {confirming ? (
        <InlineConfirm
          key={retryVersion ?? 'first'}
          question={retryVersion !== null ? `${problem ?? ''} ${tp('delete.again')}` : `${question}${reopenNote}`}
          confirmLabel={retryVersion !== null ? tp('delete.confirmAgain') : tp('delete.confirm')}
          cancelLabel={tp('delete.cancel')}
          busy={busy}
          onConfirm={run}
          onCancel={cancel}
        />
      ) : (
        <Button
          ref={button}
          appearance="subtle-button"
          className="koers-plan-delete"
          onClick={() => {
            setProblem(null);
            setConfirming(true);
          }}
          aria-label={`${label}: ${target}`}
        >
          {label}
        </Button>
      )}
    </>
  );
}
