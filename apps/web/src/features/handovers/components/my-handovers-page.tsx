import { HANDOVER_NEXT_STEP_LABELS, HANDOVER_STATUS_LABELS, type HandoverSummary } from '@koers/contracts';
import { formatDate } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { casePath, PATHS } from '../../../routing/paths';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { LoadMore } from '../../../ui/load-more';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useMyHandovers } from '../hooks/use-team-planning';
import { th } from '../i18n';

export type MyPart = 'contact' | 'successor' | 'candidate';

/** My part in a handover: the current contact person, the chosen successor, or one of the candidates. */
export function partOf(h: HandoverSummary, userId: string): MyPart {
  if (h.successor?.id === userId) return 'successor';
  if (h.from?.id === userId) return 'contact';
  return 'candidate';
}

/** What I need to do now, in words, from my part and the handover's next step. */
export function todoFor(h: HandoverSummary, part: MyPart): string {
  const values = { successor: h.successor?.name ?? '—', from: h.from?.name ?? '—', date: h.plannedSwitchDate ? formatDate(h.plannedSwitchDate) : '—' };
  if (part === 'candidate') return th('mine.todo.candidate', values);
  if (!h.nextStep) return '—';
  const key = `mine.todo.${part}.${h.nextStep}` as const;
  const text = th(key as Parameters<typeof th>[0], values);
  return text === key ? HANDOVER_NEXT_STEP_LABELS[h.nextStep] : text;
}

/** `/mijn-overdrachten`: a klantmanager's open handovers — outgoing, incoming, and those they may be asked for. */
export function MyHandoversPage() {
  usePageTitle(th('mine.title'));
  const user = useCurrentUser();
  const q = useMyHandovers();
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeading>{th('mine.title')}</PageHeading>
      <Paragraph lead>{th('mine.intro')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.caseload}>{th('mine.back')}</Link>
      </Paragraph>
      {q.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !q.data ? (
        <QueryProblem error={q.error} retry={() => void q.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{th('mine.empty')}</Paragraph>
      ) : (
        <Table caption={th('mine.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{th('team.col.youth')}</TableHeaderCell>
              <TableHeaderCell>{th('mine.col.part')}</TableHeaderCell>
              <TableHeaderCell>{th('mine.col.status')}</TableHeaderCell>
              <TableHeaderCell>{th('mine.col.todo')}</TableHeaderCell>
              <TableHeaderCell>{th('mine.col.planned')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((h) => {
              const part = partOf(h, user.id);
              return (
                <TableRow key={h.id}>
                  <TableHeaderCell scope="row">
                    {/* Everyone listed here may open the case: a candidate reads it (read-only) while the choice is open. */}
                    <Link to={casePath(h.caseId, 'handover')}>{h.youthName}</Link>
                  </TableHeaderCell>
                  <TableCell>{th(`mine.part.${part}`, { from: h.from?.name ?? '—', successor: h.successor?.name ?? '—' })}</TableCell>
                  <TableCell>{HANDOVER_STATUS_LABELS[h.status]}</TableCell>
                  <TableCell>
                    {todoFor(h, part)}
                    {part !== 'candidate'
                      ? h.warnings.map((w) => (
                          <span key={w.code} className="koers-team-handovers__warning">
                            {' '}
                            {w.message}
                          </span>
                        ))
                      : null}
                  </TableCell>
                  <TableCell>
                    {h.plannedSwitchDate ? formatDate(h.plannedSwitchDate) : '—'}
                    {h.daysToSwitch !== null ? ` (${th('handover.days', { days: h.daysToSwitch })})` : ''}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {q.isFetchNextPageError ? <QueryProblem error={q.error} retry={() => void q.fetchNextPage()} /> : null}
      <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onLoad={() => void q.fetchNextPage()} />
    </>
  );
}
