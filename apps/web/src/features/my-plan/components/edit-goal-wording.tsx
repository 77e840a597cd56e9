import { MY_PLAN_LIMITS, type MyGoal } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { useEditGoal } from '../hooks/use-my-plan';
import { tp } from '../i18n';

/** The jongere changes the wording of a goal they wrote (applied in a concept; a proposal on a signed plan). */
export function EditGoalWording({ goal }: { goal: MyGoal }) {
  const edit = useEditGoal();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(goal.title);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const id = `woorden-${goal.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError(tp('myPlan.edit.required'));
      return;
    }
    setError(undefined);
    edit.mutate(
      { id: goal.id, title: title.trim(), version: goal.version },
      {
        onSuccess: (result) => {
          setOpen(false);
          setMessage({ type: 'ok', text: result.outcome === 'toegepast' ? tp('myPlan.edit.saved') : tp('myPlan.edit.proposed') });
        },
        // Never lose what she typed: the text stays in the field; the plan is reloaded underneath.
        onError: (err) => setMessage({ type: 'error', text: isApiError(err) && err.status === 409 ? tp('myPlan.error.conflict') : err.message }),
      },
    );
  };

  return (
    <div className="koers-my-edit">
      {open ? (
        <form onSubmit={submit} noValidate className="koers-my-plan__form">
          <TextField id={id} label={tp('myPlan.edit.label')} value={title} error={error} maxLength={MY_PLAN_LIMITS.title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <div className="koers-my-edit__actions">
            <PrimaryActionButton type="submit" disabled={edit.isPending}>
              {tp('myPlan.edit.save')}
            </PrimaryActionButton>
            <SubtleButton
              type="button"
              onClick={() => {
                setOpen(false);
                setTitle(goal.title);
                setError(undefined);
                requestAnimationFrame(() => document.getElementById(`${id}-open`)?.focus());
              }}
            >
              {tp('myPlan.edit.cancel')}
            </SubtleButton>
          </div>
        </form>
      ) : (
        <SecondaryActionButton
          id={`${id}-open`}
          aria-label={`${tp('myPlan.edit.button')} ${tp('myPlan.edit.buttonHint', { title: goal.title })}`}
          onClick={() => {
            setMessage(null);
            setTitle(goal.title);
            setOpen(true);
          }}
        >
          {tp('myPlan.edit.button')}
        </SecondaryActionButton>
      )}
      <div role="status">{message ? <Alert type={message.type}>{message.text}</Alert> : null}</div>
    </div>
  );
}
