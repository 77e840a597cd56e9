import { ROLE_LABELS, type UserSummary } from '@koers/contracts';
import { useState } from 'react';
import { problemFormErrors } from '../../../forms/form-errors';
import { t } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { WorkPhoneForm } from '../../profile/components/work-phone-form';
import { useSetUserActive, useSetWorkPhone, useUserPages } from '../hooks/use-users';
import { type StaffPasswordReset, useStaffPasswordReset } from '../hooks/use-staff-password-reset';
import { StaffPasswordResetButton, StaffPasswordResetResult } from './staff-password-reset';
import { ta } from '../../auth/i18n';
import { CreateStaffUserForm } from './create-staff-user-form';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';

export function UsersSection() {
  const users = useUserPages();
  const setActive = useSetUserActive();
  const reset = useStaffPasswordReset();
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
        <Paragraph>{ta('staffReset.intro')}</Paragraph>
        <StaffPasswordResetResult reset={reset} />
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
                <TableHeaderCell>{t('admin.users.column.phone')}</TableHeaderCell>
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
                  reset={reset}
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

function UserRow({ user, isMe, busy, onToggle, reset }: { user: UserSummary; isMe: boolean; busy: boolean; onToggle: () => void; reset: StaffPasswordReset }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row">{user.name}</TableHeaderCell>
      <TableCell>{user.email ?? '–'}</TableCell>
      <TableCell>{ROLE_LABELS[user.role]}</TableCell>
      <TableCell>{user.team?.name ?? '–'}</TableCell>
      <TableCell>{user.role === 'jongere' ? '–' : <WorkPhoneCell user={user} />}</TableCell>
      <TableCell>
        <StatusBadge status={user.active ? 'active' : 'inactive'}>{user.active ? t('admin.users.active') : t('admin.users.inactive')}</StatusBadge>
      </TableCell>
      <TableCell>
        {isMe ? (
          <span className="koers-muted">{t('admin.users.you')}</span>
        ) : (
          <div className="koers-admin-actions">
            <SecondaryActionButton busy={busy} onClick={onToggle}>
              {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}{' '}
              <VisuallyHidden>{user.name}</VisuallyHidden>
            </SecondaryActionButton>{' '}
            <StaffPasswordResetButton user={user} reset={reset} />
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}

/** A staff member's work phone number, with a small form to change it (the row keeps focus order). */
function WorkPhoneCell({ user }: { user: UserSummary }) {
  const setPhone = useSetWorkPhone();
  const [open, setOpen] = useState(false);
  const toggleId = `telefoon-${user.id}-wijzigen`;
  return (
    <div className="koers-admin-phone">
      <span>{user.workPhone ?? '–'}</span>{' '}
      <SubtleButton
        id={toggleId}
        type="button"
        aria-expanded={open}
        onClick={() => {
          setOpen((o) => !o);
          if (open) requestAnimationFrame(() => document.getElementById(toggleId)?.focus());
        }}
      >
        {open ? t('admin.users.phone.close') : t('admin.users.phone.edit')} <VisuallyHidden>{`${t('admin.users.column.phone')} ${user.name}`}</VisuallyHidden>
      </SubtleButton>
      {open ? (
        <WorkPhoneForm id={`telefoon-${user.id}`} current={user.workPhone} labelHint={`(${user.name})`} save={(workPhone) => setPhone.mutateAsync({ id: user.id, workPhone })} />
      ) : null}
    </div>
  );
}
