import { ROLE_LABELS } from '@koers/contracts';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { useSetOwnWorkPhone, useStaffProfile } from '../hooks/use-profile';
import { tpr } from '../i18n';
import { WorkPhoneForm } from './work-phone-form';

/** "Mijn gegevens" of a staff member: who they are, and their work phone number (which they set themselves). */
export function StaffProfilePage() {
  usePageTitle(tpr('profile.title'));
  const profile = useStaffProfile();
  const setPhone = useSetOwnWorkPhone();

  return (
    <>
      <PageHeading>{tpr('profile.title')}</PageHeading>
      {profile.isPending ? (
        <Loading>{tpr('profile.loading')}</Loading>
      ) : !profile.data ? (
        <QueryProblem error={profile.error} retry={() => void profile.refetch()} />
      ) : (
        <>
          <section className="koers-panel" aria-label={tpr('profile.title')}>
            <dl>
              <dt>{tpr('profile.name')}</dt>
              <dd>{profile.data.name}</dd>
              <dt>{tpr('profile.email')}</dt>
              <dd>{profile.data.email ?? '–'}</dd>
              <dt>{tpr('profile.role')}</dt>
              <dd>{ROLE_LABELS[profile.data.role]}</dd>
            </dl>
          </section>
          <section className="koers-panel" aria-labelledby="mijn-werktelefoon">
            <Heading level={2} id="mijn-werktelefoon">
              {tpr('profile.phone.title')}
            </Heading>
            <Paragraph>{tpr('profile.phone.intro', { name: profile.data.name })}</Paragraph>
            <WorkPhoneForm id="mijn-werktelefoon-nummer" current={profile.data.workPhone} autoComplete="tel" save={(workPhone) => setPhone.mutateAsync(workPhone)} />
          </section>
        </>
      )}
    </>
  );
}
