import { Link as RouterLink } from 'react-router';
import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { PATHS } from '../../../routing/paths';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { th as handoverTh } from '../../handovers/i18n';
import { MY_HANDOVERS_PATH } from '../../handovers/paths';
import { tx as selfCheckTx } from '../../self-check/i18n';
import { tx } from '../i18n';
import { REGISTER_YOUTH_PATH } from '../paths';
import { CaseList } from './case-list';
import { InviteJongereForm } from './invite-jongere-form';

/** Landing page of the klantmanager: their active cases, sorted by attention; register a new jongere. */
export function CaseloadPage() {
  usePageTitle(t('caseload.title'));
  const user = useCurrentUser();
  return (
    <>
      <div className="koers-page-intro">
        <PageHeading>{t('caseload.title')}</PageHeading>
        <RouterLink to={REGISTER_YOUTH_PATH} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {tx('caseload.register')}
        </RouterLink>
      </div>
      <Paragraph lead>{tx('caseload.intro')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.selfCheck}>{selfCheckTx('selfCheck.caseloadLink')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to={MY_HANDOVERS_PATH}>{handoverTh('mine.link')}</Link>
      </Paragraph>
      <CaseList
        idPrefix="caseload"
        title={tx('caseload.cases.title')}
        empty={
          <>
            <Paragraph>{tx('caseload.cases.empty')}</Paragraph>
            <Paragraph small>{user.team ? t('caseload.cases.team', { team: user.team.name }) : t('caseload.cases.noTeam')}</Paragraph>
          </>
        }
      />
      {/* Belongs to a case now; stays here until the case page offers it. */}
      <section className="koers-section koers-panel koers-narrow-panel" aria-labelledby="caseload-uitnodigen">
        <Heading level={2} id="caseload-uitnodigen">
          {t('invite.title')}
        </Heading>
        <Paragraph>{t('invite.intro')}</Paragraph>
        <InviteJongereForm />
      </section>
    </>
  );
}
