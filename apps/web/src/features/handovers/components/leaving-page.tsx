import { HANDOVER_LIMITS, HANDOVER_NEXT_STEP_LABELS, HANDOVER_STATUS_LABELS, type LeavingCaseItem, PHASE_LABELS, type PlanBulkHandoversResult } from '@koers/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { formatDate } from '../../../i18n/i18n';
import { clientFormErrors, type FormErrors, summaryItems } from '../../../forms/form-errors';
import { usePageTitle } from '../../../routing/use-page-title';
import { casePath, PATHS } from '../../../routing/paths';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { ErrorSummary } from '../../../ui/error-summary';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { SelectField } from '../../../ui/select-field';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../../ui/table';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useTeamCaseload } from '../hooks/use-handovers';
import { useLeavingCases, usePlanBulk, useSpread } from '../hooks/use-team-planning';
import { th } from '../i18n';
import { addDaysIso, todayIso } from './form-shell';

type Field = 'leaver' | 'successors' | 'reason' | 'plannedSwitchDate' | 'cases';
const IDS: Record<Field, string> = {
  leaver: 'vertrek-wie',
  successors: 'vertrek-collegas',
  reason: 'vertrek-reden',
  plannedSwitchDate: 'vertrek-datum',
  cases: 'vertrek-trajecten',
};
const selectIdOf = (caseId: string) => `vertrek-naar-${caseId}`;

/** A proposal: per case (in the order shown) the chosen colleague; the teamleider can change each. */
type Proposal = Record<string, string>;

/**
 * `/team/overdrachten/iemand-vertrekt`: a klantmanager leaves the team or goes on long leave. The
 * teamleider chooses who, the colleagues who take over (their caseload in view), the reason and the
 * switch date; Koers proposes a spread by caseload; the teamleider adjusts it per case and plans
 * them all at once. Each case then follows the normal warm-handover steps on its own.
 */
