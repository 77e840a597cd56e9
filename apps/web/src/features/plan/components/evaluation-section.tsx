import { PLAN_LIMITS, type PlanEvaluation, type PlanEvaluationResult, type PlanOverview } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormShell } from '../../../ui/form-shell';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { TextareaField } from '../../../ui/textarea-field';
import { usePlanVersion } from '../hooks/use-plan';
import { useRecordEvaluation } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { day } from '../utils/format';
import { YouthWords } from './youth-words';

type EvaluationField = 'wentWell' | 'wasHard' | 'changes' | 'youthView';
const FIELDS: EvaluationField[] = ['wentWell', 'wasHard', 'changes', 'youthView'];
const IDS: Record<EvaluationField, string> = {
  wentWell: 'evaluatie-goed',
  wasHard: 'evaluatie-moeilijk',
  changes: 'evaluatie-verandert',
  youthView: 'evaluatie-jongere',
};

/** A recorded evaluation: what went well, what was hard, what changes, and the jongere's view in their own words. */
export function EvaluationView({ evaluation, youthName, headingLevel }: { evaluation: PlanEvaluation; youthName: string; headingLevel: 4 | 5 | 6 }) {
  return (
    <div className="koers-plan-evaluation">
      <Heading level={headingLevel} appearance="level-5">
        {tp('evaluation.of', { number: evaluation.planVersionNumber })}
      </Heading>
      <Paragraph small className="koers-plan-authorship">
        {tp('evaluation.recorded', { date: day(evaluation.evaluatedAt), who: evaluation.evaluatedBy?.name ?? tp('history.unknown') })}
      </Paragraph>
      <dl className="koers-plan-facts koers-plan-facts--stacked">
        <div>
          <dt>{tp('evaluation.wentWell.label')}</dt>
          <dd className="koers-plan-pre-line">{evaluation.wentWell}</dd>
        </div>
        <div>
          <dt>{tp('evaluation.wasHard.label')}</dt>
          <dd className="koers-plan-pre-line">{evaluation.wasHard}</dd>
        </div>
        <div>
          <dt>{tp('evaluation.changes.label')}</dt>
          <dd className="koers-plan-pre-line">{evaluation.changes}</dd>
        </div>
      </dl>
      {evaluation.youthView ? <YouthWords words={evaluation.youthView} youthName={youthName} /> : null}
    </div>
  );
}

export interface EvaluationSectionProps {
  overview: PlanOverview;
  headingLevel: 3;
  onEvaluated: (result: PlanEvaluationResult) => void;
}

/**
 * "Evaluatie": on or after the evaluation date of the version in force, record what went well, what
 * was hard and what changes; that starts the next version as a concept copy. Also shows the
 * evaluation that led to the current version.
 */
export function EvaluationSection({ overview, headingLevel, onEvaluated }: EvaluationSectionProps) {
  const { current, permissions, youthName, caseId } = overview;
  const previousNumber = current && current.number > 1 ? current.number - 1 : null;
  const previous = usePlanVersion(caseId, previousNumber);
  const record = useRecordEvaluation(caseId);
  const [values, setValues] = useState<Record<EvaluationField, string>>({ wentWell: '', wasHard: '', changes: '', youthView: '' });
  const [clientErrors, setClientErrors] = useState<FormErrors<EvaluationField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => todayInNl());
  if (!current) return null;
  const earlier = previous.data?.evaluation ?? null;
  const inForce = current.status === 'vastgesteld' ? current : null;
  const waiting = inForce && !inForce.evaluation && !permissions.canEvaluate;
  if (!permissions.canEvaluate && !earlier && !current.evaluation && !waiting) return null;
  const errors = clientErrors ?? (record.error ? problemFormErrors(record.error, FIELDS) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const text = (f: EvaluationField) => values[f].trim();
    const required = (f: 'wentWell' | 'wasHard' | 'changes') =>
      !text(f) ? tp(`evaluation.${f}.required`) : text(f).length > PLAN_LIMITS.evaluationText ? tp('form.tooLong', { max: PLAN_LIMITS.evaluationText }) : undefined;
    const problems = clientFormErrors<EvaluationField>({
      wentWell: required('wentWell'),
      wasHard: required('wasHard'),
      changes: required('changes'),
      youthView: text('youthView').length > PLAN_LIMITS.evaluationText ? tp('form.tooLong', { max: PLAN_LIMITS.evaluationText }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    record.mutate(
      { wentWell: text('wentWell'), wasHard: text('wasHard'), changes: text('changes'), youthView: text('youthView') || null },
      { onSuccess: onEvaluated },
    );
  };

  const set = (f: EvaluationField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));

  return (
    <section className="koers-plan-section" aria-labelledby="plan-evaluatie">
      <Heading level={headingLevel} id="plan-evaluatie" tabIndex={-1} className="koers-plan-focus">
        {tp('evaluation.title')}
      </Heading>
      {permissions.canEvaluate ? (
        <>
          <Paragraph>{tp('evaluation.intro', { youth: youthName })}</Paragraph>
          <FormShell
            className="koers-plan-form"
            onSubmit={onSubmit}
            aria-labelledby="plan-evaluatie"
            errors={errors}
            attempt={attempt}
            fieldIds={IDS}
            busy={record.isPending}
            submitLabel={tp('evaluation.submit')}
          >
            <TextareaField
              id={IDS.wentWell}
              name="wentWell"
              required
              rows={3}
              value={values.wentWell}
              onChange={set('wentWell')}
              label={tp('evaluation.wentWell.label')}
              error={errors?.fields.wentWell}
            />
            <TextareaField
              id={IDS.wasHard}
              name="wasHard"
              required
              rows={3}
              value={values.wasHard}
              onChange={set('wasHard')}
              label={tp('evaluation.wasHard.label')}
              error={errors?.fields.wasHard}
            />
            <TextareaField
              id={IDS.changes}
              name="changes"
              required
              rows={3}
              value={values.changes}
              onChange={set('changes')}
              label={tp('evaluation.changes.label')}
              description={tp('evaluation.changes.description')}
              error={errors?.fields.changes}
            />
            <TextareaField
              id={IDS.youthView}
              name="youthView"
              rows={3}
              value={values.youthView}
              onChange={set('youthView')}
              label={tp('evaluation.youthView.label', { youth: youthName })}
              description={tp('evaluation.youthView.description', { youth: youthName })}
              error={errors?.fields.youthView}
            />
          </FormShell>
        </>
      ) : waiting ? (
        <Paragraph>
          {!inForce.evaluationDate
            ? tp('evaluation.notPlanned')
            : inForce.evaluationDate < today
              ? tp('evaluation.overdue', { date: day(inForce.evaluationDate) })
              : `${tp('evaluation.planned', { date: day(inForce.evaluationDate) })}${permissions.canEdit ? ` ${tp('evaluation.fromThatDay')}` : ''}`}
        </Paragraph>
      ) : null}
      {current.evaluation ? <EvaluationView evaluation={current.evaluation} youthName={youthName} headingLevel={4} /> : null}
      {earlier ? <EvaluationView evaluation={earlier} youthName={youthName} headingLevel={4} /> : null}
    </section>
  );
}
