import { GOAL_STATUS_LABELS, type GoalStatus, type PlanGoal, type PlanRevision } from '@koers/contracts';
import { useId, useState } from 'react';
import { formatDateTime } from '../../../i18n/i18n';
import { Button, SecondaryActionButton } from '../../../ui/button';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { usePlanRevisions } from '../hooks/use-plan';
import { tp } from '../i18n';
import { authorName, day } from '../utils/format';
import { usePlanContext } from './plan-context';

/** The goal fields whose words a reader cares about, in reading order; ids (wish, obstacle) only say "changed". */
const FIELDS = ['title', 'youthWords', 'description', 'wishId', 'targetDate', 'status', 'letGoReason', 'priority'] as const;
type Field = (typeof FIELDS)[number];

function readable(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return tp('conflict.empty');
  if (field === 'status') return GOAL_STATUS_LABELS[value as GoalStatus] ?? String(value);
  if (field === 'targetDate' && typeof value === 'string') return day(value);
  return String(value);
}

function Change({ revision }: { revision: PlanRevision }) {
  if (!revision.before) return <>{tp('history.created')}</>;
  if (!revision.after) return <>{tp('history.deleted')}</>;
  const changed = FIELDS.filter((f) => JSON.stringify(revision.before![f] ?? null) !== JSON.stringify(revision.after![f] ?? null));
  if (changed.length === 0) return <>{tp('history.nothing')}</>;
  return (
    <ul className="koers-plan-history__fields">
      {changed.map((f) => (
        <li key={f}>
          <span className="koers-plan-label">{tp(`history.field.${f}`)}</span>{' '}
          {f === 'wishId' || f === 'priority' ? (
            tp('history.changed')
          ) : (
            <>
              <span className="koers-plan-diff__tag">{tp('diff.was')}</span> <del className="koers-plan-pre-line">{readable(f, revision.before![f])}</del>{' '}
              <span className="koers-plan-diff__tag">{tp('diff.now')}</span> <ins className="koers-plan-pre-line">{readable(f, revision.after![f])}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Who changed which words of this goal, and when (from the plan's revision history), behind a toggle. */
export function GoalHistory({ goal }: { goal: PlanGoal }) {
  const { caseId } = usePlanContext();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const revisions = usePlanRevisions(caseId, 'goal', goal.id, open);
  const items = revisions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="koers-plan-history">
      <Button
        appearance="subtle-button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
        aria-label={`${open ? tp('history.hide') : tp('history.show')}: ${goal.title}`}
      >
        {open ? tp('history.hide') : tp('history.show')}
      </Button>
      <div id={regionId} hidden={!open}>
        {!open ? null : revisions.isPending ? (
          <Loading>{tp('history.loading')}</Loading>
        ) : !revisions.data ? (
          <QueryProblem error={revisions.error} retry={() => void revisions.refetch()} />
        ) : items.length === 0 ? (
          <Paragraph>{tp('history.empty')}</Paragraph>
        ) : (
          <ol className="koers-plan-history__list">
            {items.map((r) => (
              <li key={r.id}>
                <span className="koers-plan-history__when">
                  {formatDateTime(r.changedAt)}, {r.changedBy ? authorName(r.changedBy) : tp('history.unknown')}:
                </span>{' '}
                <Change revision={r} />
              </li>
            ))}
          </ol>
        )}
        {revisions.hasNextPage ? (
          <SecondaryActionButton busy={revisions.isFetchingNextPage} onClick={() => void revisions.fetchNextPage()}>
            {tp('history.more')}
          </SecondaryActionButton>
        ) : null}
      </div>
    </div>
  );
}
