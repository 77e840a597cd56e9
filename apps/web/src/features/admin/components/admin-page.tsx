import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { PageHeading } from '../../../ui/heading';
import { WerkwijzerAdminLink } from '../../werkwijzer/components/werkwijzer-content-page';
import { Paragraph } from '../../../ui/paragraph';
import { TeamsSection } from './teams-section';
import { UsersSection } from './users-section';

/** Landing page of the functioneel beheerder: teams and staff accounts. */
export function AdminPage() {
  usePageTitle(t('admin.title'));
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Paragraph lead>{t('admin.intro')}</Paragraph>
      <WerkwijzerAdminLink />
      <UsersSection />
      <TeamsSection />
    </>
  );
}
