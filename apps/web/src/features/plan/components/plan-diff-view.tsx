import {
  AGREEMENT_KIND_LABELS,
  GOAL_STATUS_LABELS,
  type PlanAgreementChange,
  type PlanChangeKind,
  type PlanDiff,
  type PlanFieldChange,
  type PlanGoalChange,
} from '@koers/contracts';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { AGREEMENT_ORDER } from './agreements-section';

type Level = 4 | 5 | 6;

/** "Was: <del>old</del>" and "Nu: <ins>new</ins>": the words say what changed, colour only helps. */
function Values({ before, after }: { before: string | null; after: string | null }) {
  return (
    <span className="koers-plan-diff__values">
      {before !== null ? (
        <span className="koers-plan-diff__value">
          <span className="koers-plan-diff__tag">{tp('diff.was')}</span> <del className="koers-plan-pre-line">{before}</del>
        </span>
      ) : null}
      {after !== null ? (
        <span className="koers-plan-diff__value">
          <span className="koers-plan-diff__tag">{tp('diff.now')}</span> <ins className="koers-plan-pre-line">{after}</ins>
        </span>
      ) : null}
      {before === null && after === null ? <span>{tp('conflict.empty')}</span> : null}
    </span>
  );
}

function Fields({ fields }: { fields: PlanFieldChange[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="koers-plan-diff__fields">
      {fields.map((f) => (
        <div key={f.field} className="koers-plan-diff__field">
          <dt>{f.label}</dt>
          <dd>
            <Values before={f.before} after={f.after} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ChangeTag({ change, what }: { change: PlanChangeKind; what: 'goal' | 'step' | 'agreement' }) {
  return <span className={`koers-plan-diff__change koers-plan-diff__change--${change}`}>{tp(`diff.${what}.${change}`)}</span>;
}

function GoalChange({ goal }: { goal: PlanGoalChange }) {
  // A goal that was behaald or losgelaten and is not in the newer version was finished, not dropped.
  const finished = goal.change === 'removed' && (goal.statusBefore === 'behaald' || goal.statusBefore === 'losgelaten');
  return (
    <li className={`koers-plan-diff__item koers-plan-diff__item--${finished ? 'finished' : goal.change}`}>
      <p className="utrecht-paragraph koers-plan-diff__title">
        <ChangeTag change={goal.change} what="goal" /> <strong>{goal.title}</strong>
        {finished ? ` ${tp('diff.goal.finished', { status: GOAL_STATUS_LABELS[goal.statusBefore!].toLowerCase() })}` : null}
      </p>
      {goal.change === 'changed' ? <Fields fields={goal.fields} /> : null}
      {goal.change === 'added' ? <Fields fields={goal.fields.filter((f) => f.field !== 'title' && f.field !== 'status')} /> : null}
      {/* The steps of a goal that left the plan went with it; listing each one only adds noise. */}
      {goal.change !== 'removed' && goal.steps.length > 0 ? (
        <ul className="koers-plan-diff__steps">
          {goal.steps.map((s) => (
            <li key={s.lineageId} className={`koers-plan-diff__item koers-plan-diff__item--${s.change}`}>
              <p className="utrecht-paragraph koers-plan-diff__title">
                <ChangeTag change={s.change} what="step" /> {s.change === 'changed' ? s.text : null}
              </p>
              {s.change === 'changed' ? (
                <Fields fields={s.fields} />
              ) : (
                <Fields fields={s.fields.filter((f) => f.field !== 'done' || f.before === 'ja' || f.after === 'ja')} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function AgreementChange({ change }: { change: PlanAgreementChange }) {
  return (
    <li className={`koers-plan-diff__item koers-plan-diff__item--${change.change}`}>
      <p className="utrecht-paragraph koers-plan-diff__title">
        <ChangeTag change={change.change} what="agreement" />
      </p>
      <Values before={change.before} after={change.after} />
    </li>
  );
}

/** The readable difference between two versions: goals, steps, agreements, dates, old beside new. */
export function PlanDiffView({ diff, headingLevel }: { diff: PlanDiff; headingLevel: Level }) {
  const sub = Math.min(headingLevel + 1, 6) as Level;
  const agreementKinds = AGREEMENT_ORDER.filter((k) => diff.agreements[k].length > 0);
  return (
    <div className="koers-plan-diff">
      <Heading level={headingLevel} appearance="level-3">
        {tp('diff.title', { from: diff.from, to: diff.to })}
      </Heading>
      {!diff.hasChanges ? <Paragraph>{tp('diff.none')}</Paragraph> : null}
      {diff.goals.length > 0 ? (
        <>
          <Heading level={sub} appearance="level-4">
            {tp('diff.goals')}
          </Heading>
          <ul className="koers-plan-diff__list">
            {diff.goals.map((g) => (
              <GoalChange key={g.lineageId} goal={g} />
            ))}
          </ul>
        </>
      ) : null}
      {agreementKinds.map((kind) => (
        <div key={kind}>
          <Heading level={sub} appearance="level-4">
            {tp('diff.agreements', { kind: AGREEMENT_KIND_LABELS[kind] })}
          </Heading>
          <ul className="koers-plan-diff__list">
            {diff.agreements[kind].map((a) => (
              <AgreementChange key={`${a.lineageId}:${a.change}`} change={a} />
            ))}
          </ul>
        </div>
      ))}
      {diff.evaluationDate || diff.consequences ? (
        <>
          <Heading level={sub} appearance="level-4">
            {tp('diff.other')}
          </Heading>
          <Fields fields={[diff.evaluationDate, diff.consequences].filter((f): f is PlanFieldChange => f !== null)} />
        </>
      ) : null}
    </div>
  );
}
