import type { SelfCheckAnswer, SelfCheckInvite } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { Heading, PageHeading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { tx } from '../i18n';

const OPTIONS = [
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: 'nvt', label: tx('selfCheck.fill.nvt') },
];

/** Doe de check for a jongere invited by a link (no account): saved answer by answer, private. */
export function YouthSelfCheckPage() {
  usePageTitle(tx('youthCheck.title'));
  const token = useParams().token ?? '';
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = ['self-check', 'invite', token] as const;
  const invite = useQuery({ queryKey: key, queryFn: ({ signal }) => api.get<SelfCheckInvite>(`/self-check/invite/${token}`, { anonymous: true, signal }), retry: false });
  const save = useMutation({
    mutationFn: ({ factor, score }: SelfCheckAnswer) => api.put<SelfCheckAnswer>(`/self-check/invite/${token}/answers/${factor}`, { score }, { anonymous: true }),
    onSuccess: (answer) =>
      queryClient.setQueryData<SelfCheckInvite>(key, (old) => (old ? { ...old, answers: [...old.answers.filter((a) => a.factor !== answer.factor), answer] } : old)),
  });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  if (invite.isPending) return <Loading>{tx('youthCheck.loading')}</Loading>;
  if (!invite.data) {
    return (
      <>
        <PageHeading>{tx('youthCheck.title')}</PageHeading>
        <Alert type="error">{tx('youthCheck.notFound')}</Alert>
      </>
    );
  }
  const data = invite.data;
  const byFactor = new Map(data.answers.map((a) => [a.factor, a.score]));
  const total = data.themes.reduce((n, t) => n + t.factors.length, 0);
  return (
    <>
      <PageHeading>{tx('youthCheck.title')}</PageHeading>
      <Paragraph lead>{tx('youthCheck.round', { team: data.teamName, title: data.roundTitle })}</Paragraph>
      <Paragraph>{tx('youthCheck.intro')}</Paragraph>
      {!data.canAnswer ? <Alert type="info">{tx('youthCheck.closed')}</Alert> : null}
      <Paragraph>{tx('youthCheck.progress', { answered: byFactor.size, total })}</Paragraph>
      <div className="koers-self-check-status">
        <p role="status" className="utrecht-paragraph">
          {status}
        </p>
        <div role="alert">{error ? <Alert type="error">{error}</Alert> : null}</div>
      </div>
      {data.themes.map((theme) => (
        <section key={theme.number} className="koers-section" aria-labelledby={`jongere-thema-${theme.number}`}>
          <Heading level={2} id={`jongere-thema-${theme.number}`}>
            {`${theme.number}. ${theme.title}`}
          </Heading>
          {theme.factors.map((factor) => {
            const score = byFactor.get(factor.number);
            return (
              <div key={factor.number} className="koers-self-check-factor">
                <SelectField
                  id={`jongere-factor-${factor.number.replace('.', '-')}`}
                  label={tx('selfCheck.fill.scoreLabel', { number: factor.number, title: factor.title })}
                  options={OPTIONS}
                  placeholder={tx('youthCheck.empty')}
                  value={score === undefined ? '' : score === null ? 'nvt' : String(score)}
                  disabled={!data.canAnswer}
                  onChange={(e) => {
                    if (e.target.value === '') return;
                    setError('');
                    setStatus(tx('youthCheck.saving'));
                    save.mutate(
                      { factor: factor.number, score: e.target.value === 'nvt' ? null : Number(e.target.value) },
                      {
                        onSuccess: () => setStatus(tx('youthCheck.saved', { number: factor.number, title: factor.title })),
                        onError: (err) => {
                          setStatus('');
                          setError(tx('youthCheck.error', { number: factor.number, reason: isApiError(err) ? err.title : '' }));
                        },
                      },
                    );
                  }}
                />
              </div>
            );
          })}
        </section>
      ))}
      <Paragraph>{tx('youthCheck.thanks')}</Paragraph>
    </>
  );
}
