import { ACTIVE_PHASES, type ActivePhase, type CaseDetail, PHASE_LABELS, type Phase } from '@koers/contracts';
import { addDays, formatDateNl, todayInNl } from '@koers/domain';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { SecondaryActionButton } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { FormShell } from '../../../ui/form-shell';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { type CaseTransition, useCaseTransition } from '../hooks/use-case-transition';
import { tc } from '../i18n';

/** What the contact person can do with a case in its current phase. */
type PhaseAction = 'phase' | 'endTimeOut' | 'timeOut' | 'close' | 'reopen';

export function phaseActionsFor(phase: Phase): PhaseAction[] {
  if (phase === 'afgesloten') return ['reopen'];
  if (phase === 'time_out') return ['endTimeOut', 'close'];
  return ['phase', 'timeOut', 'close'];
}

const toggleId = (action: PhaseAction) => `fase-actie-${action}`;
const formId = (action: PhaseAction) => `fase-formulier-${action}`;

const PHASE_OPTIONS = ACTIVE_PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }));
const isActivePhase = (value: string): value is ActivePhase => (ACTIVE_PHASES as readonly string[]).includes(value);

interface Conflict {
  attempt: number;
  title: string;
  /** The user's input, in words, so that nothing is lost when the form cannot stay. */
  yours: string;
}

/** A request from one of the forms, with the user's input in words (for a conflict) and the success message. */
interface Submission {
  transition: CaseTransition;
  yours: string;
  done: (updated: CaseDetail) => string;
}

interface ActionFormProps {
  kase: CaseDetail;
  busy: boolean;
  /** The last failed attempt's error, when it was not a conflict (those are shown above the forms). */
  serverError: unknown;
  onSubmit: (submission: Submission) => void;
  onCancel: () => void;
}

/**
 * The phase actions of the contact person: change phase, time-out, close, reopen. Each opens a
 * small form below the buttons. A stale version (409) brings the header up to date, says what
 * the case is now and what the user wanted, and keeps their input so they can try again.
 */
export function PhaseActions({ kase }: { kase: CaseDetail }) {
  const transition = useCaseTransition(kase.id);
  const [open, setOpen] = useState<PhaseAction | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [done, setDone] = useState<{ id: number; text: string } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const available = phaseActionsFor(kase.phase);
  // After a conflict the case may be in a phase where the open form no longer fits.
  const openForm = open && available.includes(open) ? open : null;
  const serverError = transition.error && !(isApiError(transition.error) && transition.error.status === 409) ? transition.error : null;

  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  const toggle = (action: PhaseAction) => {
    transition.reset();
    setConflict(null);
    setDone(null);
    setOpen(openForm === action ? null : action);
  };

  const cancel = (action: PhaseAction) => {
    transition.reset();
    setConflict(null);
    setOpen(null);
    document.getElementById(toggleId(action))?.focus();
  };

  const submit = ({ transition: request, yours, done: doneText }: Submission) => {
    if (transition.isPending) return;
    setConflict(null);
    transition.mutate(request, {
      onSuccess: (updated) => {
        setOpen(null);
        setDone((d) => ({ id: (d?.id ?? 0) + 1, text: doneText(updated) }));
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) setConflict((c) => ({ attempt: (c?.attempt ?? 0) + 1, title: error.title, yours }));
      },
    });
  };

  const formProps = (action: PhaseAction): ActionFormProps => ({
    kase,
    busy: transition.isPending,
    serverError,
    onSubmit: submit,
    onCancel: () => cancel(action),
  });

  return (
    <div className="koers-phase-actions">
      <div className="koers-phase-actions__buttons" role="group" aria-label={tc('case.actions.title')}>
        {available.map((action) => (
          <SecondaryActionButton key={action} id={toggleId(action)} aria-expanded={openForm === action} aria-controls={openForm === action ? formId(action) : undefined} onClick={() => toggle(action)}>
            {tc(`case.actions.toggle.${action}`)}
          </SecondaryActionButton>
        ))}
      </div>
      <p ref={statusRef} tabIndex={-1} role="status" className="utrecht-paragraph koers-form-status koers-phase-actions__status">
        {done?.text ?? ''}
      </p>
      {conflict ? (
        <ErrorSummary
          key={conflict.attempt}
          title={conflict.title}
          items={[
            { message: tc(openForm ? 'case.actions.conflict.phase' : 'case.actions.conflict.noLonger', { phase: PHASE_LABELS[kase.phase] }) },
            { message: conflict.yours },
          ]}
        />
      ) : null}
      {openForm === 'phase' ? <ChangePhaseForm {...formProps('phase')} /> : null}
      {openForm === 'endTimeOut' ? <EndTimeOutForm {...formProps('endTimeOut')} /> : null}
      {openForm === 'timeOut' ? <TimeOutForm {...formProps('timeOut')} /> : null}
      {openForm === 'close' ? <CloseForm {...formProps('close')} /> : null}
      {openForm === 'reopen' ? <ReopenForm {...formProps('reopen')} /> : null}
    </div>
  );
}

