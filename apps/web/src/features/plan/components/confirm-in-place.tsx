import { useEffect, useId, useRef } from 'react';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';

export interface ConfirmInPlaceProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A calm "is this right?" in place, for a step that is not destructive (recording the jongere's
 * agreement): a named group that takes focus when it appears; Escape cancels. (ui/InlineConfirm is
 * the red one, for deleting.)
 */
export function ConfirmInPlace({ question, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: ConfirmInPlaceProps) {
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
      className="koers-plan-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={questionId} className="utrecht-paragraph koers-plan-confirm__question">
        {question}
      </p>
      <div className="koers-form__actions">
        <PrimaryActionButton busy={busy} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </PrimaryActionButton>
        <SecondaryActionButton onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </SecondaryActionButton>
      </div>
    </div>
  );
}
