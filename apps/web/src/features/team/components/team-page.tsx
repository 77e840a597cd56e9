import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';

const TOPICS = [
  { id: 'team-caseload', title: 'team.caseload.title', text: 'team.caseload.text' },
  { id: 'team-overdrachten', title: 'team.handovers.title', text: 'team.handovers.text' },
  { id: 'team-evaluaties', title: 'team.evaluations.title', text: 'team.evaluations.text' },
  { id: 'team-kwaliteit', title: 'team.quality.title', text: 'team.quality.text' },
] as const;

/** Landing page of the teamleider. The overviews come here in a next stage. */
export function TeamPage() {
  usePageTitle(t('team.title'));
  const user = useCurrentUser();
  return (
    <>
      <PageHeading>{t('team.title')}</PageHeading>
      <Paragraph lead>{user.team ? t('team.introWithTeam', { team: user.team.name }) : t('team.intro')}</Paragraph>
      <div className="koers-cards">
        {TOPICS.map((topic) => (
          <section key={topic.id} className="koers-panel" aria-labelledby={topic.id}>
            <Heading level={2} appearance="level-3" id={topic.id}>
              {t(topic.title)}
            </Heading>
            <Paragraph>{t(topic.text)}</Paragraph>
            <Paragraph small className="koers-muted">
              {t('team.noDataYet')}
            </Paragraph>
          </section>
        ))}
      </div>
    </>
  );
}
