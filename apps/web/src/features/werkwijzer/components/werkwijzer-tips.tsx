import type { FactorNumber, IntakePromptGroup, WerkwijzerContent, WerkwijzerFactor } from '@koers/contracts';
import { useWerkwijzerContent } from '../hooks/use-werkwijzer';
import { tw } from '../i18n';

/** The moments at which the case page shows tips, and the factors it shows then. */
export type WerkwijzerTipsMoment = 'intake' | 'plan' | 'handover' | 'milestone';

export const TIPS_FACTORS: Record<WerkwijzerTipsMoment, FactorNumber[]> = {
  /** Vraaggericht begeleiden: the whole situation, needs and wishes (and the intake questions below). */
  intake: ['1.2'],
  /** Concrete, short-term goals the jongere owns. */
  plan: ['1.7', '5.21'],
  /** Warm handover: one trusted contact, consistent trust. */
  handover: ['1.1', '6.24'],
  /** Celebrating successes, positive attention. */
  milestone: ['5.21', '6.25'],
};

/**
 * The werkwijzer's tips for a moment, closed by default (native details), never in the way: while
 * the content loads or when it cannot be loaded, nothing is shown.
 */
export function WerkwijzerTips({ moment }: { moment: WerkwijzerTipsMoment }) {
  const content = useWerkwijzerContent();
  if (!content.data) return null;
  const factors = factorsFor(content.data, TIPS_FACTORS[moment]);
  return (
    <details className="koers-ww-tips">
      <summary className="koers-ww-tips__summary">{tw(`tips.summary.${moment}`)}</summary>
      <div className="koers-ww-tips__body">
        {factors.map((factor) => (
          <FactorTips key={factor.number} factor={factor} />
        ))}
        {moment === 'intake' ? <IntakePrompts groups={content.data.intakePrompts} /> : null}
      </div>
    </details>
  );
}

function factorsFor(content: WerkwijzerContent, numbers: FactorNumber[]): WerkwijzerFactor[] {
  const all = content.themes.flatMap((theme) => theme.factors);
  return numbers.map((n) => all.find((f) => f.number === n)).filter((f): f is WerkwijzerFactor => Boolean(f));
}

function FactorTips({ factor }: { factor: WerkwijzerFactor }) {
  return (
    <div className="koers-ww-tips__factor">
      <p className="utrecht-paragraph koers-ww-tips__factor-title">{tw('tips.factor', { number: factor.number, title: factor.title })}</p>
      <ul className="koers-ww-list">
        {factor.tips.map((tip) => (
          <li key={tip.title}>
            <strong>{tip.title}</strong> {tip.text}
            {tip.points.length ? (
              <ul className="koers-ww-list">
                {tip.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function IntakePrompts({ groups }: { groups: IntakePromptGroup[] }) {
  return (
    <div className="koers-ww-tips__factor">
      <p className="utrecht-paragraph koers-ww-tips__factor-title">{tw('tips.prompts.title')}</p>
      {groups.map((group) => (
        <details key={group.area} className="koers-ww-tips__prompts">
          <summary>{group.title}</summary>
          {group.introduction ? <p className="utrecht-paragraph">{group.introduction}</p> : null}
          <ul className="koers-ww-list">
            {group.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          {group.factors.length ? <p className="utrecht-paragraph koers-muted">{tw('tips.prompts.factors', { factors: group.factors.join(', ') })}</p> : null}
        </details>
      ))}
    </div>
  );
}