/** The frame of each action form: a heading that takes focus when the form opens, the error summary, the fields, submit and cancel. */
function ActionForm<F extends string>({
  action,
  danger,
  busy,
  errors,
  attempt,
  fieldIds,
  onSubmit,
  onCancel,
  children,
}: {
  /** Its title and submit label are `case.actions.<action>.title` / `.submit`. */
  action: PhaseAction;
  danger?: boolean;
  busy: boolean;
  errors: FormErrors<F> | null;
  attempt: number;
  fieldIds: Record<F, string>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `${formId(action)}-titel`;
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <FormShell
      id={formId(action)}
      className="koers-phase-form"
      onSubmit={onSubmit}
      aria-labelledby={headingId}
      header={
        <Heading level={2} appearance="level-4" id={headingId} ref={headingRef} tabIndex={-1} className="koers-phase-form__title">
          {tc(`case.actions.${action}.title`)}
        </Heading>
      }
      errors={errors}
      attempt={attempt}
      fieldIds={fieldIds}
      busy={busy}
      submitLabel={tc(`case.actions.${action}.submit`)}
      danger={danger}
      cancel={{ label: tc('case.actions.cancel'), onClick: onCancel }}
    >
      {children}
    </FormShell>
  );
}

/** Client checks first; once they pass, the server's answer (if it failed) decides what is shown. */
function useFormErrors<F extends string>(serverError: unknown, fields: readonly F[]) {
  const [clientErrors, setClientErrors] = useState<FormErrors<F> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errors = clientErrors ?? (serverError ? problemFormErrors(serverError, fields) : null);
  const check = (problems: FormErrors<F> | null) => {
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    return problems === null;
  };
  return { errors, attempt, check };
}

/**
 * What sets the three "choose a phase" forms (change phase, end time-out, reopen) apart; their title, submit
 * button, label and success message are the action's `title`, `submit`, `label` and `done` texts.
 */
interface PhaseChoice {
  action: 'phase' | 'endTimeOut' | 'reopen';
  fieldId: string;
  initial: string;
  description?: string;
  placeholder: string;
  /** The problem with the chosen phase, if any. */
  problem: (phase: string) => string | undefined;
}

function PhaseChoiceForm({ kase, choice, busy, serverError, onSubmit, onCancel }: ActionFormProps & { choice: PhaseChoice }) {
  const { action } = choice;
  const [phase, setPhase] = useState(choice.initial);
  const { errors, attempt, check } = useFormErrors(serverError, ['phase'] as const);
  const ids = { phase: choice.fieldId };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = check(clientFormErrors({ phase: choice.problem(phase) }));
    if (!ok || !isActivePhase(phase)) return;
    const body = { phase, version: kase.version };
    onSubmit({
      transition: action === 'reopen' ? { action: 'reopen', body } : { action: 'phase', body },
      yours: tc('case.actions.yours.phase', { phase: PHASE_LABELS[phase] }),
      done: (updated) => tc(`case.actions.${action}.done`, { phase: PHASE_LABELS[updated.phase] }),
    });
  };
  return (
    <ActionForm
      action={action}
      busy={busy}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectField
        id={ids.phase}
        name="phase"
        required
        value={phase}
        onChange={(e) => setPhase(e.target.value)}
        label={tc(`case.actions.${action}.label`)}
        description={choice.description}
        placeholder={choice.placeholder}
        options={PHASE_OPTIONS}
        error={errors?.fields.phase}
      />
    </ActionForm>
  );
}

function ChangePhaseForm(props: ActionFormProps) {
  const { kase } = props;
  return (
    <PhaseChoiceForm
      {...props}
      choice={{
        action: 'phase',
        fieldId: 'fase-nieuw',
        initial: '',
        description: tc('case.actions.phase.description', { phase: PHASE_LABELS[kase.phase] }),
        placeholder: tc('case.actions.phase.placeholder'),
        problem: (phase) => (!isActivePhase(phase) ? tc('case.actions.phase.required') : phase === kase.phase ? tc('case.actions.phase.same') : undefined),
      }}
    />
  );
}

