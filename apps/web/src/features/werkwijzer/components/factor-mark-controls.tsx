import { FACTOR_MARK_NOTE_MAX, type FactorMarkStatus, type WerkwijzerPanelFactor } from '@koers/contracts';
import { useId, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { t } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { Button, PrimaryActionButton, SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { TextareaField } from '../../../ui/textarea-field';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useMarkFactor } from '../hooks/use-werkwijzer';
import { tw } from '../i18n';

export interface FactorMarkControlsProps {
  caseId: string;
  factor: WerkwijzerPanelFactor;
  /** Called with a status message after a change; the caller announces it and moves focus. */
  onDone: (message: string) => void;
}

/** For the contact person: mark a manual factor as toegepast (with a note) or n.v.t., or undo the mark. */
export function FactorMarkControls({ caseId, factor, onDone }: FactorMarkControlsProps) {
  const mutation = useMarkFactor(caseId);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const noteId = `${id}-toelichting`;
  const which = <VisuallyHidden>{`: ${tw('panel.mark.factor', { number: factor.number })}`}</VisuallyHidden>;

  const send = (mark: { status: FactorMarkStatus; note?: string | null } | null, message: string) => {
    setProblem(null);
    mutation.mutate(
      { factor: factor.number, mark },
      {
        onSuccess: () => {
          setEditing(false);
          setNote('');
          onDone(message);
        },
        onError: (error) => {
          const fieldMessage = isApiError(error) ? error.problem.errors?.find((e) => e.field === 'note')?.message : undefined;
          if (fieldMessage) {
            setNoteError(fieldMessage);
            noteRef.current?.focus();
          } else setProblem(isApiError(error) ? error.title : t('error.unexpected'));
        },
      },
    );
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const error = !text
      ? tw('panel.mark.note.required')
      : text.length > FACTOR_MARK_NOTE_MAX
        ? tw('panel.mark.note.tooLong', { max: FACTOR_MARK_NOTE_MAX })
        : undefined;
    setNoteError(error);
    if (error) return noteRef.current?.focus();
    send({ status: 'toegepast', note: text }, tw('panel.mark.done.toegepast', { number: factor.number }));
  };

  const problemAlert = problem ? (
    <Alert type="error" role="alert" className="koers-ww-mark__problem">
      <Paragraph>{problem}</Paragraph>
    </Alert>
  ) : null;

  if (factor.mark) {
    return (
      <div className="koers-ww-mark">
        {problemAlert}
        <SubtleButton type="button" busy={mutation.isPending} onClick={() => send(null, tw('panel.mark.done.undo', { number: factor.number }))}>
          {tw('panel.mark.undo')}
          {which}
        </SubtleButton>
      </div>
    );
  }

  if (editing) {
    return (
      <form className="koers-ww-mark koers-ww-mark--form" noValidate onSubmit={onSubmit}>
        {problemAlert}
        <TextareaField
          id={noteId}
          ref={noteRef}
          rows={3}
          label={
            <>
              {tw('panel.mark.note.label')}
              {which}
            </>
          }
          description={tw('panel.mark.note.description', { max: FACTOR_MARK_NOTE_MAX })}
          error={noteError}
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="koers-form__actions">
          <PrimaryActionButton type="submit" busy={mutation.isPending}>
            {tw('panel.mark.save')}
            {which}
          </PrimaryActionButton>
          <SecondaryActionButton
            type="button"
            onClick={() => {
              setEditing(false);
              setNoteError(undefined);
              setProblem(null);
              requestAnimationFrame(() => applyRef.current?.focus());
            }}
          >
            {tw('panel.mark.cancel')}
          </SecondaryActionButton>
        </div>
      </form>
    );
  }

  return (
    <div className="koers-ww-mark">
      {problemAlert}
      <div className="koers-ww-mark__buttons">
        <Button
          ref={applyRef}
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            setEditing(true);
            requestAnimationFrame(() => noteRef.current?.focus());
          }}
        >
          {tw('panel.mark.apply')}
          {which}
        </Button>
        <SubtleButton type="button" busy={mutation.isPending} onClick={() => send({ status: 'nvt', note: null }, tw('panel.mark.done.nvt', { number: factor.number }))}>
          {tw('panel.mark.nvt')}
          {which}
        </SubtleButton>
      </div>
    </div>
  );
}
