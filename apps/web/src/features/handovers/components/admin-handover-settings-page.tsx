import { useParams } from 'react-router';
import { usePageTitle } from '../../../routing/use-page-title';
import { PATHS } from '../../../routing/paths';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { th } from '../i18n';
import { HandoverSettingsForm } from './handover-settings-form';

/** `/beheer/teams/:teamId/overdracht`: the beheerder sets a team's rules for warm handovers. */
export function AdminHandoverSettingsPage() {
  usePageTitle(th('settings.title'));
  const { teamId = '' } = useParams();
  return (
    <>
      <PageHeading>{th('settings.title')}</PageHeading>
      <Paragraph>
        <Link to={PATHS.admin}>{th('settings.backToAdmin')}</Link>
      </Paragraph>
      <HandoverSettingsForm teamId={teamId} level={2} />
    </>
  );
}
