import { Heading } from '../../../ui/heading';
import { LoadMore } from '../../../ui/load-more';
import { useMyProposals } from '../hooks/use-my-plan';
import { tp } from '../i18n';

const PROPOSAL_STATUS = { open: 'myPlan.proposals.open', overgenomen: 'myPlan.proposals.overgenomen', besproken: 'myPlan.proposals.besproken' } as const;

/** "Wat je hebt voorgesteld": all her proposals, newest first, a page at a time. Not shown while there are none. */
export function MyProposals() {
  const query = useMyProposals();
  const proposals = (query.data?.pages ?? []).flatMap((p) => p.items);
  if (!proposals.length) return null;
  return (
    <>
      <Heading level={3}>{tp('myPlan.proposals.title')}</Heading>
      <ul className="koers-my-proposals">
        {proposals.map((p) => (
          <li key={p.id}>
            {p.text}{' '}
            <span className="koers-my-step__who">
              ({tp(p.status === 'overgenomen' && p.appliedInVersion === null ? 'myPlan.proposals.overgenomenLater' : PROPOSAL_STATUS[p.status])})
            </span>
            {p.reply ? <span className="koers-my-proposal__reply">{tp('myPlan.proposals.reply', { text: p.reply })}</span> : null}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}
