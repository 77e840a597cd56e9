import { AGREEMENT_KIND_LABELS, type AgreementKind, PLAN_LIMITS, type PlanAgreement } from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { Button, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { FormShell } from '../../../ui/form-shell';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useCreateAgreement, useDeleteAgreement, useUpdateAgreement } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { conflictOf, type PlanConflict } from '../utils/conflict';
import { Authorship } from './authorship';
import { changedBy, ConflictNotice, type ConflictRow } from './conflict-notice';
import { ConsequencesForm } from './consequences-form';
import { DeleteControl } from './delete-control';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';
import { useReopenGuard } from './reopen-guard';

/**
 * The order on screen: what the jongere does to find work, what the gemeente does for them, and
 * what they must do. Support comes before obligations, and all three look the same.
 */
export const AGREEMENT_ORDER: AgreementKind[] = ['werk_zoeken', 'ondersteuning', 'verplichting'];

/** The id of a kind's "new agreement" field: what a "this kind is missing" message links to. */
export const newAgreementId = (kind: AgreementKind) => `afspraak-nieuw-${kind}`;

type EditField = 'text' | 'kind';

function AgreementEditForm({ agreement, onDone, onCancel }: { agreement: PlanAgreement; onDone: () => void; onCancel: () => void }) {
  const { caseId, headingLevel } = usePlanContext();
  const update = useUpdateAgreement(caseId);
  const { guard, confirm } = useReopenGuard();
  const [original, setOriginal] = useState({ text: agreement.text, kind: agreement.kind });
  const [text, setText] = useState(agreement.text);
  const [kind, setKind] = useState<AgreementKind>(agreement.kind);
  const [base, setBase] = useState(agreement);
  const [conflict, setConflict] = useState<PlanConflict<PlanAgreement> | null>(null);
  const [clientErrors, setClientErrors] = useState<FormErrors<EditField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<EditField, string> = { text: `afspraak-${agreement.id}-tekst`, kind: `afspraak-${agreement.id}-soort` };
  useFocusOnMount(ids.text);
  const errors = clientErrors ?? (update.error && !conflict ? problemFormErrors(update.error, ['text', 'kind'] as const) : null);

  const save = (onto: PlanAgreement) => {
    const body = {
      ...(text.trim() !== original.text.trim() ? { text: text.trim() } : {}),
      ...(kind !== original.kind ? { kind } : {}),
      version: onto.version,
    };
    if (body.text === undefined && body.kind === undefined) {
      onDone();
      return;
    }
    update.mutate(
      { agreementId: agreement.id, body },
      {
        onSuccess: onDone,
        onError: (error) => {
          const found = conflictOf<PlanAgreement>(error, agreement.id);
          if (found?.current) setConflict(found);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const value = text.trim();
    const problems = clientFormErrors<EditField>({
      text: !value ? tp('agreements.text.required') : value.length > PLAN_LIMITS.agreementText ? tp('form.tooLong', { max: PLAN_LIMITS.agreementText }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    guard(() => save(base));
  };

  const current = conflict?.current ?? null;
  const rows: ConflictRow[] = current
    ? [
        ...(current.text.trim() !== text.trim()
          ? [{ label: tp('agreements.edit.text'), theirs: current.text, yours: text.trim(), yoursChanged: text.trim() !== original.text.trim() }]
          : []),
        ...(current.kind !== kind
          ? [{ label: tp('agreements.edit.kind'), theirs: AGREEMENT_KIND_LABELS[current.kind], yours: AGREEMENT_KIND_LABELS[kind], yoursChanged: kind !== original.kind }]
          : []),
      ]
    : [];

  return (
    <FormShell
      className="koers-plan-form"
      onSubmit={onSubmit}
      aria-label={tp('agreements.edit.formLabel')}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      notice={
        current ? (
          <ConflictNotice
            title={conflict!.title}
            changedBy={changedBy(current)}
            rows={rows}
            headingLevel={(headingLevel + 2) as 5 | 6}
            busy={update.isPending}
            onReapply={() => {
              setBase(current);
              setConflict(null);
              update.reset();
              save(current);
            }}
            onReload={() => {
              setBase(current);
              setOriginal({ text: current.text, kind: current.kind });
              setText(current.text);
              setKind(current.kind);
              setConflict(null);
              update.reset();
            }}
          />
        ) : null
      }
      busy={update.isPending}
      submitLabel={tp('agreements.edit.save')}
      cancel={{ label: tp('form.cancel'), onClick: onCancel }}
    >
      <TextareaField
        id={ids.text}
        name="text"
        rows={3}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
        label={tp('agreements.edit.text')}
        error={errors?.fields.text}
      />
      <SelectField
        id={ids.kind}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as AgreementKind)}
        label={tp('agreements.edit.kind')}
        options={AGREEMENT_ORDER.map((k) => ({ value: k, label: AGREEMENT_KIND_LABELS[k] }))}
        error={errors?.fields.kind}
      />
      {confirm}
    </FormShell>
  );
}

function AgreementItem({ agreement, onDeleted }: { agreement: PlanAgreement; onDeleted: () => void }) {
  const { caseId, canEditContent, notify } = usePlanContext();
  const remove = useDeleteAgreement(caseId);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (editing) {
    return (
      <li className="koers-plan-agreement">
        <AgreementEditForm
          agreement={agreement}
          onDone={() => {
            notify(tp('agreements.saved'));
            close();
          }}
          onCancel={close}
        />
      </li>
    );
  }
  return (
    <li className="koers-plan-agreement">
      <Paragraph className="koers-plan-pre-line koers-plan-agreement__text">{agreement.text}</Paragraph>
      <Authorship author={agreement.author} createdAt={agreement.createdAt} lastEditedBy={agreement.lastEditedBy} updatedAt={agreement.updatedAt} />
      {canEditContent ? (
        <div className="koers-plan-actions">
          <Button ref={editButton} appearance="subtle-button" onClick={() => setEditing(true)} aria-label={`${tp('agreements.edit')}: ${agreement.text}`}>
            {tp('agreements.edit')}
          </Button>
          <DeleteControl
            recordId={agreement.id}
            version={agreement.version}
            label={tp('agreements.delete')}
            target={agreement.text}
            question={tp('agreements.deleteQuestion', { text: agreement.text })}
            busy={remove.isPending}
            onDelete={(version, { onSuccess, onError }) => remove.mutate({ agreementId: agreement.id, version, after: onSuccess }, { onError })}
            onDeleted={() => {
              notify(tp('agreements.deleted'));
              onDeleted();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

function AddAgreementForm({ kind }: { kind: AgreementKind }) {
  const { caseId, version, notify } = usePlanContext();
  const create = useCreateAgreement(caseId);
  const { guard, confirm } = useReopenGuard();
  const [text, setText] = useState('');
  const [clientErrors, setClientErrors] = useState<FormErrors<'text'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const id = newAgreementId(kind);
  const errors = clientErrors ?? (create.error ? problemFormErrors(create.error, ['text'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const value = text.trim();
    const problems = clientFormErrors<'text'>({
      text: !value ? tp('agreements.text.required') : value.length > PLAN_LIMITS.agreementText ? tp('form.tooLong', { max: PLAN_LIMITS.agreementText }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    guard(() =>
      create.mutate(
        { versionId: version.id, body: { kind, text: value } },
        {
          onSuccess: () => {
            setText('');
            notify(tp('agreements.added', { kind: AGREEMENT_KIND_LABELS[kind] }));
          },
        },
      ),
    );
  };

  return (
    <form className="utrecht-form koers-form koers-plan-form koers-plan-form--compact" noValidate onSubmit={onSubmit}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={{ text: id }} /> : null}
      <TextareaField
        id={id}
        name="text"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        label={tp(`agreements.new.${kind}`)}
        description={tp(`agreements.example.${kind}`)}
        error={errors?.fields.text}
      />
      {confirm}
      <div className="koers-form__actions">
        <SecondaryActionButton type="submit" busy={create.isPending} aria-label={`${tp('agreements.add')}: ${AGREEMENT_KIND_LABELS[kind]}`}>
          {tp('agreements.add')}
        </SecondaryActionButton>
      </div>
    </form>
  );
}

function AgreementKindPanel({ kind }: { kind: AgreementKind }) {
  const { version, canEditContent, headingLevel, youthName } = usePlanContext();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = version.agreements.filter((a) => a.kind === kind);
  const headingId = `plan-${version.number}-afspraken-${kind}`;
  return (
    <section className={`koers-plan-kind koers-plan-kind--${kind}`} aria-labelledby={headingId}>
      <Heading level={(headingLevel + 1) as 4 | 5} id={headingId} ref={heading} tabIndex={-1} className="koers-plan-focus" appearance="level-4">
        {AGREEMENT_KIND_LABELS[kind]}
      </Heading>
      <Paragraph small className="koers-plan-kind__intro">
        {tp(`agreements.intro.${kind}`, { youth: youthName })}
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph className="koers-muted">{tp('agreements.empty')}</Paragraph>
      ) : (
        <ul className="koers-plan-agreement-list">
          {items.map((a) => (
            <AgreementItem key={a.id} agreement={a} onDeleted={() => requestAnimationFrame(() => heading.current?.focus())} />
          ))}
        </ul>
      )}
      {canEditContent ? <AddAgreementForm kind={kind} /> : null}
    </section>
  );
}

/** "Afspraken": three kinds in three equal panels, then what happens if obligations are not met. */
export function AgreementsSection() {
  const { version, headingLevel } = usePlanContext();
  const headingId = `plan-${version.number}-afspraken`;
  return (
    <section className="koers-plan-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {tp('agreements.title')}
      </Heading>
      <Paragraph>{tp('agreements.intro')}</Paragraph>
      <div className="koers-plan-kinds">
        {AGREEMENT_ORDER.map((kind) => (
          <AgreementKindPanel key={kind} kind={kind} />
        ))}
      </div>
      <ConsequencesForm />
    </section>
  );
}

