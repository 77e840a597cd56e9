import { usePageTitle } from '../../../routing/use-page-title';
import { PATHS } from '../../../routing/paths';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { th } from '../i18n';
import { TeamHandovers } from './team-handovers';

/** `/team/overdrachten`: the teamleider's handover overview on its own page. */
export function TeamHandoversPage() {
  usePageTitle(th('team.page.title'));
  return (
    <>
      <PageHeading>{th('team.page.title')}</PageHeading>
      <Paragraph>
        <Link to={PATHS.team}>{th('team.page.back')}</Link>
      </Paragraph>
      <TeamHandovers level={2} />
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
