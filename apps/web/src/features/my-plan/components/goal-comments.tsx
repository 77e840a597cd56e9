import type { MyGoal } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { TextareaField } from '../../../ui/textarea-field';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useComment } from '../hooks/use-my-plan';
import { tp } from '../i18n';

/** The comments on a goal (what the jongere wrote shows as "Jij"), and a form to add one. */
export function GoalComments({ goal }: { goal: MyGoal }) {
  const comment = useComment();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const id = `reactie-${goal.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    if (!text.trim()) {
      setError(tp('myPlan.comments.required'));
      return;
    }
    setError(undefined);
    comment.mutate(
      { goalId: goal.id, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setSaved(tp('myPlan.comments.saved'));
        },
        onError: (err) => setError(err.message),
      },
    );
  };

  return (
    <div className="koers-my-comments">
      {goal.comments.length ? (
        <>
          <Heading level={4}>{tp('myPlan.comments.title')}</Heading>
          <ul className="koers-my-comments__list">
            {goal.comments.map((c) => (
              <li key={c.id}>
                <strong>{c.byMe ? tp('myPlan.comments.me') : c.authorName}:</strong> {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={submit} noValidate className="koers-my-plan__form">
        <TextareaField
          id={id}
          rows={2}
          label={
            <>
              {tp('myPlan.comments.label')}
              <VisuallyHidden> {tp('myPlan.comments.labelHint', { title: goal.title })}</VisuallyHidden>
            </>
          }
          value={text}
          error={error}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
        />
        <SecondaryActionButton type="submit" disabled={comment.isPending}>
          {tp('myPlan.comments.submit')}
        </SecondaryActionButton>
        <div role="status">{saved ? <Alert type="ok">{saved}</Alert> : null}</div>
      </form>
    </div>
  );
}
