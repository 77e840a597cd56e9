import { CONSEQUENCES_SUGGESTION, PLAN_LIMITS, type PlanVersionDetail } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { SecondaryActionButton } from '../../../ui/button';
import { FormShell } from '../../../ui/form-shell';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useUpdatePlanVersion } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { conflictOf, orNull, type PlanConflict } from '../utils/conflict';
import { day } from '../utils/format';
import { ConflictNotice } from './conflict-notice';
import { usePlanContext } from './plan-context';
import { useReopenGuard } from './reopen-guard';

export type VersionField = 'evaluationDate' | 'consequences';

/** The ids of the two fields: what "the evaluation date / the consequences are missing" messages link to. */
export const VERSION_FIELD_IDS: Record<VersionField, string> = { evaluationDate: 'plan-evaluatiedatum', consequences: 'plan-gevolgen' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Draft {
  value: string;
  /** The version as it was when the user started typing: the one their change is meant for. */
  base: PlanVersionDetail;
}

/**
 * One field of the plan version itself (the evaluation date, or the consequences text), edited in
 * place. The version it is saved onto is the one the user saw when they started typing. A 409 where
 * nobody else changed this field (the version moved on for another reason, such as a proposal) is
 * saved again at once; a real conflict shows both texts and lets the user choose.
 */
export function VersionFieldForm({ field, children }: { field: VersionField; children?: ReactNode }) {
  const { caseId, version, youthName, headingLevel, notify } = usePlanContext();
  const update = useUpdatePlanVersion(caseId);
  const { guard, confirm } = useReopenGuard();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState<PlanConflict<PlanVersionDetail> | null>(null);
  const [clientErrors, setClientErrors] = useState<FormErrors<VersionField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => todayInNl());
  const id = VERSION_FIELD_IDS[field];
  const saved = version[field] ?? '';
  const value = draft?.value ?? saved;
  const errors = clientErrors ?? (update.error && !conflict ? problemFormErrors(update.error, [field]) : null);

  const change = (next: string) => setDraft((d) => ({ value: next, base: d?.base ?? version }));

  const save = (text: string, onto: PlanVersionDetail, retried = false) => {
    update.mutate(
      { versionId: version.id, body: { [field]: field === 'evaluationDate' ? text || null : orNull(text), version: onto.version } },
      {
        onSuccess: () => {
          setDraft(null);
          notify(tp(`version.${field}.saved`));
        },
        onError: (error) => {
          const found = conflictOf<PlanVersionDetail>(error, version.id);
          if (!found?.current) return;
          if (!retried && orNull(found.current[field] ?? '') === orNull(onto[field] ?? '')) {
            update.reset();
            setDraft({ value: text, base: found.current });
            save(text, found.current, true);
            return;
          }
          setConflict(found);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const text = value.trim();
    const problems = clientFormErrors<VersionField>(
      field === 'evaluationDate'
        ? {
            evaluationDate: !text
              ? tp('version.evaluationDate.required')
              : !DATE.test(text)
                ? tp('form.date.invalid')
                : text < todayInNl()
                  ? tp('version.evaluationDate.past')
                  : undefined,
          }
        : { consequences: text.length > PLAN_LIMITS.consequences ? tp('form.tooLong', { max: PLAN_LIMITS.consequences }) : undefined },
    );
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    if (!draft || orNull(text) === orNull(saved)) {
      setDraft(null);
      notify(tp('version.unchanged'));
      return;
    }
    guard(() => save(text, draft.base));
  };

  const current = conflict?.current ?? null;
  const show = (v: string | null) => (!v ? tp('conflict.empty') : field === 'evaluationDate' && DATE.test(v) ? day(v) : v);
  const label = tp(`version.${field}.label`, { youth: youthName });

  return (
    <FormShell
      className="koers-plan-form"
      onSubmit={onSubmit}
      errors={errors}
      attempt={attempt}
      fieldIds={{ [field]: id } as Record<VersionField, string>}
      notice={
        current ? (
          <ConflictNotice
            title={conflict!.title}
            rows={[{ label, theirs: show(current[field]), yours: show(value.trim()), yoursChanged: true }]}
            headingLevel={(headingLevel + 2) as 5 | 6}
            busy={update.isPending}
            onReapply={() => {
              setConflict(null);
              update.reset();
              setDraft({ value, base: current });
              save(value.trim(), current);
            }}
            onReload={() => {
              setConflict(null);
              update.reset();
              setDraft(null);
            }}
          />
        ) : null
      }
      busy={update.isPending}
      submitLabel={tp(`version.${field}.save`)}
      actions={
        <>
          {field === 'consequences' && !value.trim() ? (
            <SecondaryActionButton type="button" onClick={() => change(CONSEQUENCES_SUGGESTION)}>
              {tp('version.consequences.suggest')}
            </SecondaryActionButton>
          ) : null}
          {draft ? (
            <SecondaryActionButton type="button" disabled={update.isPending} onClick={() => setDraft(null)}>
              {tp('version.undo')}
            </SecondaryActionButton>
          ) : null}
        </>
      }
    >
      {field === 'evaluationDate' ? (
        <TextField
          id={id}
          name="evaluationDate"
          type="date"
          required
          min={today}
          value={value}
          onChange={(e) => change(e.target.value)}
          label={label}
          description={tp('version.evaluationDate.description')}
          error={errors?.fields.evaluationDate}
        />
      ) : (
        <TextareaField
          id={id}
          name="consequences"
          rows={5}
          value={value}
          onChange={(e) => change(e.target.value)}
          label={label}
          description={tp('version.consequences.description', { youth: youthName })}
          error={errors?.fields.consequences}
        />
      )}
      {children}
      {confirm}
    </FormShell>
  );
}
