import { HANDOVER_REQUIREMENT_LABELS, HANDOVER_STATUS_LABELS, type HandoverDetail, type HandoverStatus } from '@koers/contracts';
import { Alert } from '../../../ui/alert';
import { Heading } from '../../../ui/heading';
import { th } from '../i18n';

const STEPS = ['voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie', 'overgedragen'] as const satisfies readonly HandoverStatus[];
type Step = (typeof STEPS)[number];
export type StepState = 'done' | 'current' | 'todo';

/** Which step the next thing to do belongs to. */
const STEP_OF_NEXT: Record<string, Step> = {
  opvolger_kiezen: 'voorgesteld',
  wacht_op_acceptatie: 'voorgesteld',
  aankondigen: 'aangekondigd',
  kennismaken: 'kennismaking',
  notitie_schrijven: 'overdrachtsnotitie',
  overdragen: 'overgedragen',
  contactpersoon_toewijzen: 'overgedragen',
};

/** Done, current or still to do, per step, from what the handover holds (not from the status alone). */
export function stepStates(h: HandoverDetail): Record<Step, StepState> {
  const switched = h.status === 'overgedragen';
  const missing = switched ? h.missingAtSwitch : h.missing;
  const done: Record<Step, boolean> = {
    voorgesteld: h.acceptedAt !== null,
    aangekondigd: h.announcement !== null,
    kennismaking: h.meetings.length > 0 && !missing.includes('kennismakingen') && !missing.includes('kennismaking_met_contactpersoon'),
    overdrachtsnotitie: h.note !== null,
    overgedragen: switched,
  };
  const current = h.nextStep ? STEP_OF_NEXT[h.nextStep] : undefined;
  return Object.fromEntries(STEPS.map((s) => [s, done[s] ? 'done' : s === current ? 'current' : 'todo'])) as Record<Step, StepState>;
}

/** The steps of a handover as an ordered list, with what a warm switch still needs and the warnings. */
export function HandoverSteps({ handover }: { handover: HandoverDetail }) {
  const states = stepStates(handover);
  return (
    <section className="koers-handover-steps" aria-labelledby="overdracht-stappen">
      <Heading level={4} id="overdracht-stappen">
        {th('handover.steps.title')}
      </Heading>
      <ol className="koers-steps">
        {STEPS.map((step) => (
          <li key={step} className={`koers-steps__item koers-steps__item--${states[step]}`} aria-current={states[step] === 'current' ? 'step' : undefined}>
            <span className="koers-steps__label">{HANDOVER_STATUS_LABELS[step]}</span>{' '}
            <span className="koers-steps__state">{th(`handover.steps.${states[step]}`)}</span>
          </li>
        ))}
      </ol>
      {handover.warnings.map((w) => (
        <Alert key={w.code} type="warning">
          {w.message}
        </Alert>
      ))}
      {handover.missing.length > 0 ? (
        <div className="koers-handover-missing">
          <p className="utrecht-paragraph">{th('handover.missing.title')}</p>
          <ul className="utrecht-unordered-list">
            {handover.missing.map((m) => (
              <li key={m} className="utrecht-unordered-list__item">
                {HANDOVER_REQUIREMENT_LABELS[m]}
              </li>
            ))}
          </ul>
        </div>
      ) : handover.status !== 'overgedragen' && handover.status !== 'afgebroken' ? (
        <p className="utrecht-paragraph">{th('handover.missing.none')}</p>
      ) : null}
    </section>
  );
}
