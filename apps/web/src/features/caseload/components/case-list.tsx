import { type CaseloadItem, PHASE_LABELS } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import type { ReactNode } from 'react';
import { isApiError } from '../../../api/api-error';
import { formatDate, t } from '../../../i18n/i18n';
import { casePath } from '../../../routing/paths';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { PhaseBadge, SignalList } from '../../case/components/signal-list';
import { useCaseloadPages } from '../hooks/use-caseload';
import { useCaseloadFilters } from '../hooks/use-caseload-filters';
import { tx } from '../i18n';
import { CaseListFilters, hasFilters } from './case-list-filters';
import { Fact } from '../../case/components/facts';

export interface CaseListProps {
  /** Prefix for element ids, so that two lists could share a page. */
  idPrefix: string;
  title: string;
  /** Shown when there are no cases at all (no filters). */
  empty: ReactNode;
  /** The team's list shows whose case it is. */
  showContactPerson?: boolean;
}

/**
 * A caseload: filters (kept in the query string), the cases as cards sorted by attention (the
 * server's order), and "Meer laden" for the next page. Used by the klantmanager's caseload and
 * the teamleider's team page.
 */
export function CaseList({ idPrefix, title, empty, showContactPerson = false }: CaseListProps) {
  const { filters, setFilters } = useCaseloadFilters();
  const pages = useCaseloadPages(filters);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const headingId = `${idPrefix}-titel`;
  const filtered = hasFilters(filters);

  let count = '';
  if (pages.data) {
    count = pages.hasNextPage
      ? tx('caseList.count.more', { count: items.length })
      : items.length === 1
        ? tx('caseList.count.one')
        : tx('caseList.count.many', { count: items.length });
  }

  return (
    <section className="koers-section koers-case-list-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <CaseListFilters idPrefix={idPrefix} />
      {/* Announced after each search or filter, and after "Meer laden". */}
      <p className="utrecht-paragraph koers-case-list__count" role="status">
        {count}
      </p>
      {pages.isPending ? (
        <Loading>{tx('caseList.loading')}</Loading>
      ) : !pages.data ? (
        <ListProblem error={pages.error} retry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        <div className="koers-empty-state">
          {filtered ? (
            <>
              <Paragraph>{tx('caseList.noResults')}</Paragraph>
              <Paragraph small>{tx('caseList.noResultsHint')}</Paragraph>
              <SecondaryActionButton type="button" onClick={() => setFilters({ q: undefined, phase: undefined, signal: undefined })}>
                {tx('caseList.filters.clear')}
              </SecondaryActionButton>
            </>
          ) : (
            empty
          )}
        </div>
      ) : (
        <ul className="koers-case-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <CaseCard key={item.id} item={item} showContactPerson={showContactPerson} />
          ))}
        </ul>
      )}
      {pages.isFetchNextPageError ? <ListProblem error={pages.error} retry={() => void pages.fetchNextPage()} /> : null}
      {pages.hasNextPage ? (
        <div className="koers-form__actions">
          <SecondaryActionButton busy={pages.isFetchingNextPage} onClick={() => !pages.isFetchingNextPage && void pages.fetchNextPage()}>
            {tx('caseList.loadMore')}
          </SecondaryActionButton>
        </div>
      ) : null}
    </section>
  );
}

function CaseCard({ item, showContactPerson }: { item: CaseloadItem; showContactPerson: boolean }) {
  return (
    <li className="koers-case-card">
      <div className="koers-case-card__who">
        <Heading level={3} appearance="level-4" className="koers-case-card__name">
          <Link to={casePath(item.id)}>{item.youthName}</Link>
        </Heading>
        <dl className="koers-facts koers-facts--inline">
          <Fact label={tx('caseList.field.age')}>{tx('caseList.age', { age: item.age })}</Fact>
          <Fact label={tx('caseList.field.phase')}>
            <PhaseBadge>{PHASE_LABELS[item.phase]}</PhaseBadge>
          </Fact>
        </dl>
        {showContactPerson ? (
          <dl className="koers-facts koers-facts--stacked koers-case-card__contact">
            <Fact label={tx('caseList.field.contactPerson')}>{item.contactPerson?.name ?? tx('caseList.noContactPerson')}</Fact>
          </dl>
        ) : null}
      </div>
      <div className="koers-case-card__signals">
        {item.signals.length > 0 ? (
          <SignalList signals={item.signals} label={tx('caseList.field.signals')} />
        ) : (
          <p className="utrecht-paragraph koers-muted koers-case-card__no-signals">{tx('caseList.noSignals')}</p>
        )}
      </div>
      <dl className="koers-facts koers-facts--stacked koers-case-card__dates">
        <Fact label={tx('caseList.field.nextEvaluation')}>{item.nextEvaluationDate ? formatDateNl(item.nextEvaluationDate) : tx('caseList.notPlanned')}</Fact>
        <Fact label={tx('caseList.field.lastContact')}>{item.lastContactAt ? formatDate(item.lastContactAt) : tx('caseList.noContact')}</Fact>
      </dl>
    </li>
  );
}


function ListProblem({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{isApiError(error) ? error.title : tx('caseList.error')}</Paragraph>
      {isApiError(error) && error.requestId ? <Paragraph small className="koers-request-id">{t('error.requestId', { id: error.requestId })}</Paragraph> : null}
      <SecondaryActionButton onClick={retry}>{tx('caseList.retry')}</SecondaryActionButton>
    </Alert>
  );
}
