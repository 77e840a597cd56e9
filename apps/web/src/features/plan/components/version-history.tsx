import { PLAN_VERSION_STATUS_LABELS, type PlanOverview } from '@koers/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button, PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { QueryProblem } from '../../../ui/query-problem';
import { usePlanDiff, usePlanVersion } from '../hooks/use-plan';
import { tp } from '../i18n';
import { day } from '../utils/format';
import { PlanProvider, usePlanContext } from './plan-context';
import { PlanDiffView } from './plan-diff-view';
import { PlanVersionView } from './plan-version-view';
import { PrintLink } from './print-link';

/** An older (or the in-force) version, read only. */
function VersionViewer({ number, onClose }: { number: number; onClose: () => void }) {
  const parent = usePlanContext();
  const version = usePlanVersion(parent.caseId, number);
  const labelId = useId();
  return (
    <section className="koers-plan-viewer" aria-labelledby={labelId}>
      <div className="koers-plan-viewer__bar">
        <p id={labelId} className="utrecht-paragraph koers-plan-viewer__title" tabIndex={-1}>
          {version.data
            ? tp('history.viewing', { number, status: PLAN_VERSION_STATUS_LABELS[version.data.status].toLowerCase() })
            : tp('history.viewingNumber', { number })}
        </p>
        <div className="koers-plan-actions">
          <PrintLink caseId={parent.caseId} number={number} />
          <SecondaryActionButton onClick={onClose}>{tp('history.close', { number })}</SecondaryActionButton>
        </div>
      </div>
      {version.isPending ? (
        <Loading>{tp('plan.loading')}</Loading>
      ) : !version.data ? (
        <QueryProblem error={version.error} retry={() => void version.refetch()} />
      ) : (
        <PlanProvider value={{ ...parent, version: version.data, canEditContent: false, canEditProgress: false, headingLevel: 4 }}>
          <PlanVersionView />
        </PlanProvider>
      )}
    </section>
  );
}

function DiffForm({ overview }: { overview: PlanOverview }) {
  const numbers = overview.versions.map((v) => v.number);
  const [from, setFrom] = useState(String(numbers[1] ?? ''));
  const [to, setTo] = useState(String(numbers[0] ?? ''));
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const diff = usePlanDiff(overview.caseId, pair);
  const options = [...overview.versions]
    .sort((a, b) => a.number - b.number)
    .map((v) => ({ value: String(v.number), label: tp('history.option', { number: v.number, status: PLAN_VERSION_STATUS_LABELS[v.status].toLowerCase() }) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (from === to) {
      setProblem(tp('diff.same'));
      return;
    }
    setProblem(null);
    setPair({ from: Number(from), to: Number(to) });
  };

  return (
    <div className="koers-plan-compare-versions">
      <form className="utrecht-form koers-form koers-plan-diff-form" noValidate onSubmit={onSubmit} aria-labelledby="plan-vergelijken">
        <Heading level={4} id="plan-vergelijken">
          {tp('diff.formTitle')}
        </Heading>
        {problem ? <ErrorSummary key={attempt} title={problem} items={[{ message: problem, fieldId: 'plan-diff-naar' }]} headingLevel={5} /> : null}
        <div className="koers-plan-diff-form__fields">
          <SelectField id="plan-diff-van" name="from" value={from} onChange={(e) => setFrom(e.target.value)} label={tp('diff.from')} options={options} />
          <SelectField
            id="plan-diff-naar"
            name="to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            label={tp('diff.to')}
            options={options}
            error={problem ?? undefined}
          />
        </div>
        <div className="koers-form__actions">
          <PrimaryActionButton type="submit">{tp('diff.submit')}</PrimaryActionButton>
        </div>
      </form>
      <p role="status" className="utrecht-paragraph koers-form-status">
        {pair !== null && diff.data ? tp('diff.ready', { from: diff.data.from, to: diff.data.to }) : ''}
      </p>
      {pair === null ? null : diff.isPending ? (
        <Loading>{tp('diff.loading')}</Loading>
      ) : !diff.data ? (
        <QueryProblem error={diff.error} retry={() => void diff.refetch()} />
      ) : (
        <PlanDiffView diff={diff.data} headingLevel={5} />
      )}
    </div>
  );
}

/** "Versies": every version with its dates, a read-only look at an older one, and a readable diff between two. */
export function VersionHistory({ overview }: { overview: PlanOverview }) {
  const [viewing, setViewing] = useState<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const shown = overview.current?.number;
  const close = () => {
    const n = viewing;
    setViewing(null);
    requestAnimationFrame(() => (n !== null ? buttons.current.get(n)?.focus() : undefined));
  };
  return (
    <section className="koers-plan-section koers-plan-history-section" aria-labelledby="plan-versies">
      <Heading level={3} id="plan-versies">
        {tp('history.title')}
      </Heading>
      <Table caption={tp('history.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tp('history.col.number')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.status')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.created')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.proposed')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.established')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.evaluated')}</TableHeaderCell>
            <TableHeaderCell>{tp('history.col.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {overview.versions.map((v) => (
            <TableRow key={v.id}>
              <TableHeaderCell scope="row">{tp('history.number', { number: v.number })}</TableHeaderCell>
              <TableCell>{PLAN_VERSION_STATUS_LABELS[v.status]}</TableCell>
              <TableCell>{day(v.createdAt)}</TableCell>
              <TableCell>{v.proposedAt ? day(v.proposedAt) : '–'}</TableCell>
              <TableCell>{v.establishedAt ? day(v.establishedAt) : '–'}</TableCell>
              <TableCell>{v.evaluatedAt ? day(v.evaluatedAt) : '–'}</TableCell>
              <TableCell>
                {v.number === shown ? (
                  tp('history.shownAbove')
                ) : (
                  <Button
                    appearance="subtle-button"
                    ref={(el: HTMLButtonElement | null) => {
                      if (el) buttons.current.set(v.number, el);
                      else buttons.current.delete(v.number);
                    }}
                    aria-expanded={viewing === v.number}
                    onClick={() => setViewing(viewing === v.number ? null : v.number)}
                  >
                    {tp('history.view', { number: v.number })}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {viewing !== null ? <VersionViewer key={viewing} number={viewing} onClose={close} /> : null}
      {overview.versions.length >= 2 ? <DiffForm overview={overview} /> : <Paragraph className="koers-muted">{tp('diff.onlyOne')}</Paragraph>}
    </section>
  );
}
