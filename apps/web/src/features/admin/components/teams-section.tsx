import { formatDate, t } from '../../../i18n/i18n';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { useTeamPages } from '../hooks/use-teams';
import { CreateTeamForm } from './create-team-form';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';
import { Link } from '../../../ui/link';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { th } from '../../handovers/i18n';
import { adminHandoverSettingsPath } from '../../handovers/paths';

export function TeamsSection() {
  const teams = useTeamPages();
  const items = teams.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="koers-section" aria-labelledby="beheer-teams">
      <Heading level={2} id="beheer-teams">
        {t('admin.teams.title')}
      </Heading>
      <div className="koers-columns">
        <div className="koers-panel">
          {teams.isPending ? (
            <Loading>{t('admin.teams.loading')}</Loading>
          ) : !teams.data ? (
            <QueryProblem error={teams.error} retry={() => void teams.refetch()} />
          ) : items.length === 0 ? (
            <Paragraph>{t('admin.teams.empty')}</Paragraph>
          ) : (
            <Table caption={t('admin.teams.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('admin.teams.column.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('admin.teams.column.created')}</TableHeaderCell>
                  <TableHeaderCell>{th('settings.adminColumn')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((team) => (
                  <TableRow key={team.id}>
                    <TableCell>{team.name}</TableCell>
                    <TableCell>{formatDate(team.createdAt)}</TableCell>
                    <TableCell>
                      <Link to={adminHandoverSettingsPath(team.id)}>
                        {th('settings.adminLink')}
                        <VisuallyHidden> {th('settings.adminLinkTeam', { team: team.name })}</VisuallyHidden>
                      </Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {teams.isFetchNextPageError ? <QueryProblem error={teams.error} retry={() => void teams.fetchNextPage()} /> : null}
          <LoadMore hasMore={teams.hasNextPage} loading={teams.isFetchingNextPage} onLoad={() => void teams.fetchNextPage()} />
        </div>
        <div className="koers-panel">
          <Heading level={3} id="team-aanmaken">
            {t('admin.createTeam.title')}
          </Heading>
          <CreateTeamForm />
        </div>
      </div>
    </section>
  );
}
