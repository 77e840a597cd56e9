import { type MyGoal, PLAN_LIMITS } from '@koers/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useAddStep } from '../hooks/use-add-step';
import { tp } from '../i18n';

/**
 * "Stap toevoegen": a step of the jongere's own on a goal (also one the klantmanager wrote). In a
 * concept it is in the plan at once; in a plan that is already agreed it goes to the klantmanager.
 */
export function AddStepForm({ goal }: { goal: MyGoal }) {
  const addStep = useAddStep();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `stap-${goal.id}`;

  // After closing the form, focus goes back to the button that opened it (once it is there again).
  const returnFocus = useRef(false);
  useEffect(() => {
    const button = returnFocus.current && !open ? document.getElementById(`${id}-open`) : null;
    if (button) {
      button.focus();
      returnFocus.current = false;
    }
  });

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
    setError(undefined);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (!text.trim()) {
      setError(tp('myPlan.addStep.required'));
      input.current?.focus();
      return;
    }
    setError(undefined);
    addStep.mutate(
      { goalId: goal.id, text: text.trim() },
      {
        onSuccess: (result) => {
          setText('');
          setMessage({ type: 'ok', text: result.outcome === 'toegepast' ? tp('myPlan.addStep.added') : tp('myPlan.addStep.proposed') });
          close();
        },
        // What she typed stays in the field.
        onError: (err) => {
          const field = isApiError(err) ? err.problem.errors?.find((f) => f.field === 'text')?.message : undefined;
          if (field) setError(field);
          else setMessage({ type: 'error', text: err.message });
        },
      },
    );
  };

  return (
    <div className="koers-my-add-step">
      {open ? (
        <form onSubmit={submit} noValidate className="koers-my-plan__form">
          <TextField
            id={id}
            ref={input}
            label={
              <>
                {tp('myPlan.addStep.label')}
                <VisuallyHidden> {tp('myPlan.addStep.labelHint', { title: goal.title })}</VisuallyHidden>
              </>
            }
            description={tp('myPlan.addStep.hint')}
            value={text}
            error={error}
            maxLength={PLAN_LIMITS.stepText}
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <div className="koers-my-edit__actions">
            <PrimaryActionButton type="submit" disabled={addStep.isPending}>
              {tp('myPlan.addStep.submit')}
            </PrimaryActionButton>
            <SubtleButton type="button" onClick={close}>
              {tp('myPlan.addStep.cancel')}
            </SubtleButton>
          </div>
        </form>
      ) : (
        <SecondaryActionButton
          id={`${id}-open`}
          aria-label={`${tp('myPlan.addStep.button')} ${tp('myPlan.addStep.labelHint', { title: goal.title })}`}
          onClick={() => {
            setMessage(null);
            setOpen(true);
          }}
        >
          {tp('myPlan.addStep.button')}
        </SecondaryActionButton>
      )}
      <div role="status">{message ? <Alert type={message.type}>{message.text}</Alert> : null}</div>
    </div>
  );
}
