import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { PATHS } from '../../../routing/paths';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { TeamHandoversSection } from '../../handovers/components/team-handovers-page';
import { CaseList } from '../../caseload/components/case-list';
import { tx as selfCheckTx } from '../../self-check/i18n';
import { tx } from '../i18n';

const COMING = [
  { id: 'team-evaluaties', title: 'team.evaluations.title', text: 'team.evaluations.text' },
  { id: 'team-kwaliteit', title: 'team.quality.title', text: 'team.quality.text' },
] as const;

/** Landing page of the teamleider: the team's cases (read-only), and the overviews still to come. */
export function TeamPage() {
  usePageTitle(t('team.title'));
  const user = useCurrentUser();
  return (
    <>
      <PageHeading>{t('team.title')}</PageHeading>
      <Paragraph lead>{user.team ? tx('team.introWithTeam', { team: user.team.name }) : tx('team.intro')}</Paragraph>
      <CaseList
        idPrefix="team"
        title={tx('team.cases.title')}
        showContactPerson
        empty={<Paragraph>{user.team ? tx('team.cases.empty') : tx('team.cases.noTeam')}</Paragraph>}
      />
      <TeamHandoversSection />
      <div className="koers-cards koers-section">
        {COMING.map((topic) => (
          <section key={topic.id} className="koers-panel" aria-labelledby={topic.id}>
            <Heading level={2} appearance="level-4" id={topic.id}>
              {tx(topic.title)}
            </Heading>
            {topic.id === 'team-kwaliteit' ? (
              <Paragraph>
                {selfCheckTx('selfCheck.teamLinkIntro')} <Link to={PATHS.selfCheck}>{selfCheckTx('selfCheck.teamLink')}</Link>
              </Paragraph>
            ) : (
              <>
                <Paragraph>{tx(topic.text)}</Paragraph>
                <Paragraph small className="koers-muted">
                  {tx('team.soon.text')}
                </Paragraph>
              </>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