export function LeavingPage() {
  usePageTitle(th('leaving.title'));
  const caseload = useTeamCaseload();
  const [leaverId, setLeaverId] = useState('');
  const [successorIds, setSuccessorIds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [plannedSwitchDate, setPlannedSwitchDate] = useState(() => addDaysIso(todayIso(), 28));
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field> | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<PlanBulkHandoversResult | null>(null);
  const cases = useLeavingCases(leaverId || null);
  const spread = useSpread();
  const plan = usePlanBulk();
  const proposalHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const klantmanagers = caseload.data?.items ?? [];
  const leaver = klantmanagers.find((k) => k.user.id === leaverId) ?? null;
  const colleagues = klantmanagers.filter((k) => k.user.id !== leaverId);
  const all = cases.data ?? [];
  const toSpread = all.filter((c) => c.openHandoverId === null);
  const nameOf = (userId: string) => klantmanagers.find((k) => k.user.id === userId)?.user.name ?? '';

  const hasProposal = proposal !== null;
  useEffect(() => {
    if (hasProposal) proposalHeading.current?.focus();
  }, [hasProposal]);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const fail = (next: FormErrors<Field> | null, rows: Record<string, string> = {}) => {
    setErrors(next);
    setRowErrors(rows);
    setAttempt((n) => n + 1);
  };

  /** Any change to who leaves or who takes over makes a new proposal necessary. */
  const changeTeam = (update: () => void) => {
    update();
    setProposal(null);
    setRowErrors({});
  };

  const checkBasics = (): boolean => {
    const problems = clientFormErrors<Field>({
      leaver: leaverId ? undefined : th('leaving.leaverRequired'),
      successors: successorIds.length ? undefined : th('leaving.successorsRequired'),
      reason: !reason.trim() ? th('handover.propose.reasonRequired') : reason.trim().length > HANDOVER_LIMITS.reason ? th('handover.form.tooLong', { max: HANDOVER_LIMITS.reason }) : undefined,
      plannedSwitchDate: !plannedSwitchDate ? th('handover.propose.dateRequired') : plannedSwitchDate < todayIso() ? th('handover.propose.datePast') : undefined,
      cases: leaverId && cases.data && toSpread.length === 0 ? th('leaving.noCases', { name: leaver?.user.name ?? '' }) : undefined,
    });
    if (problems) fail(problems);
    return problems === null;
  };

  const propose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (spread.isPending || !checkBasics() || !cases.data) return;
    spread.mutate(
      { caseIds: toSpread.map((c) => c.caseId), successorUserIds: successorIds },
      {
        onSuccess: (res) => {
          fail(null);
          setProposal(Object.fromEntries(res.assignments.map((a) => [a.caseId, a.successorUserId])));
        },
        onError: (error) => fail(serverErrors(error, { caseIds: 'cases', successorUserIds: 'successors' })),
      },
    );
  };

  const planAll = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (plan.isPending || !proposal || !checkBasics()) return;
    const assignments = Object.entries(proposal).map(([caseId, successorUserId]) => ({ caseId, successorUserId }));
    plan.mutate(
      { reason: reason.trim(), plannedSwitchDate, assignments },
      {
        onSuccess: (res) => {
          fail(null);
          setResult(res);
        },
        onError: (error) => {
          // Per row: "assignments.3.caseId" is about the fourth case sent.
          const rows: Record<string, string> = {};
          const rest: { field: string; message: string }[] = [];
          for (const e of isApiError(error) ? error.fieldErrors : []) {
            const m = /^assignments\.(\d+)\.(caseId|successorUserId)$/.exec(e.field);
            const caseId = m ? assignments[Number(m[1])]?.caseId : undefined;
            if (caseId) rows[caseId] = rows[caseId] ? `${rows[caseId]} ${e.message}` : e.message;
            else rest.push(e);
          }
          fail(serverErrors(error, {}, rest), rows);
          // A case may have got a handover of its own in the meantime: show the list as it is now.
          void cases.refetch();
        },
      },
    );
  };

  if (result) {
    return (
      <>
        <PageHeading>{th('leaving.title')}</PageHeading>
        <section className="koers-section" aria-labelledby="vertrek-resultaat">
          <Heading level={2} id="vertrek-resultaat" ref={resultHeading} tabIndex={-1}>
            {th('leaving.done.title')}
          </Heading>
          <Alert type="ok" role="status">
            <Paragraph>{th('leaving.done.text', { count: result.handovers.length, date: formatDate(plannedSwitchDate) })}</Paragraph>
          </Alert>
          <Paragraph>{th('leaving.done.workflow')}</Paragraph>
          <Table caption={th('leaving.done.caption', { count: result.handovers.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{th('team.col.youth')}</TableHeaderCell>
                <TableHeaderCell>{th('team.col.successor')}</TableHeaderCell>
                <TableHeaderCell>{th('leaving.col.status')}</TableHeaderCell>
                <TableHeaderCell>{th('leaving.col.next')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.handovers.map((h) => (
                <TableRow key={h.id}>
                  <TableHeaderCell scope="row">
                    <Link to={casePath(h.caseId, 'handover')}>{h.youthName}</Link>
                  </TableHeaderCell>
                  <TableCell>{h.successor?.name ?? '—'}</TableCell>
                  <TableCell>{HANDOVER_STATUS_LABELS[h.status]}</TableCell>
                  <TableCell>{h.nextStep ? HANDOVER_NEXT_STEP_LABELS[h.nextStep] : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph>
            <Link to={PATHS.teamHandovers}>{th('leaving.done.overview')}</Link>
          </Paragraph>
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeading>{th('leaving.title')}</PageHeading>
      <Paragraph lead>{th('leaving.intro')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.teamHandovers}>{th('leaving.back')}</Link>
      </Paragraph>
      {errors ? (
        <ErrorSummary
          key={attempt}
          title={errors.title}
          requestId={errors.requestId}
          items={[
            ...summaryItems(errors, IDS),
            ...all.filter((c) => rowErrors[c.caseId]).map((c) => ({ message: `${c.youthName}: ${rowErrors[c.caseId]}`, fieldId: selectIdOf(c.caseId) })),
          ]}
        />
      ) : null}
      {caseload.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !caseload.data ? (
        <QueryProblem error={caseload.error} retry={() => void caseload.refetch()} />
      ) : (
        <form className="utrecht-form koers-form koers-panel" noValidate onSubmit={propose} aria-labelledby="vertrek-stap1">
          <Heading level={2} id="vertrek-stap1">
            {th('leaving.step1')}
          </Heading>
          <SelectField
            id={IDS.leaver}
            name="leaver"
            label={th('leaving.leaver')}
            description={th('leaving.leaverDescription')}
            placeholder={th('handover.form.choose')}
            required
            value={leaverId}
            onChange={(e) => changeTeam(() => {
              const next = e.target.value;
              setLeaverId(next);
              setSuccessorIds((ids) => ids.filter((id) => id !== next));
            })}
            options={klantmanagers.map((k) => ({ value: k.user.id, label: th('handover.propose.candidate', { name: k.user.name, count: k.activeCases }) }))}
            error={errors?.fields.leaver}
          />
          {leaverId ? <LeaverCases name={leaver?.user.name ?? ''} query={cases} error={errors?.fields.cases} /> : null}
          <fieldset
            id={IDS.successors}
            tabIndex={-1}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset koers-fieldset"
            aria-describedby={errors?.fields.successors ? `${IDS.successors}-error` : undefined}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend koers-fieldset__legend">{th('leaving.successors')}</legend>
            <p className="utrecht-paragraph koers-muted">{th('leaving.successorsDescription')}</p>
            {errors?.fields.successors ? (
              <p id={`${IDS.successors}-error`} className="utrecht-form-field-error-message">
                {errors.fields.successors}
              </p>
            ) : null}
            {colleagues.length === 0 ? (
              <Paragraph>{th('handover.propose.noList')}</Paragraph>
            ) : (
              colleagues.map((k) => (
                <CheckboxField
                  key={k.user.id}
                  name="successor"
                  value={k.user.id}
                  checked={successorIds.includes(k.user.id)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    changeTeam(() => setSuccessorIds((ids) => (on ? [...ids, k.user.id] : ids.filter((id) => id !== k.user.id))));
                  }}
                  label={th('leaving.colleague', { name: k.user.name, count: k.activeCases, incoming: k.incomingHandovers })}
                />
              ))
            )}
          </fieldset>
          <TextareaField
            id={IDS.reason}
            name="reason"
            rows={2}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            label={th('handover.propose.reason')}
            description={th('leaving.reasonDescription')}
            error={errors?.fields.reason}
          />
          <TextField
            id={IDS.plannedSwitchDate}
            name="plannedSwitchDate"
            type="date"
            required
            min={todayIso()}
            value={plannedSwitchDate}
            onChange={(e) => setPlannedSwitchDate(e.target.value)}
            label={th('handover.propose.date')}
            description={th('leaving.dateDescription')}
            error={errors?.fields.plannedSwitchDate}
          />
          <div className="koers-form__actions">
            <PrimaryActionButton type="submit" busy={spread.isPending}>
              {proposal ? th('leaving.proposeAgain') : th('leaving.propose')}
            </PrimaryActionButton>
          </div>
        </form>
      )}
      {proposal ? (
        <form className="utrecht-form koers-form koers-panel koers-section" noValidate onSubmit={planAll} aria-labelledby="vertrek-stap2">
          <Heading level={2} id="vertrek-stap2" ref={proposalHeading} tabIndex={-1}>
            {th('leaving.step2')}
          </Heading>
          <Paragraph>{th('leaving.step2Intro')}</Paragraph>
          <Table caption={th('leaving.proposal.caption', { count: Object.keys(proposal).length, name: leaver?.user.name ?? '' })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{th('team.col.youth')}</TableHeaderCell>
                <TableHeaderCell>{th('leaving.col.phase')}</TableHeaderCell>
                <TableHeaderCell>{th('leaving.col.to')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {all
                .filter((c) => proposal[c.caseId] !== undefined)
                .map((c) => (
                  <ProposalRow
                    key={c.caseId}
                    item={c}
                    value={proposal[c.caseId]!}
                    options={successorIds.map((id) => ({ value: id, label: nameOf(id) }))}
                    error={rowErrors[c.caseId]}
                    onChange={(successorUserId) => setProposal((p) => (p ? { ...p, [c.caseId]: successorUserId } : p))}
                  />
                ))}
            </TableBody>
          </Table>
          <SpreadSummary
            rows={successorIds.map((id) => {
              const k = klantmanagers.find((x) => x.user.id === id);
              const now = k?.activeCases ?? 0;
              const added = Object.values(proposal).filter((to) => to === id).length;
              return { id, name: nameOf(id), now, added };
            })}
          />
          <div className="koers-form__actions">
            <PrimaryActionButton type="submit" busy={plan.isPending}>
              {th('leaving.plan', { count: Object.keys(proposal).length })}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={() => changeTeam(() => undefined)}>
              {th('leaving.discard')}
            </SecondaryActionButton>
          </div>
        </form>
      ) : null}
    </>
  );
}

function LeaverCases({ name, query, error }: { name: string; query: ReturnType<typeof useLeavingCases>; error?: string }) {
  if (query.isPending) return <Loading>{th('handover.loading')}</Loading>;
  if (!query.data) return <QueryProblem error={query.error} retry={() => void query.refetch()} />;
  const busy = query.data.filter((c) => c.openHandoverId !== null);
  return (
    <div id={IDS.cases} tabIndex={-1} className="koers-leaving-cases">
      {error ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <Paragraph>{th('leaving.casesSummary', { name, count: query.data.length - busy.length })}</Paragraph>
      {busy.length > 0 ? (
        <>
          <Paragraph>{th('leaving.busyIntro', { count: busy.length })}</Paragraph>
          <ul className="utrecht-unordered-list">
            {busy.map((c) => (
              <li key={c.caseId} className="utrecht-unordered-list__item">
                <Link to={casePath(c.caseId, 'handover')}>{c.youthName}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function ProposalRow({ item, value, options, error, onChange }: { item: LeavingCaseItem; value: string; options: { value: string; label: string }[]; error?: string; onChange: (id: string) => void }) {
  const id = selectIdOf(item.caseId);
  return (
    <TableRow>
      <TableHeaderCell scope="row">{item.youthName}</TableHeaderCell>
      <TableCell>{PHASE_LABELS[item.phase]}</TableCell>
      <TableCell>
        <select
          id={id}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          aria-label={th('leaving.selectLabel', { youth: item.youthName })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${id}-error`} className="utrecht-form-field-error-message">
            {error}
          </p>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

function SpreadSummary({ rows }: { rows: { id: string; name: string; now: number; added: number }[] }) {
  return (
    <Table caption={th('leaving.summary.caption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{th('leaving.summary.who')}</TableHeaderCell>
          <TableHeaderCell>{th('leaving.summary.now')}</TableHeaderCell>
          <TableHeaderCell>{th('leaving.summary.added')}</TableHeaderCell>
          <TableHeaderCell>{th('leaving.summary.after')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
            <TableCell>{r.now}</TableCell>
            <TableCell>{r.added}</TableCell>
            <TableCell>{r.now + r.added}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The server's problem as form errors: known fields next to their input, the rest in the summary. */
function serverErrors(error: unknown, fieldMap: Record<string, Field>, only?: { field: string; message: string }[]): FormErrors<Field> {
  if (!isApiError(error)) return { title: th('leaving.failed'), fields: {}, general: [] };
  const fields: Partial<Record<Field, string>> = {};
  const general: string[] = [];
  const known: Record<string, Field> = { reason: 'reason', plannedSwitchDate: 'plannedSwitchDate', ...fieldMap };
  for (const { field, message } of only ?? error.fieldErrors) {
    const f = known[field] ?? (field.startsWith('caseIds.') ? fieldMap.caseIds : undefined);
    if (f && !fields[f]) fields[f] = message;
    else general.push(message);
  }
  return { title: error.title, fields, general, requestId: error.requestId };
}
