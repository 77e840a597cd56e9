import { useParams } from 'react-router';
import { PATHS } from '../../../routing/paths';
import { Alert } from '../../../ui/alert';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { useSelfCheckRounds } from '../hooks/use-self-check';
import { tx } from '../i18n';

/** The round named by the route's `roundId`, looked up in the list of rounds. */
export function useRouteRound() {
  const roundId = useParams().roundId ?? '';
  const rounds = useSelfCheckRounds();
  const round = rounds.data?.items.find((r) => r.id === roundId);
  return { rounds, round };
}

/** The page for a round that could not be loaded or does not exist, with a way back. */
export function RoundNotFound({ loadError }: { loadError: boolean }) {
  return (
    <>
      <PageHeading>{tx('selfCheck.title')}</PageHeading>
      <Alert type="error">{loadError ? tx('selfCheck.loadError') : tx('selfCheck.notFound')}</Alert>
      <Paragraph>
        <Link to={PATHS.selfCheck}>{tx('selfCheck.back')}</Link>
      </Paragraph>
    </>
  );
}
