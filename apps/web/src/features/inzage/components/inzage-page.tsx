import type { AccessLogEntry } from '@koers/contracts';
import { useEffect, useRef } from 'react';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/i18n';
import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { LoadMore } from '../../../ui/load-more';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { INZAGE_DOWNLOADS, useAccessLog } from '../hooks/use-access-log';
import { ti } from '../i18n';
import './inzage.css';

/**
 * "Wat Koers over jou weet" (inzage, AVG art. 15): what it is, that it is the jongere's right, the
 * two downloads, and who looked at their dossier. Plain Dutch (B1), phone first.
 */
export function InzagePage() {
  usePageTitle(ti('inzage.title'));
  // Without a dossier there is nothing to download (the list below asks the same, from the same cache).
  const log = useAccessLog();
  const noCase = log.isError && isApiError(log.error) && log.error.status === 404;
  return (
    <div className="koers-narrow koers-inzage">
      <PageHeading>{ti('inzage.title')}</PageHeading>
      <Paragraph lead>{ti('inzage.lead')}</Paragraph>

      <section className="koers-panel" aria-labelledby="inzage-recht">
        <Heading level={2} id="inzage-recht">
          {ti('inzage.right.title')}
        </Heading>
        <Paragraph>{ti('inzage.right.text')}</Paragraph>
        <Heading level={3}>{ti('inzage.contents.title')}</Heading>
        <ul className="koers-inzage__contents">
          <li>{ti('inzage.contents.person')}</li>
          <li>{ti('inzage.contents.plan')}</li>
          <li>{ti('inzage.contents.intake')}</li>
          <li>{ti('inzage.contents.contacts')}</li>
          <li>{ti('inzage.contents.more')}</li>
          <li>{ti('inzage.contents.log')}</li>
        </ul>
        <Paragraph>{ti('inzage.wrong')}</Paragraph>
      </section>

      <section className="koers-panel" aria-labelledby="inzage-download">
        <Heading level={2} id="inzage-download">
          {ti('inzage.download.title')}
        </Heading>
        {noCase ? (
          <Paragraph>{ti('inzage.noCase')}</Paragraph>
        ) : (
          <>
            <ul className="koers-inzage__downloads">
              <li>
                <a
                  href={INZAGE_DOWNLOADS.pdf}
                  download
                  aria-describedby="inzage-pdf-hint"
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action koers-inzage__download"
                >
                  {ti('inzage.download.pdf')}
                </a>
                <Paragraph small id="inzage-pdf-hint">
                  {ti('inzage.download.pdfHint')}
                </Paragraph>
              </li>
              <li>
                <a
                  href={INZAGE_DOWNLOADS.json}
                  download
                  aria-describedby="inzage-json-hint"
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action koers-inzage__download"
                >
                  {ti('inzage.download.json')}
                </a>
                <Paragraph small id="inzage-json-hint">
                  {ti('inzage.download.jsonHint')}
                </Paragraph>
              </li>
            </ul>
            <Paragraph>{ti('inzage.download.careful')}</Paragraph>
          </>
        )}
      </section>

      <AccessLogSection />

      <Paragraph>
        <Link to={PATHS.myPlan}>{ti('inzage.back')}</Link>
      </Paragraph>
    </div>
  );
}

function AccessLogSection() {
  const query = useAccessLog();
  const entries = query.data?.pages.flatMap((p) => p.items) ?? [];
  // After "Meer laden", focus goes to the first new line, so keyboard and screen reader users continue there.
  const focusFrom = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from !== null && entries.length > from) {
      focusFrom.current = null;
      (list.current?.children[from] as HTMLElement | undefined)?.focus();
    }
  }, [entries.length]);

  const noCase = query.isError && isApiError(query.error) && query.error.status === 404;
  return (
    <section className="koers-panel" aria-labelledby="inzage-log">
      <Heading level={2} id="inzage-log">
        {ti('inzage.log.title')}
      </Heading>
      <Paragraph>{ti('inzage.log.intro')}</Paragraph>
      {query.isPending ? <Loading>{ti('inzage.log.loading')}</Loading> : null}
      {query.isError && !noCase && entries.length === 0 ? <QueryProblem error={query.error} retry={() => void query.refetch()} /> : null}
      {query.isSuccess && entries.length === 0 ? <Paragraph>{ti('inzage.log.empty')}</Paragraph> : null}
      {entries.length ? (
        <ol className="koers-inzage__log" ref={list}>
          {entries.map((e) => (
            <AccessLogItem key={e.id} entry={e} />
          ))}
        </ol>
      ) : null}
      {query.isError && entries.length > 0 ? <QueryProblem error={query.error} retry={() => void query.fetchNextPage()} /> : null}
      <LoadMore
        hasMore={Boolean(query.hasNextPage)}
        loading={query.isFetchingNextPage}
        onLoad={() => {
          focusFrom.current = entries.length;
          void query.fetchNextPage();
        }}
      />
    </section>
  );
}

/** One line; it can take focus from script only (after "Meer laden"), not by Tab. */
function AccessLogItem({ entry }: { entry: AccessLogEntry }) {
  return (
    <li className="koers-inzage__log-item" tabIndex={-1}>
      <span className="koers-inzage__who">{ti('inzage.log.who', { name: entry.actorName, role: entry.actorRoleLabel.toLowerCase() })}</span>
      <span>{entry.description}</span>
      <time className="koers-inzage__when" dateTime={entry.at}>
        {formatDateTime(entry.at)}
      </time>
    </li>
  );
}
