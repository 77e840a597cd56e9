import type { Milestone } from '@koers/contracts';
import { useRef, useState } from 'react';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { WerkwijzerTips } from '../../werkwijzer/components/werkwijzer-tips';
import { useGoalOptions, useMilestonePages } from '../hooks/use-milestones';
import { tm } from '../i18n';
import { MilestoneCelebration } from './milestone-celebration';
import { MilestoneForm } from './milestone-form';
import { MilestoneList } from './milestone-list';

/** Tab "Mijlpalen" of the case page: the successes so far, and (for the contact person) recording and celebrating a new one. */
export function MilestonesTab() {
  const caseId = useCaseId();
  const { data: kase } = useCase(caseId);
  const milestones = useMilestonePages(caseId);
  const mayWrite = Boolean(kase?.permissions.canEdit);
  const closed = kase?.phase === 'afgesloten';
  const canEdit = mayWrite && !closed;
  const goals = useGoalOptions(caseId, canEdit);
  const [celebrated, setCelebrated] = useState<Milestone | null>(null);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const youthName = kase?.youth.name ?? '';
  const items = milestones.data?.pages.flatMap((p) => p.items) ?? [];

  const onCreated = (milestone: Milestone) => {
    setStatus('');
    setCelebrated(milestone);
  };

  const onDeleted = (milestone: Milestone) => {
    setCelebrated((c) => (c?.id === milestone.id ? null : c));
    setStatus(tm('milestones.list.deleted', { title: milestone.title }));
    listHeading.current?.focus();
  };

  const closeCelebration = () => {
    setCelebrated(null);
    document.getElementById('mijlpaal-titel')?.focus();
  };

  return (
    <section className="koers-section koers-tab" aria-labelledby="mijlpalen-titel">
      <Heading level={2} id="mijlpalen-titel">
        {tm('milestones.title')}
      </Heading>
      <Paragraph lead>{tm(mayWrite ? 'milestones.intro' : 'milestones.introReadOnly', { youth: youthName })}</Paragraph>
      {mayWrite && closed ? <Paragraph>{tm('milestones.closed')}</Paragraph> : null}
      <WerkwijzerTips moment="milestone" />
      <p className="utrecht-paragraph koers-form-status" role="status">
        {status}
      </p>
      {canEdit ? (
        // Always on the page, so that what appears in it is announced (politely, without moving focus).
        <div role="status" className="koers-celebration-region">
          {celebrated ? <MilestoneCelebration key={celebrated.id} milestone={celebrated} youthName={youthName} onClose={closeCelebration} /> : null}
        </div>
      ) : null}
      <div className={canEdit ? 'koers-columns koers-columns--form-first' : undefined}>
        {canEdit ? (
          <section className="koers-panel" aria-labelledby="mijlpaal-vastleggen">
            <Heading level={3} id="mijlpaal-vastleggen">
              {tm('milestones.form.title')}
            </Heading>
            <MilestoneForm caseId={caseId} goals={goals.data ?? []} onCreated={onCreated} />
          </section>
        ) : null}
        <section className="koers-panel" aria-labelledby="mijlpalen-lijst">
          <Heading level={3} id="mijlpalen-lijst" ref={listHeading} tabIndex={-1} className="koers-focus-target">
            {tm('milestones.list.title')}
          </Heading>
          {milestones.isPending ? (
            <Loading>{tm('milestones.list.loading')}</Loading>
          ) : !milestones.data ? (
            <QueryProblem error={milestones.error} retry={() => void milestones.refetch()} />
          ) : items.length === 0 ? (
            <div className="koers-empty-state">
              <Paragraph>{tm('milestones.list.empty')}</Paragraph>
            </div>
          ) : (
            <MilestoneList
              caseId={caseId}
              milestones={items}
              youthName={youthName}
              canEdit={canEdit}
              canOpenCertificates={mayWrite}
              onDeleted={onDeleted}
            />
          )}
          {milestones.isFetchNextPageError ? <QueryProblem error={milestones.error} retry={() => void milestones.fetchNextPage()} /> : null}
          <LoadMore hasMore={milestones.hasNextPage} loading={milestones.isFetchingNextPage} onLoad={() => void milestones.fetchNextPage()} />
        </section>
      </div>
    </section>
  );
}
