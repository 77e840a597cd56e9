import { MY_PLAN_LIMITS, type MyGoal } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { TextField } from '../../../ui/text-field';
import { useEditGoal } from '../hooks/use-my-plan';
import { tp } from '../i18n';
import { WordingConflict } from './wording-conflict';

/** The goal as it is saved now, from a 409 answer (only when it is this goal). */
interface Saved {
  title: string;
  version: number;
  changedBy: string | null;
}

function savedFrom(error: unknown, goalId: string): Saved | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as { id?: unknown; title?: unknown; version?: unknown; lastEditedBy?: { name?: unknown } | null } | undefined;
  if (!current || current.id !== goalId || typeof current.title !== 'string' || typeof current.version !== 'number') return null;
  return { title: current.title, version: current.version, changedBy: typeof current.lastEditedBy?.name === 'string' ? current.lastEditedBy.name : null };
}

/**
 * The jongere changes the wording of a goal they wrote (applied in a concept; a proposal on a signed plan).
 * Co-editing: the save is based on the version she started from. When the goal changes meanwhile (seen
 * live), a calm notice says so and her text stays; when the save then meets a newer version (409) she
 * sees both texts and chooses.
 */
export function EditGoalWording({ goal }: { goal: MyGoal }) {
  const edit = useEditGoal();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(goal.title);
  const [base, setBase] = useState({ version: goal.version, title: goal.title });
  const [conflict, setConflict] = useState<Saved | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const id = `woorden-${goal.id}`;
  const focusOpenButton = () => requestAnimationFrame(() => document.getElementById(`${id}-open`)?.focus());

  const save = (version: number) => {
    edit.mutate(
      { id: goal.id, title: title.trim(), version },
      {
        onSuccess: (result) => {
          setOpen(false);
          setConflict(null);
          setMessage({ type: 'ok', text: result.outcome === 'toegepast' ? tp('myPlan.edit.saved') : tp('myPlan.edit.proposed') });
          focusOpenButton();
        },
        // Never lose what she typed: the text stays in the field; the plan is reloaded underneath.
        onError: (err) => {
          const saved = savedFrom(err, goal.id);
          if (saved) {
            setConflict(saved);
            setMessage(null);
            return;
          }
          setMessage({ type: 'error', text: isApiError(err) && err.status === 409 ? tp('myPlan.error.conflict') : err.message });
        },
      },
    );
  };

  const keepMine = () => {
    const saved = conflict!;
    setBase({ version: saved.version, title: saved.title });
    save(saved.version);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (edit.isPending) return;
    if (!title.trim()) {
      setError(tp('myPlan.edit.required'));
      return;
    }
    setError(undefined);
    if (conflict) keepMine();
    else save(base.version);
  };

  const keepTheirs = () => {
    const saved = conflict!;
    setConflict(null);
    setOpen(false);
    setTitle(saved.title);
    setBase({ version: saved.version, title: saved.title });
    edit.reset();
    setMessage({ type: 'ok', text: tp('myPlan.conflict.keptTheirs') });
    focusOpenButton();
  };

  const changedMeanwhile = open && !conflict && goal.version !== base.version && goal.title !== base.title;

  return (
    <div className="koers-my-edit">
      {open ? (
        <form onSubmit={submit} noValidate className="koers-my-plan__form">
          {conflict ? (
            <WordingConflict
              what="goal"
              saved={conflict.title}
              yours={title.trim()}
              changedBy={conflict.changedBy}
              busy={edit.isPending}
              onKeepMine={keepMine}
              onKeepTheirs={keepTheirs}
            />
          ) : null}
          <div role="status">
            {changedMeanwhile ? (
              <Alert type="info" className="koers-my-edit__changed">
                <Paragraph>{tp('myPlan.edit.changedMeanwhile', { title: goal.title })}</Paragraph>
              </Alert>
            ) : null}
          </div>
          <TextField id={id} label={tp('myPlan.edit.label')} value={title} error={error} maxLength={MY_PLAN_LIMITS.title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          {conflict ? null : (
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
                  focusOpenButton();
                }}
              >
                {tp('myPlan.edit.cancel')}
              </SubtleButton>
            </div>
          )}
        </form>
      ) : (
        <SecondaryActionButton
          id={`${id}-open`}
          aria-label={`${tp('myPlan.edit.button')} ${tp('myPlan.edit.buttonHint', { title: goal.title })}`}
          onClick={() => {
            setMessage(null);
            setTitle(goal.title);
            setBase({ version: goal.version, title: goal.title });
            setConflict(null);
            edit.reset();
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
