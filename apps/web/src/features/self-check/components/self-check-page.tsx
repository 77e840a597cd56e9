import { type FormEvent, useId, useState } from 'react';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton } from '../../../ui/button';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { TextField } from '../../../ui/text-field';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useOpenRound, useSelfCheckRounds } from '../hooks/use-self-check';
import { tx } from '../i18n';
import { selfCheckFillPath, selfCheckResultsPath } from '../paths';
import { YouthInvitation } from './youth-invitation';

/** Doe de check: the team's rounds; the teamleider opens a new one. */
export function SelfCheckPage() {
  usePageTitle(tx('selfCheck.title'));
  const user = useCurrentUser();
  const rounds = useSelfCheckRounds();
  return (
    <>
      <PageHeading>{tx('selfCheck.title')}</PageHeading>
      <Paragraph lead>{tx('selfCheck.intro')}</Paragraph>
      {!user.team ? <Paragraph>{tx('selfCheck.noTeam')}</Paragraph> : null}
      {rounds.isPending ? <Loading>{tx('selfCheck.loading')}</Loading> : null}
      {rounds.isError ? <Alert type="error">{tx('selfCheck.loadError')}</Alert> : null}
      {rounds.data?.permissions.canOpenRound ? <OpenRoundForm /> : null}
      {rounds.data ? (
        <section className="koers-section" aria-labelledby="check-rondes">
          <Heading level={2} id="check-rondes">
            {tx('selfCheck.rounds.title')}
          </Heading>
          {rounds.data.items.length === 0 ? (
            <Paragraph>{tx('selfCheck.rounds.empty')}</Paragraph>
          ) : (
            <Table caption={tx('selfCheck.rounds.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{tx('selfCheck.rounds.name')}</TableHeaderCell>
                  <TableHeaderCell>{tx('selfCheck.rounds.status')}</TableHeaderCell>
                  <TableHeaderCell>{tx('selfCheck.rounds.respondents')}</TableHeaderCell>
                  <TableHeaderCell>{tx('selfCheck.rounds.mine')}</TableHeaderCell>
                  <TableHeaderCell>{tx('selfCheck.rounds.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rounds.data.items.map((round) => (
                  <TableRow key={round.id}>
                    <TableHeaderCell scope="row">{round.title}</TableHeaderCell>
                    <TableCell>{round.status === 'open' ? tx('selfCheck.rounds.open') : tx('selfCheck.rounds.closed')}</TableCell>
                    <TableCell>{round.respondents}</TableCell>
                    <TableCell>{tx('selfCheck.rounds.myProgress', { answered: round.myAnswered, total: round.factorCount })}</TableCell>
                    <TableCell>
                      <span className="koers-self-check-links">
                        {round.status === 'open' ? (
                          <Link to={selfCheckFillPath(round.id)} aria-label={tx('selfCheck.rounds.fillNamed', { title: round.title })}>
                            {tx('selfCheck.rounds.fill')}
                          </Link>
                        ) : null}
                        <Link to={selfCheckResultsPath(round.id)} aria-label={tx('selfCheck.rounds.resultsNamed', { title: round.title })}>
                          {tx('selfCheck.rounds.results')}
                        </Link>
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {rounds.data.items.filter((r) => r.status === 'open').map((r) => (
            <YouthInvitation key={r.id} round={r} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function OpenRoundForm() {
  const id = useId();
  const fieldId = `${id}-titel`;
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormErrors<'title'> | null>(null);
  const [done, setDone] = useState('');
  const open = useOpenRound();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const problems = clientFormErrors<'title'>({ title: title.trim() ? undefined : tx('selfCheck.open.required') });
    setErrors(problems);
    if (problems) return;
    open.mutate(title.trim(), {
      onSuccess: (round) => {
        setTitle('');
        setDone(tx('selfCheck.open.done', { title: round.title }));
      },
      onError: (error) => setErrors(problemFormErrors(error, ['title'] as const)),
    });
  };
  return (
    <section className="koers-section koers-panel koers-narrow-panel" aria-labelledby={`${id}-kop`}>
      <Heading level={2} id={`${id}-kop`}>
        {tx('selfCheck.open.title')}
      </Heading>
      <Paragraph>{tx('selfCheck.open.intro')}</Paragraph>
      <form noValidate onSubmit={submit}>
        {errors ? <FormErrorSummary errors={errors} fieldIds={{ title: fieldId }} /> : null}
        <TextField
          id={fieldId}
          label={tx('selfCheck.open.label')}
          description={tx('selfCheck.open.description')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors?.fields.title}
          required
        />
        <PrimaryActionButton type="submit" disabled={open.isPending}>
          {tx('selfCheck.open.submit')}
        </PrimaryActionButton>
      </form>
      <p role="status" className="utrecht-paragraph">
        {done}
      </p>
    </section>
  );
}
