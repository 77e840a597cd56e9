import type { Milestone } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { useEffect, useRef, useState } from 'react';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Anchor } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useMarkSeen, useMyMilestones } from '../hooks/use-my-plan';
import { tp } from '../i18n';

function Certificate({ milestone }: { milestone: Milestone }) {
  if (!milestone.certificateUrl || !milestone.certificateName) return null;
  return (
    <Anchor href={milestone.certificateUrl} target="_blank" rel="noopener" className="koers-certificate-link">
      {tp('myPlan.certificate')}
      <VisuallyHidden>, {tp('myPlan.certificateHint', { name: milestone.certificateName })}</VisuallyHidden>
    </Anchor>
  );
}

/** The milestones as a timeline of successes; a new one is celebrated once (then marked seen). */
export function SuccessesSection({ caseId }: { caseId: string }) {
  const pages = useMyMilestones(caseId);
  const markSeen = useMarkSeen(caseId);
  const milestones = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const [celebrating, setCelebrating] = useState<Milestone | null>(null);
  const handled = useRef(false);
  const fresh = milestones.find((m) => m.seenByYouthAt === null);

  useEffect(() => {
    if (!fresh || handled.current) return;
    handled.current = true;
    setCelebrating(fresh);
    markSeen.mutate(fresh);
  }, [fresh, markSeen]);

  return (
    <section className="koers-panel" aria-labelledby="wat-gaat-goed">
      <Heading level={2} id="wat-gaat-goed">
        {tp('myPlan.successes.title')}
      </Heading>
      <div role="status" className="koers-celebration-region">
        {celebrating ? (
          <div className="koers-celebration">
            <div className="koers-celebration__body">
              <Heading level={3} className="koers-celebration__title">
                {tp('myPlan.celebration.title')}
              </Heading>
              <Paragraph lead>{tp('myPlan.celebration.what', { title: celebrating.title, date: formatDateNl(celebrating.achievedOn) })}</Paragraph>
              <Paragraph>{tp('myPlan.celebration.cheer')}</Paragraph>
              <Paragraph>
                <Certificate milestone={celebrating} />
              </Paragraph>
              <SecondaryActionButton onClick={() => setCelebrating(null)}>{tp('myPlan.celebration.close')}</SecondaryActionButton>
            </div>
          </div>
        ) : null}
      </div>
      {pages.isSuccess && milestones.length === 0 ? <Paragraph>{tp('myPlan.successes.empty')}</Paragraph> : null}
      <ol className="koers-my-timeline">
        {milestones.map((m) => (
          <li key={m.id} className="koers-my-timeline__item">
            <Heading level={3}>{m.title}</Heading>
            <Paragraph small>{tp('myPlan.successes.on', { date: formatDateNl(m.achievedOn) })}</Paragraph>
            {m.note ? <Paragraph>{m.note}</Paragraph> : null}
            <Certificate milestone={m} />
          </li>
        ))}
      </ol>
      {pages.hasNextPage ? (
        <SecondaryActionButton onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {tp('myPlan.successes.more')}
        </SecondaryActionButton>
      ) : null}
    </section>
  );
}
