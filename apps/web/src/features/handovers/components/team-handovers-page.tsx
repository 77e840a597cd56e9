import { usePageTitle } from '../../../routing/use-page-title';
import { PATHS } from '../../../routing/paths';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { th } from '../i18n';
import { TEAM_LEAVING_PATH } from '../paths';
import { HandoverSettingsForm } from './handover-settings-form';
import { TeamHandovers } from './team-handovers';

/** `/team/overdrachten`: the teamleider's handover overview on its own page, with "iemand vertrekt" and the team's rules. */
export function TeamHandoversPage() {
  usePageTitle(th('team.page.title'));
  const user = useCurrentUser();
  return (
    <>
      <PageHeading>{th('team.page.title')}</PageHeading>
      <Paragraph>
        <Link to={PATHS.team}>{th('team.page.back')}</Link>
      </Paragraph>
      <section className="koers-section koers-panel" aria-labelledby="team-vertrek">
        <Heading level={2} id="team-vertrek">
          {th('leaving.teaserTitle')}
        </Heading>
        <Paragraph>{th('leaving.teaser')}</Paragraph>
        <Paragraph>
          <Link to={TEAM_LEAVING_PATH}>{th('leaving.teaserLink')}</Link>
        </Paragraph>
      </section>
      <TeamHandovers level={2} />
      {user.team ? <HandoverSettingsForm teamId={user.team.id} level={2} /> : null}
    </>
  );
}

/** The "Overdrachten" part of the team page: a link to the overview and the open work at a glance. */
export function TeamHandoversSection() {
  return (
    <section className="koers-section koers-panel" aria-labelledby="team-overdrachten">
      <Heading level={2} id="team-overdrachten">
        {th('team.section.title')}
      </Heading>
      <Paragraph>
        <Link to={PATHS.teamHandovers}>{th('team.section.link')}</Link>
      </Paragraph>
      <TeamHandovers level={3} />
    </section>
  );
}
