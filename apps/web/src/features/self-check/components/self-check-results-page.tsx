import type { SelfCheckResults, SelfCheckRound } from '@koers/contracts';
import { useState } from 'react';
import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { useSelfCheckResults } from '../hooks/use-self-check';
import { tx } from '../i18n';
import { RoundNotFound, useRouteRound } from './route-round';
import { ImprovementPlan } from './improvement-plan';
import { type ChartSeries, formatScore, SelfCheckChart } from './self-check-chart';

/** The team's result of a round: chart and table per theme, lowest factors with tips, improvement plan. */
export function SelfCheckResultsPage() {
  const { rounds, round } = useRouteRound();
  usePageTitle(tx('selfCheck.results.title', { title: round?.title ?? '' }));
  if (rounds.isPending) return <Loading>{tx('selfCheck.loading')}</Loading>;
  if (!round) return <RoundNotFound loadError={rounds.isError} />;
  return <SelfCheckResultsView round={round} earlier={(rounds.data?.items ?? []).filter((r) => r.id !== round.id)} />;
}

export function SelfCheckResultsView({ round, earlier }: { round: SelfCheckRound; earlier: SelfCheckRound[] }) {
  const [compareTo, setCompareTo] = useState('');
  const results = useSelfCheckResults(round.id, compareTo || null);
  return (
    <>
      <PageHeading>{tx('selfCheck.results.title', { title: round.title })}</PageHeading>
      <Paragraph lead>{tx('selfCheck.results.intro')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.selfCheck}>{tx('selfCheck.back')}</Link>
      </Paragraph>
      {results.isPending ? <Loading>{tx('selfCheck.loading')}</Loading> : null}
      {results.isError ? <Alert type="error">{tx('selfCheck.loadError')}</Alert> : null}
      {results.data ? (
        <ResultsBody results={results.data} earlier={earlier} compareTo={compareTo} onCompare={setCompareTo} />
      ) : null}
      <ImprovementPlan roundId={round.id} themes={results.data?.current.themes ?? []} />
    </>
  );
}

function ResultsBody({ results, earlier, compareTo, onCompare }: { results: SelfCheckResults; earlier: SelfCheckRound[]; compareTo: string; onCompare: (id: string) => void }) {
  const { current, compare, minRespondents } = results;
  const series: ChartSeries[] = [
    { key: 'all', label: tx('selfCheck.results.series.all'), tone: 'all', group: current.all },
    { key: 'staff', label: tx('selfCheck.results.series.staff'), tone: 'staff', group: current.staff },
    { key: 'jongere', label: tx('selfCheck.results.series.jongere'), tone: 'jongere', group: current.jongere },
  ];
  if (compare) series.push({ key: 'compare', label: tx('selfCheck.results.series.compare', { title: compare.round.title }), tone: 'compare', group: compare.all });
  const cell = (s: ChartSeries, theme: number) => {
    const agg = s.group.themes.find((x) => x.theme === theme);
    if (!agg?.shown || agg.average === null) return tx('selfCheck.results.tooFew');
    return `${formatScore(agg.average)} (± ${formatScore(agg.standardDeviation ?? 0)}, n = ${agg.respondents})`;
  };

  return (
    <section className="koers-section" aria-labelledby="check-uitkomst">
      <Heading level={2} id="check-uitkomst">
        {tx('selfCheck.results.chartTitle')}
      </Heading>
      {!current.all.shown ? (
        <div role="status">
          <Alert type="info">{tx('selfCheck.results.threshold', { min: minRespondents })}</Alert>
        </div>
      ) : (
        <>
          {earlier.length > 0 ? (
            <SelectField
              id="check-vergelijk"
              label={tx('selfCheck.results.compare')}
              options={earlier.map((r) => ({ value: r.id, label: r.title }))}
              placeholder={tx('selfCheck.results.compareNone')}
              value={compareTo}
              onChange={(e) => onCompare(e.target.value)}
            />
          ) : null}
          <SelfCheckChart themes={current.themes} series={series} />
          <Table caption={tx('selfCheck.results.tableCaption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{tx('selfCheck.results.theme')}</TableHeaderCell>
                {series.map((s) => (
                  <TableHeaderCell key={s.key}>{`${s.label}: ${tx('selfCheck.results.average').toLowerCase()} (± ${tx('selfCheck.results.spread').toLowerCase()}, ${tx('selfCheck.results.respondents').toLowerCase()})`}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {current.themes.map((theme) => (
                <TableRow key={theme.number}>
                  <TableHeaderCell scope="row">{`${theme.number}. ${theme.title}`}</TableHeaderCell>
                  {series.map((s) => (
                    <TableCell key={s.key}>{cell(s, theme.number)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <section className="koers-section" aria-labelledby="check-laagste">
            <Heading level={2} id="check-laagste">
              {tx('selfCheck.results.lowest.title')}
            </Heading>
            <Paragraph>{tx('selfCheck.results.lowest.intro')}</Paragraph>
            {current.lowestFactors.length === 0 ? <Paragraph>{tx('selfCheck.results.lowest.empty', { min: minRespondents })}</Paragraph> : null}
            {current.lowestFactors.map((f) => (
              <article key={f.factor} className="koers-panel koers-self-check-low">
                <Heading level={3} appearance="level-4">
                  {tx('selfCheck.results.lowest.factor', { number: f.factor, title: f.title, average: formatScore(f.average) })}
                </Heading>
                <details>
                  <summary>{tx('selfCheck.results.lowest.tips', { number: f.factor })}</summary>
                  <ul>
                    {f.tips.map((tip) => (
                      <li key={tip.title}>
                        <strong>{tip.title}</strong>: {tip.text}
                        {tip.points.length ? (
                          <ul>
                            {tip.points.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </details>
              </article>
            ))}
          </section>
        </>
      )}
    </section>
  );
}
