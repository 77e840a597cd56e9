import type { SelfCheckRound, WerkwijzerFactor } from '@koers/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { useMyAnswers, useSaveAnswer, useWerkwijzerContent } from '../hooks/use-self-check';
import { tx } from '../i18n';
import { RoundNotFound, useRouteRound } from './route-round';
import { selfCheckResultsPath } from '../paths';

const SCORE_OPTIONS = [
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: 'nvt', label: tx('selfCheck.fill.nvt') },
];

/** Filling in the check: every factor per theme, each answer saved the moment it is chosen. */
export function SelfCheckFillPage() {
  const { rounds, round } = useRouteRound();
  usePageTitle(tx('selfCheck.fill.title', { title: round?.title ?? '' }));
  if (rounds.isPending) return <Loading>{tx('selfCheck.loading')}</Loading>;
  if (!round) return <RoundNotFound loadError={rounds.isError} />;
  return <SelfCheckForm round={round} />;
}

export function SelfCheckForm({ round }: { round: SelfCheckRound }) {
  const content = useWerkwijzerContent();
  const answers = useMyAnswers(round.id);
  const save = useSaveAnswer(round.id);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const byFactor = new Map((answers.data?.answers ?? []).map((a) => [a.factor, a.score]));
  const canAnswer = answers.data?.canAnswer ?? false;
  const change = (factor: WerkwijzerFactor, value: string) => {
    const score = value === '' ? undefined : value === 'nvt' ? null : Number(value);
    setError('');
    setStatus(tx('selfCheck.fill.saving'));
    save.mutate(
      { factor: factor.number, score },
      {
        onSuccess: () => setStatus(tx('selfCheck.fill.saved', { number: factor.number, title: factor.title })),
        onError: (e) => {
          setStatus('');
          setError(tx('selfCheck.fill.error', { number: factor.number, reason: isApiError(e) ? e.title : '' }));
        },
      },
    );
  };

  return (
    <>
      <PageHeading>{tx('selfCheck.fill.title', { title: round.title })}</PageHeading>
      <Paragraph lead>{tx('selfCheck.fill.intro')}</Paragraph>
      {content.isPending || answers.isPending ? <Loading>{tx('selfCheck.loading')}</Loading> : null}
      {content.isError || answers.isError ? <Alert type="error">{tx('selfCheck.loadError')}</Alert> : null}
      {answers.data && !canAnswer ? <Alert type="info">{tx('selfCheck.fill.closed')}</Alert> : null}
      {answers.data ? <Paragraph>{tx('selfCheck.fill.progress', { answered: byFactor.size, total: round.factorCount })}</Paragraph> : null}
      <div className="koers-self-check-status">
        <p role="status" className="utrecht-paragraph">
          {status}
        </p>
        <div role="alert">{error ? <Alert type="error">{error}</Alert> : null}</div>
      </div>
      {content.data && answers.data
        ? content.data.themes.map((theme) => (
            <section key={theme.number} className="koers-section" aria-labelledby={`check-thema-${theme.number}`}>
              <Heading level={2} id={`check-thema-${theme.number}`}>
                {`${theme.number}. ${theme.title}`}
              </Heading>
              {theme.factors.map((factor) => {
                const score = byFactor.get(factor.number);
                const value = score === undefined ? '' : score === null ? 'nvt' : String(score);
                return (
                  <div key={factor.number} className="koers-self-check-factor">
                    <SelectField
                    id={`check-factor-${factor.number.replace('.', '-')}`}
                    label={tx('selfCheck.fill.scoreLabel', { number: factor.number, title: factor.title })}
                    description={factor.explanation}
                    options={SCORE_OPTIONS}
                    placeholder={tx('selfCheck.fill.empty')}
                    value={value}
                    disabled={!canAnswer}
                    onChange={(e) => change(factor, e.target.value)}
                  />
                  </div>
                );
              })}
            </section>
          ))
        : null}
      <Paragraph className="koers-section">
        <Link to={selfCheckResultsPath(round.id)}>{tx('selfCheck.fill.toResults')}</Link>
      </Paragraph>
    </>
  );
}
