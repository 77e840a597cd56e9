import { HANDOVER_NEXT_STEP_LABELS, HANDOVER_WARMTH_LABELS, PHASE_LABELS, type CaseWithoutContact, type KlantmanagerCaseload } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
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
    <section className="koers-section" aria-labelledby="team-lopend">
      <Heading level={level} id="team-lopend">
        {th('team.inProgress.title')}
      </Heading>
      {q.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !q.data ? (
        <QueryProblem error={q.error} retry={() => void q.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{th('team.inProgress.empty')}</Paragraph>
      ) : (
        <Table caption={th('team.inProgress.caption', { count: items.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{th('team.col.youth')}</TableHeaderCell>
              <TableHeaderCell>{th('team.col.from')}</TableHeaderCell>
              <TableHeaderCell>{th('team.col.successor')}</TableHeaderCell>
              <TableHeaderCell>{th('team.col.missing')}</TableHeaderCell>
              <TableHeaderCell>{th('team.col.days')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((h) => (
              <TableRow key={h.id}>
                <TableHeaderCell scope="row">
                  <Link to={casePath(h.caseId, 'handover')}>{h.youthName}</Link>
                </TableHeaderCell>
                <TableCell>{h.from?.name ?? '—'}</TableCell>
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
      )}
      <MorePages q={q} />
    </section>
  );
}

function WithoutContact({ level }: { level: HeadingLevel }) {
  const q = useWithoutContact();
  const caseload = useTeamCaseload();
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="koers-section" aria-labelledby="team-zonder">
      <Heading level={level} id="team-zonder">
        {th('team.without.title')}
      </Heading>
      {q.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !q.data ? (
        <QueryProblem error={q.error} retry={() => void q.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{th('team.without.empty')}</Paragraph>
      ) : (
        <ul className="koers-team-without">
          {items.map((c) => (
            <li key={c.caseId} className="koers-panel">
              <AssignRow item={c} colleagues={caseload.data?.items ?? []} />
            </li>
          ))}
        </ul>
      )}
      <MorePages q={q} />
    </section>
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
    <section className="koers-section" aria-labelledby="team-afgerond">
      <Heading level={level} id="team-afgerond">
        {th('team.completed.title')}
      </Heading>
      <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-label={th('team.completed.period')}>
        <div className="koers-field-row">
          <TextField id="afgerond-van" name="from" type="date" defaultValue={period.from} label={th('team.completed.from')} />
          <TextField id="afgerond-tot" name="to" type="date" defaultValue={period.to} label={th('team.completed.to')} />
        </div>
        <div className="koers-form__actions">
          <PrimaryActionButton type="submit">{th('team.completed.show')}</PrimaryActionButton>
        </div>
      </form>
      {q.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !q.data || !totals ? (
        <QueryProblem error={q.error} retry={() => void q.refetch()} />
      ) : (
        <>
          <p className="utrecht-paragraph koers-team-handovers__totals" role="status">
            {th('team.completed.totals', { warm: totals.warm, cold: totals.koud, from: formatDate(period.from), to: formatDate(period.to) })}
          </p>
          {items.length > 0 ? (
            <Table caption={th('team.completed.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{th('team.col.youth')}</TableHeaderCell>
                  <TableHeaderCell>{th('team.col.from')}</TableHeaderCell>
                  <TableHeaderCell>{th('team.col.to')}</TableHeaderCell>
                  <TableHeaderCell>{th('team.col.switched')}</TableHeaderCell>
                  <TableHeaderCell>{th('team.col.warmth')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((h) => (
                  <TableRow key={h.id}>
                    <TableHeaderCell scope="row">
                      <Link to={casePath(h.caseId, 'handover')}>{h.youthName}</Link>
                    </TableHeaderCell>
                    <TableCell>{h.from?.name ?? '—'}</TableCell>
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
    </section>
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
    <section className="koers-section" aria-labelledby="team-aandeel">
      <Heading level={level} id="team-aandeel">
        {th('team.chart.title')}
      </Heading>
      {q.isPending ? <Loading>{th('handover.loading')}</Loading> : !q.data ? <QueryProblem error={q.error} retry={() => void q.refetch()} /> : <WarmShareChart months={q.data} />}
    </section>
  );
}

function Caseload({ level }: { level: HeadingLevel }) {
  const q = useTeamCaseload();
  return (
    <section className="koers-section" aria-labelledby="team-caseload">
      <Heading level={level} id="team-caseload">
        {th('team.caseload.title')}
      </Heading>
      {q.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !q.data ? (
        <QueryProblem error={q.error} retry={() => void q.refetch()} />
      ) : (
        <Table caption={th('team.caseload.caption', { weeks: q.data.noContactWeeks })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{th('team.caseload.who')}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.active')}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.timeOut')}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.overdue')}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.noContact', { weeks: q.data.noContactWeeks })}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.incoming')}</TableHeaderCell>
              <TableHeaderCell>{th('team.caseload.outgoing')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {q.data.items.map((k) => (
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
    </section>
  );
}
