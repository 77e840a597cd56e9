import type { MyGoal } from '@koers/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { LoadMore } from '../../../ui/load-more';
import { TextareaField } from '../../../ui/textarea-field';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useComment, useMyGoalComments } from '../hooks/use-my-plan';
import { tp } from '../i18n';

/**
 * The comments on a goal (what the jongere wrote shows as "Jij"), and a form to add one. Mijn plan
 * brings the newest few; "Eerdere reacties laden" reads the whole thread, a page at a time.
 */
export function GoalComments({ goal }: { goal: MyGoal }) {
  const comment = useComment();
  const [expanded, setExpanded] = useState(false);
  const earlier = useMyGoalComments(goal.lineageId, expanded);
  const list = useRef<HTMLUListElement>(null);
  const thread = expanded && earlier.data ? earlier.data.pages.flatMap((p) => p.items).reverse() : goal.comments;
  const hasMore = expanded ? (earlier.isPending || earlier.hasNextPage) : goal.commentCount > goal.comments.length;
  // After she asked for earlier comments and all are there, the button goes: keep the keyboard focus on the thread.
  const focusAfterLoad = useRef(false);
  const loading = expanded && earlier.isFetching;
  useEffect(() => {
    if (!focusAfterLoad.current || loading) return;
    focusAfterLoad.current = false;
    if (!hasMore) list.current?.focus();
  }, [loading, hasMore]);
  const loadEarlier = () => {
    focusAfterLoad.current = true;
    if (expanded) void earlier.fetchNextPage();
    else setExpanded(true);
  };
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
      {thread.length ? (
        <>
          <Heading level={4}>{tp('myPlan.comments.title')}</Heading>
          <LoadMore
            hasMore={hasMore}
            loading={loading}
            onLoad={loadEarlier}
            label={tp('myPlan.comments.loadEarlier')}
          />
          <ul className="koers-my-comments__list" ref={list} tabIndex={-1} aria-label={tp('myPlan.comments.listLabel', { title: goal.title })}>
            {thread.map((c) => (
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
