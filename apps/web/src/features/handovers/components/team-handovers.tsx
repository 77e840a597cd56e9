import { HANDOVER_NEXT_STEP_LABELS, HANDOVER_WARMTH_LABELS, PHASE_LABELS, type CaseWithoutContact, type KlantmanagerCaseload } from '@koers/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { formatDate } from '../../../i18n/i18n';
import { casePath } from '../../../routing/paths';
import { PrimaryActionButton } from '../../../ui/button';
import { Heading, type HeadingLevel } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { TextField } from '../../../ui/text-field';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';
import { isApiError } from '../../../api/api-error';
import { useAssignContact, useTeamCaseload, useTeamCompleted, useTeamInProgress, useWarmShare, useWithoutContact } from '../hooks/use-handovers';
import { th } from '../i18n';
import { addDaysIso, todayIso } from './form-shell';
import { WarmShareChart } from './warm-share-chart';

/** The teamleider's handover overview; `level` is the heading level of its parts. */
export function TeamHandovers({ level }: { level: HeadingLevel }) {
  return (
    <div className="koers-team-handovers">
      <InProgress level={level} />
      <WithoutContact level={level} />
      <Completed level={level} />
      <WarmShare level={level} />
      <Caseload level={level} />
    </div>
  );
}

function InProgress({ level }: { level: HeadingLevel }) {
  const q = useTeamInProgress();
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <TeamSection id="team-lopend" level={level} title={th('team.inProgress.title')}>
      <QueryResult q={q}>
        {() =>
          items.length === 0 ? (
            <Paragraph>{th('team.inProgress.empty')}</Paragraph>
          ) : (
            <Table caption={th('team.inProgress.caption', { count: items.length })}>
              <ColumnHeaders labels={[th('team.col.youth'), th('team.col.from'), th('team.col.successor'), th('team.col.missing'), th('team.col.days')]} />
              <TableBody>
                {items.map((h) => (
                  <TableRow key={h.id}>
                    <YouthAndFromCells handover={h} />
                    <TableCell>{h.successor?.name ?? th('handover.open.noSuccessor')}</TableCell>
                    <TableCell>
                      {h.nextStep ? HANDOVER_NEXT_STEP_LABELS[h.nextStep] : '—'}
                      {h.warnings.map((w) => (
                        <span key={w.code} className="koers-team-handovers__warning">
                          {' '}
                          {w.message}
                        </span>
                      ))}
                    </TableCell>
                    <TableCell>{h.daysToSwitch ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryResult>
      <MorePages q={q} />
    </TeamSection>
  );
}

function WithoutContact({ level }: { level: HeadingLevel }) {
  const q = useWithoutContact();
  const caseload = useTeamCaseload();
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <TeamSection id="team-zonder" level={level} title={th('team.without.title')}>
      <QueryResult q={q}>
        {() =>
          items.length === 0 ? (
            <Paragraph>{th('team.without.empty')}</Paragraph>
          ) : (
            <ul className="koers-team-without">
              {items.map((c) => (
                <li key={c.caseId} className="koers-panel">
                  <AssignRow item={c} colleagues={caseload.data?.items ?? []} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryResult>
      <MorePages q={q} />
    </TeamSection>
  );
}

function AssignRow({ item, colleagues }: { item: CaseWithoutContact; colleagues: KlantmanagerCaseload[] }) {
  const assign = useAssignContact();
  const [error, setError] = useState<string | undefined>();
  const id = `toewijzen-${item.caseId}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const userId = String(new FormData(event.currentTarget).get('userId') ?? '');
    if (!userId) {
      setError(th('team.without.required'));
      return;
    }
    setError(undefined);
    assign.mutate({ caseId: item.caseId, userId, version: item.caseVersion }, { onError: (e) => setError(isApiError(e) ? (e.fieldErrors[0]?.message ?? e.title) : th('team.without.failed')) });
  };
  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-label={th('team.without.formLabel', { youth: item.youthName })}>
      <p className="utrecht-paragraph">
        <Link to={casePath(item.caseId, 'handover')}>{item.youthName}</Link> — {PHASE_LABELS[item.phase]}.{' '}
        {th('team.without.since', { since: formatDate(item.withoutContactSince), hours: item.hoursWithoutContact, former: item.formerContact?.name ?? '—' })}
      </p>
      <SelectField
        id={id}
        name="userId"
        label={th('team.without.assignLabel', { youth: item.youthName })}
        placeholder={th('handover.form.choose')}
        defaultValue=""
        options={colleagues.map((k) => ({ value: k.user.id, label: th('handover.propose.candidate', { name: k.user.name, count: k.activeCases }) }))}
        error={error}
        required
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={assign.isPending}>
          {th('team.without.assign')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}

function Completed({ level }: { level: HeadingLevel }) {
  const [period, setPeriod] = useState(() => ({ from: addDaysIso(todayIso(), -90), to: todayIso() }));
  const q = useTeamCompleted(period.from, period.to);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = q.data?.pages[0]?.totals;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (from && to && from <= to) setPeriod({ from, to });
  };
  return (
    <TeamSection id="team-afgerond" level={level} title={th('team.completed.title')}>
      <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-label={th('team.completed.period')}>
        <div className="koers-field-row">
          <TextField id="afgerond-van" name="from" type="date" defaultValue={period.from} label={th('team.completed.from')} />
          <TextField id="afgerond-tot" name="to" type="date" defaultValue={period.to} label={th('team.completed.to')} />
        </div>
        <div className="koers-form__actions">
          <PrimaryActionButton type="submit">{th('team.completed.show')}</PrimaryActionButton>
        </div>
      </form>
      <QueryResult q={q} ready={Boolean(totals)}>
        {() => (
          <>
            <p className="utrecht-paragraph koers-team-handovers__totals" role="status">
              {th('team.completed.totals', { warm: totals?.warm ?? 0, cold: totals?.koud ?? 0, from: formatDate(period.from), to: formatDate(period.to) })}
            </p>
            {items.length > 0 ? (
              <Table caption={th('team.completed.caption')}>
                <ColumnHeaders labels={[th('team.col.youth'), th('team.col.from'), th('team.col.to'), th('team.col.switched'), th('team.col.warmth')]} />
                <TableBody>
                  {items.map((h) => (
                    <TableRow key={h.id}>
                      <YouthAndFromCells handover={h} />
                      <TableCell>{h.successor?.name ?? '—'}</TableCell>
                      <TableCell>{h.switchedAt ? formatDate(h.switchedAt) : '—'}</TableCell>
                      <TableCell>
                        {h.warmth ? HANDOVER_WARMTH_LABELS[h.warmth] : '—'}
                        {h.coldReason ? ` (${h.coldReason})` : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
            <MorePages q={q} />
          </>
        )}
      </QueryResult>
    </TeamSection>
  );
}

/** "Meer laden" under a team list, and a retry when loading the next page failed. */
function MorePages({ q }: { q: { hasNextPage: boolean; isFetchingNextPage: boolean; isFetchNextPageError: boolean; error: unknown; fetchNextPage: () => Promise<unknown> } }) {
  return (
    <>
      {q.isFetchNextPageError ? <QueryProblem error={q.error} retry={() => void q.fetchNextPage()} /> : null}
      <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onLoad={() => void q.fetchNextPage()} />
    </>
  );
}

function WarmShare({ level }: { level: HeadingLevel }) {
  const q = useWarmShare();
  return (
    <TeamSection id="team-aandeel" level={level} title={th('team.chart.title')}>
      <QueryResult q={q}>{(months) => <WarmShareChart months={months} />}</QueryResult>
    </TeamSection>
  );
}

function Caseload({ level }: { level: HeadingLevel }) {
  const q = useTeamCaseload();
  return (
    <TeamSection id="team-caseload" level={level} title={th('team.caseload.title')}>
      <QueryResult q={q}>
        {(data) => (
          <Table caption={th('team.caseload.caption', { weeks: data.noContactWeeks })}>
            <ColumnHeaders
              labels={[
                th('team.caseload.who'),
                th('team.caseload.active'),
                th('team.caseload.timeOut'),
                th('team.caseload.overdue'),
                th('team.caseload.noContact', { weeks: data.noContactWeeks }),
                th('team.caseload.incoming'),
                th('team.caseload.outgoing'),
              ]}
            />
            <TableBody>
              {data.items.map((k) => (
                <TableRow key={k.user.id}>
                  <TableHeaderCell scope="row">{k.user.name}</TableHeaderCell>
                  <TableCell>{k.activeCases}</TableCell>
                  <TableCell>{k.timeOut}</TableCell>
                  <TableCell>{k.overdueEvaluations}</TableCell>
                  <TableCell>{k.noContact}</TableCell>
                  <TableCell>{k.incomingHandovers}</TableCell>
                  <TableCell>{k.outgoingHandovers}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryResult>
    </TeamSection>
  );
}

/** A part of the overview: a section named by its heading. */
function TeamSection({ id, level, title, children }: { id: string; level: HeadingLevel; title: string; children: ReactNode }) {
  return (
    <section className="koers-section" aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** "Bezig met laden" while a query is pending, the problem (with a retry) when it failed or is incomplete, else its content. */
function QueryResult<T>({
  q,
  ready = true,
  children,
}: {
  q: { isPending: boolean; data: T | undefined; error: unknown; refetch: () => Promise<unknown> };
  /** False when the data arrived but misses a part the content needs. */
  ready?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (q.isPending) return <Loading>{th('handover.loading')}</Loading>;
  if (!q.data || !ready) return <QueryProblem error={q.error} retry={() => void q.refetch()} />;
  return <>{children(q.data)}</>;
}

function ColumnHeaders({ labels }: { labels: string[] }) {
  return (
    <TableHeader>
      <TableRow>
        {labels.map((label) => (
          <TableHeaderCell key={label}>{label}</TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}

/** The row's first two cells: the young person (a link to the case's handover tab) and the former contact person. */
function YouthAndFromCells({ handover }: { handover: { caseId: string; youthName: string; from: { name: string } | null } }) {
  return (
    <>
      <TableHeaderCell scope="row">
        <Link to={casePath(handover.caseId, 'handover')}>{handover.youthName}</Link>
      </TableHeaderCell>
      <TableCell>{handover.from?.name ?? '—'}</TableCell>
    </>
  );
}
