import { type GoalComment, MY_PLAN_LIMITS, type PlanGoal } from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { formatDateTime } from '../../../i18n/i18n';
import { Button, PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { LoadMore } from '../../../ui/load-more';
import { Paragraph } from '../../../ui/paragraph';
import { TextareaField } from '../../../ui/textarea-field';
import { useAddGoalComment, useGoalComments } from '../hooks/use-youth-contributions';
import { tp } from '../i18n';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';
import { YouthWords } from './youth-words';

/**
 * The comment thread on a goal (by its lineage, so it follows the goal across versions): what the
 * jongere wrote in Mijn plan is shown as their own words; the contact person can reply (the jongere
 * reads it in Mijn plan). Shown only when there is a thread.
 */
export function GoalComments({ goal, headingLevel }: { goal: PlanGoal; headingLevel: 5 | 6 }) {
  const { caseId, canEditProgress, notify } = usePlanContext();
  const comments = useGoalComments(caseId, goal.lineageId);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const thread = comments.comments;
  if (thread.length === 0) return null;
  const headingId = `doel-${goal.id}-reacties`;

  const close = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };

  return (
    <section className="koers-plan-comments" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} appearance="level-5" aria-label={`${tp('comments.title', { count: comments.total })}: ${goal.title}`}>
        {tp('comments.title', { count: comments.total })}
      </Heading>
      {/* The newest are shown; earlier ones come in above them, as the thread reads oldest first. */}
      <LoadMore hasMore={comments.hasNextPage} loading={comments.isFetchingNextPage} onLoad={() => void comments.fetchNextPage()} label={tp('comments.loadEarlier')} />
      <ol className="koers-plan-comment-list">
        {thread.map((c) => (
          <CommentItem key={c.id} comment={c} />
        ))}
      </ol>
      {canEditProgress ? (
        replying ? (
          <ReplyForm
            goal={goal}
            onDone={() => {
              notify(tp('comments.sent', { goal: goal.title }));
              close();
            }}
            onCancel={close}
          />
        ) : (
          <div className="koers-plan-actions">
            <Button ref={replyButton} appearance="secondary-action-button" onClick={() => setReplying(true)} aria-label={`${tp('comments.reply')}: ${goal.title}`}>
              {tp('comments.reply')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}

function CommentItem({ comment }: { comment: GoalComment }) {
  const when = formatDateTime(comment.createdAt);
  if (comment.authorRole === 'jongere') {
    return (
      <li className="koers-plan-comment koers-plan-comment--youth">
        <YouthWords words={comment.text} youthName={comment.authorName} />
        <Paragraph small className="koers-plan-authorship">
          {tp('comments.byYouth', { who: comment.authorName, date: when })}
        </Paragraph>
      </li>
    );
  }
  return (
    <li className="koers-plan-comment">
      <p className="utrecht-paragraph koers-plan-label">{tp(comment.byMe ? 'comments.byMe' : 'comments.byStaff', { who: comment.authorName, date: when })}</p>
      <Paragraph className="koers-plan-pre-line">{comment.text}</Paragraph>
    </li>
  );
}

type ReplyField = 'text';

function ReplyForm({ goal, onDone, onCancel }: { goal: PlanGoal; onDone: () => void; onCancel: () => void }) {
  const { caseId, youthName } = usePlanContext();
  const add = useAddGoalComment(caseId);
  const [text, setText] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<ReplyField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<ReplyField, string> = { text: `doel-${goal.id}-reactie` };
  useFocusOnMount(ids.text);
  const errors = clientErrors ?? (add.error ? problemFormErrors(add.error, ['text'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const value = text.trim();
    const problems = clientFormErrors<ReplyField>({
      text: !value ? tp('comments.required') : value.length > MY_PLAN_LIMITS.text ? tp('form.tooLong', { max: MY_PLAN_LIMITS.text }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    add.mutate({ goalId: goal.id, body: { text: value } }, { onSuccess: onDone });
  };

  return (
    <form className="utrecht-form koers-form koers-plan-form" noValidate onSubmit={onSubmit} aria-label={tp('comments.formLabel', { goal: goal.title })}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={ids} /> : null}
      <TextareaField
        id={ids.text}
        name="text"
        rows={3}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
        label={tp('comments.label')}
        description={tp('comments.description', { youth: youthName })}
        error={errors?.fields.text}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={add.isPending}>
          {tp('comments.send')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel} disabled={add.isPending}>
          {tp('form.cancel')}
        </SecondaryActionButton>
      </div>
    </form>
  );
}