function EndTimeOutForm(props: ActionFormProps) {
  const { kase } = props;
  return (
    <PhaseChoiceForm
      {...props}
      choice={{
        action: 'endTimeOut',
        fieldId: 'fase-na-time-out',
        initial: kase.timeout?.returnsTo ?? '',
        description: kase.timeout ? tc('case.actions.endTimeOut.description', { phase: PHASE_LABELS[kase.timeout.returnsTo] }) : undefined,
        placeholder: tc('case.actions.phase.placeholder'),
        problem: (phase) => (isActivePhase(phase) ? undefined : tc('case.actions.phase.required')),
      }}
    />
  );
}

function TimeOutForm({ kase, busy, serverError, onSubmit, onCancel }: ActionFormProps) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const { errors, attempt, check } = useFormErrors(serverError, ['reason', 'until'] as const);
  const ids = { reason: 'time-out-reden', until: 'time-out-tot' };
  const tomorrow = addDays(todayInNl(), 1);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    const validDate = /^\d{4}-\d{2}-\d{2}$/.test(until);
    const ok = check(
      clientFormErrors({
        reason: text ? undefined : tc('case.actions.timeOut.reason.required'),
        until: !validDate ? tc('case.actions.timeOut.until.required') : until < tomorrow ? tc('case.actions.timeOut.until.past') : undefined,
      }),
    );
    if (!ok) return;
    onSubmit({
      transition: { action: 'time-out', body: { reason: text, until, version: kase.version } },
      yours: tc('case.actions.yours.timeOut', { until: formatDateNl(until), reason: text }),
      done: (updated) => tc('case.actions.timeOut.done', { until: formatDateNl(updated.timeout?.until ?? until) }),
    });
  };
  return (
    <ActionForm
      action="timeOut"
      busy={busy}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Paragraph>{tc('case.actions.timeOut.intro')}</Paragraph>
      <ReasonField id={ids.reason} value={reason} onChange={setReason} label={tc('case.actions.timeOut.reason.label')} description={tc('case.actions.timeOut.reason.description')} error={errors?.fields.reason} />
      <TextField
        id={ids.until}
        name="until"
        type="date"
        required
        min={tomorrow}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        label={tc('case.actions.timeOut.until.label')}
        description={tc('case.actions.timeOut.until.description')}
        error={errors?.fields.until}
        className="koers-date-input"
      />
    </ActionForm>
  );
}

function ReasonField({ id, value, onChange, label, description, error }: { id: string; value: string; onChange: (value: string) => void; label: string; description: string; error?: string }) {
  return (
    <TextareaField
      id={id}
      name="reason"
      required
      maxLength={1000}
      rows={3}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      label={label}
      description={description}
      error={error}
    />
  );
}

function CloseForm({ kase, busy, serverError, onSubmit, onCancel }: ActionFormProps) {
  const [reason, setReason] = useState('');
  const { errors, attempt, check } = useFormErrors(serverError, ['reason'] as const);
  const ids = { reason: 'afsluiten-reden' };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    if (!check(clientFormErrors({ reason: text ? undefined : tc('case.actions.close.reason.required') }))) return;
    onSubmit({
      transition: { action: 'close', body: { reason: text, version: kase.version } },
      yours: tc('case.actions.yours.close', { reason: text }),
      done: () => tc('case.actions.close.done'),
    });
  };
  return (
    <ActionForm
      action="close"
      danger
      busy={busy}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Paragraph>{tc('case.actions.close.intro')}</Paragraph>
      <ReasonField id={ids.reason} value={reason} onChange={setReason} label={tc('case.actions.close.reason.label')} description={tc('case.actions.close.reason.description')} error={errors?.fields.reason} />
    </ActionForm>
  );
}

function ReopenForm(props: ActionFormProps) {
  return (
    <PhaseChoiceForm
      {...props}
      choice={{
        action: 'reopen',
        fieldId: 'heropenen-fase',
        initial: '',
        placeholder: tc('case.actions.reopen.placeholder'),
        problem: (phase) => (isActivePhase(phase) ? undefined : tc('case.actions.reopen.required')),
      }}
    />
  );
}
