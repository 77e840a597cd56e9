import { PROPOSAL_REPLY_MAX, type PlanVersionDetail, type YouthProposal } from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { formatDateTime } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { Button, PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { LoadMore } from '../../../ui/load-more';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { TextareaField } from '../../../ui/textarea-field';
import { useDecideProposal, useYouthProposals } from '../hooks/use-youth-contributions';
import { tp } from '../i18n';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';
import { YouthWords } from './youth-words';

export const PROPOSALS_HEADING_ID = 'plan-voorstellen-jongere';

/** "Noa" of "Noa de Vries": the panel speaks of the jongere by their first name. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

/** What the proposal is about, in words: "Nieuw doel", "Andere woorden voor het doel “…”", … */
export function proposalWhat(p: YouthProposal, version: PlanVersionDetail): string {
  const goal = version.goals.find((g) => g.lineageId === p.targetLineageId);
  const step = version.goals.flatMap((g) => g.steps).find((s) => s.lineageId === p.targetLineageId);
  switch (p.kind) {
    case 'nieuw_doel':
      return tp('proposals.kind.nieuw_doel');
    case 'doel_tekst':
      return goal ? tp('proposals.kind.doel_tekst', { target: goal.title }) : tp('proposals.kind.doel_tekst.gone');
    case 'stap_tekst':
      return step ? tp('proposals.kind.stap_tekst', { target: step.text }) : tp('proposals.kind.stap_tekst.gone');
    case 'nieuwe_stap':
      return goal ? tp('proposals.kind.nieuwe_stap', { target: goal.title }) : tp('proposals.kind.nieuwe_stap.gone');
    case 'niet_eens':
      return tp('proposals.kind.niet_eens', { number: p.planVersionNumber });
  }
}

/**
 * At the top of the plan tab: what the jongere proposed in Mijn plan for a signed (or proposed)
 * plan, in their own words, with "Overnemen in het plan" (into the version in the making, or the
 * next one as soon as it is made) and "Bespreken" (kept here as "te bespreken", with an optional
 * reply the jongere reads in Mijn plan). What was taken over while no version is in the making stays in
 * view until the next version carries it. Shown only while there is something in one of these lists.
 */
export function YouthProposalsSection({ canDecide }: { canDecide: boolean }) {
  const { caseId, youthName, version } = usePlanContext();
  // Each list is paged on its own (newest first), so open ones never hide behind handled ones.
  const openQuery = useYouthProposals(caseId, 'open');
  const toDiscussQuery = useYouthProposals(caseId, 'besproken');
  // Taken over while no version is in the making: in view until the next version carries them.
  const waitingQuery = useYouthProposals(caseId, 'wachtend');
  // Kept here, not in the item: after a 409 the item may move to another list (or leave the panel).
  const [problem, setProblem] = useState<string | null>(null);
  const name = firstName(youthName);
  const itemsOf = (q: typeof openQuery) => (q.data?.pages ?? []).flatMap((p) => p.items);
  const open = itemsOf(openQuery);
  const toDiscuss = itemsOf(toDiscussQuery);
  const waiting = itemsOf(waitingQuery);
  const more = (q: typeof openQuery) => <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onLoad={() => void q.fetchNextPage()} />;
  if (open.length + toDiscuss.length + waiting.length === 0 && !problem) return null;

  return (
    <section className="koers-panel koers-plan-proposals" aria-labelledby={PROPOSALS_HEADING_ID}>
      <Heading level={3} id={PROPOSALS_HEADING_ID} tabIndex={-1} className="koers-plan-focus">
        {tp('proposals.title', { name })}
      </Heading>
      <Paragraph>{tp(canDecide ? 'proposals.intro' : 'proposals.introReadOnly', { name })}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {open.length ? (
        <ul className="koers-plan-proposal-list" aria-label={tp('proposals.openList', { count: open.length })}>
          {open.map((p) => (
            <ProposalItem key={p.id} proposal={p} version={version} canDecide={canDecide} level={4} onProblem={setProblem} />
          ))}
        </ul>
      ) : null}
      {more(openQuery)}
      {toDiscuss.length ? (
        <>
          <Heading level={4}>{tp('proposals.toDiscuss', { count: toDiscuss.length })}</Heading>
          <ul className="koers-plan-proposal-list">
            {toDiscuss.map((p) => (
              <ProposalItem key={p.id} proposal={p} version={version} canDecide={canDecide} level={5} onProblem={setProblem} />
            ))}
          </ul>
          {more(toDiscussQuery)}
        </>
      ) : null}
      {waiting.length ? (
        <>
          <Heading level={4}>{tp('proposals.waiting', { count: waiting.length })}</Heading>
          <Paragraph small>{tp('proposals.waiting.intro')}</Paragraph>
          <ul className="koers-plan-proposal-list">
            {waiting.map((p) => (
              <ProposalItem key={p.id} proposal={p} version={version} canDecide={false} level={5} onProblem={setProblem} />
            ))}
          </ul>
          {more(waitingQuery)}
        </>
      ) : null}
    </section>
  );
}

interface ProposalItemProps {
  proposal: YouthProposal;
  version: PlanVersionDetail;
  canDecide: boolean;
  level: 4 | 5;
  /** A refusal to show above the lists (null: clear it). */
  onProblem: (title: string | null) => void;
}

function ProposalItem({ proposal, version, canDecide, level, onProblem }: ProposalItemProps) {
  const { caseId, youthName, notify } = usePlanContext();
  const decide = useDecideProposal(caseId);
  const [discussing, setDiscussing] = useState(false);
  const discussButton = useRef<HTMLButtonElement>(null);
  const what = proposalWhat(proposal, version);
  const headingId = `voorstel-${proposal.id}`;
  const name = firstName(youthName);

  const afterDecision = (message: string) => {
    onProblem(null);
    notify(message);
    // The item has moved (or gone): focus goes to the panel, or to the plan's title when the panel is gone.
    requestAnimationFrame(() => (document.getElementById(PROPOSALS_HEADING_ID) ?? document.getElementById('plan-titel'))?.focus());
  };

  const takeOver = () => {
    if (decide.isPending) return;
    decide.mutate({
      proposalId: proposal.id,
      body: { status: 'overgenomen', version: proposal.version },
      failed: (error) => onProblem(problemFormErrors(error, []).title),
      after: (result) =>
        afterDecision(
          result.kind === 'niet_eens'
            ? tp('proposals.done.handled', { name })
            : result.appliedInVersion !== null
              ? tp('proposals.done.applied', { number: result.appliedInVersion })
              : tp('proposals.done.pending'),
        ),
    });
  };

  return (
    <li className={`koers-plan-proposal koers-plan-proposal--${proposal.status}`}>
      <article aria-labelledby={headingId}>
        <div className="koers-plan-goal__top">
          <Heading level={level} id={headingId} appearance="level-5" className="koers-plan-proposal__what">
            {what}
          </Heading>
          {proposal.status === 'besproken' ? <StatusBadge status="warning">{tp('proposals.badge.toDiscuss')}</StatusBadge> : null}
          {proposal.status === 'overgenomen' ? <StatusBadge status="success">{tp('proposals.badge.waiting')}</StatusBadge> : null}
        </div>
        <Paragraph small className="koers-plan-authorship">
          {tp('proposals.when', { date: formatDateTime(proposal.createdAt), number: proposal.planVersionNumber })}
        </Paragraph>
        <YouthWords words={proposal.text} youthName={youthName} />
        {proposal.reply ? (
          <div className="koers-plan-proposal__reply">
            <p className="utrecht-paragraph koers-plan-label">{tp('proposals.reply.shown', { name })}</p>
            <Paragraph className="koers-plan-pre-line">{proposal.reply}</Paragraph>
          </div>
        ) : null}
        {canDecide && discussing ? (
          <DiscussForm
            proposal={proposal}
            what={what}
            onConflict={onProblem}
            onDone={() => {
              setDiscussing(false);
              afterDecision(tp('proposals.done.discussed', { name }));
            }}
            onCancel={() => {
              setDiscussing(false);
              requestAnimationFrame(() => discussButton.current?.focus());
            }}
          />
        ) : canDecide ? (
          <div className="koers-plan-actions">
            <PrimaryActionButton busy={decide.isPending} onClick={takeOver} aria-label={`${tp('proposals.takeOver')}: ${what}`}>
              {tp('proposals.takeOver')}
            </PrimaryActionButton>
            {proposal.status === 'open' ? (
              <Button
                ref={discussButton}
                appearance="secondary-action-button"
                onClick={() => {
                  onProblem(null);
                  setDiscussing(true);
                }}
                disabled={decide.isPending}
                aria-label={`${tp('proposals.discuss')}: ${what}`}
              >
                {tp('proposals.discuss')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

type ReplyField = 'reply';

/** "Bespreken": keep it to discuss, optionally with a few words back to the jongere. */
interface DiscussFormProps {
  proposal: YouthProposal;
  what: string;
  /** A 409/404: the proposal changed meanwhile (the form may leave the page with it). */
  onConflict: (title: string) => void;
  onDone: () => void;
  onCancel: () => void;
}

function DiscussForm({ proposal, what, onConflict, onDone, onCancel }: DiscussFormProps) {
  const { caseId, youthName } = usePlanContext();
  const decide = useDecideProposal(caseId);
  const [reply, setReply] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<ReplyField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<ReplyField, string> = { reply: `voorstel-${proposal.id}-reactie` };
  useFocusOnMount(ids.reply);
  const errors = clientErrors ?? (decide.error ? problemFormErrors(decide.error, ['reply'] as const) : null);
  const name = firstName(youthName);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    const text = reply.trim();
    const problems = clientFormErrors<ReplyField>({ reply: text.length > PROPOSAL_REPLY_MAX ? tp('form.tooLong', { max: PROPOSAL_REPLY_MAX }) : undefined });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    decide.mutate({
      proposalId: proposal.id,
      body: { status: 'besproken', version: proposal.version, reply: text || null },
      after: onDone,
      failed: (error) => {
        if (isApiError(error) && (error.status === 409 || error.status === 404)) onConflict(error.title);
      },
    });
  };

  return (
    <form className="utrecht-form koers-form koers-plan-form" noValidate onSubmit={onSubmit} aria-label={tp('proposals.discuss.formLabel', { what })}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={ids} /> : null}
      <TextareaField
        id={ids.reply}
        name="reply"
        rows={3}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        label={tp('proposals.reply.label', { name })}
        description={tp('proposals.reply.description', { name })}
        error={errors?.fields.reply}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={decide.isPending}>
          {tp('proposals.discuss.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel} disabled={decide.isPending}>
          {tp('form.cancel')}
        </SecondaryActionButton>
      </div>
    </form>
  );
}
