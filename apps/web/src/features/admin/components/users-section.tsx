import { ROLE_LABELS, type UserSummary } from '@koers/contracts';
import { problemFormErrors } from '../../../forms/form-errors';
import { t } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useSetUserActive, useUserPages } from '../hooks/use-users';
import { CreateStaffUserForm } from './create-staff-user-form';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';

export function UsersSection() {
  const users = useUserPages();
  const setActive = useSetUserActive();
  const me = useCurrentUser();
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const toggleError = setActive.error ? problemFormErrors(setActive.error, []) : null;

  return (
    <section className="koers-section" aria-labelledby="beheer-accounts">
      <Heading level={2} id="beheer-accounts">
        {t('admin.users.title')}
      </Heading>
      <div className="koers-panel">
        {toggleError ? (
          <Alert type="error" role="alert">
            <Paragraph>{toggleError.title}</Paragraph>
            {toggleError.requestId ? <Paragraph small>{t('error.requestId', { id: toggleError.requestId })}</Paragraph> : null}
          </Alert>
        ) : null}
        {users.isPending ? (
          <Loading>{t('admin.users.loading')}</Loading>
        ) : !users.data ? (
          <QueryProblem error={users.error} retry={() => void users.refetch()} />
        ) : items.length === 0 ? (
          <Paragraph>{t('admin.users.empty')}</Paragraph>
        ) : (
          <Table caption={t('admin.users.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('admin.users.column.name')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.users.column.email')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.users.column.role')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.users.column.team')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.users.column.status')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.users.column.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  isMe={user.id === me.id}
                  busy={setActive.isPending && setActive.variables?.id === user.id}
                  onToggle={() => !setActive.isPending && setActive.mutate({ id: user.id, active: !user.active })}
                />
              ))}
            </TableBody>
          </Table>
        )}
        {users.isFetchNextPageError ? <QueryProblem error={users.error} retry={() => void users.fetchNextPage()} /> : null}
        <LoadMore hasMore={users.hasNextPage} loading={users.isFetchingNextPage} onLoad={() => void users.fetchNextPage()} />
      </div>
      <div className="koers-panel">
        <Heading level={3} id="medewerker-toevoegen">
          {t('admin.createUser.title')}
        </Heading>
        <Paragraph>{t('admin.createUser.intro')}</Paragraph>
        <CreateStaffUserForm />
      </div>
    </section>
  );
}

function UserRow({ user, isMe, busy, onToggle }: { user: UserSummary; isMe: boolean; busy: boolean; onToggle: () => void }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row">{user.name}</TableHeaderCell>
      <TableCell>{user.email ?? '–'}</TableCell>
      <TableCell>{ROLE_LABELS[user.role]}</TableCell>
      <TableCell>{user.team?.name ?? '–'}</TableCell>
      <TableCell>
        <StatusBadge status={user.active ? 'active' : 'inactive'}>{user.active ? t('admin.users.active') : t('admin.users.inactive')}</StatusBadge>
      </TableCell>
      <TableCell>
        {isMe ? (
          <span className="koers-muted">{t('admin.users.you')}</span>
        ) : (
          <SecondaryActionButton busy={busy} onClick={onToggle}>
            {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}{' '}
            <VisuallyHidden>{user.name}</VisuallyHidden>
          </SecondaryActionButton>
        )}
      </TableCell>
    </TableRow>
  );
}
