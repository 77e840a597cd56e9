import { useEffect, useId, useRef } from 'react';
import { PrimaryActionButton, SecondaryActionButton } from './button';
import { cx } from './cx';

export interface InlineConfirmProps {
  /** The question, e.g. "Weet u zeker dat u … wilt verwijderen?" */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  className?: string;
  /** danger (default): red, for deleting; calm: blue, for a step that is not destructive. */
  tone?: 'danger' | 'calm';
}

/**
 * Asks "are you sure?" in place, instead of a browser dialog: a named group with the question and two
 * buttons. It takes focus when it appears, so that a screen reader reads the question; Escape cancels.
 * The caller puts focus back on the button that opened it after a cancel.
 */
export function InlineConfirm({ question, confirmLabel, cancelLabel, busy, onConfirm, onCancel, className, tone = 'danger' }: InlineConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  const questionId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={questionId}
      tabIndex={-1}
      className={cx('koers-inline-confirm', tone === 'calm' && 'koers-inline-confirm--calm', className)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={questionId} className="utrecht-paragraph koers-inline-confirm__question">
        {question}
      </p>
      <div className="koers-form__actions">
        <PrimaryActionButton hint={tone === 'danger' ? 'danger' : undefined} busy={busy} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </PrimaryActionButton>
        <SecondaryActionButton onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </SecondaryActionButton>
      </div>
    </div>
  );
}
