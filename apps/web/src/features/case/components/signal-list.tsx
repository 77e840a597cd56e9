import { type CaseSignal, SIGNAL_LABELS } from '@koers/contracts';
import { cx } from '../../../ui/cx';
import { VisuallyHidden } from '../../../ui/visually-hidden';

/**
 * The signals of a case as calm, labelled badges: the label ("Evaluatie verlopen") and the
 * server's Dutch detail ("Evaluatie was gepland op 3 maart 2026"). The text carries the meaning;
 * colour and the small mark only help the eye.
 */
export function SignalList({ signals, label, className }: { signals: CaseSignal[]; label?: string; className?: string }) {
  if (signals.length === 0) return null;
  return (
    <ul className={cx('koers-signals', className)} aria-label={label}>
      {signals.map((signal) => (
        <li key={signal.kind} className={cx('koers-signal', `koers-signal--${signal.kind}`)}>
          <span className="koers-signal__label">{SIGNAL_LABELS[signal.kind]}</span>
          <VisuallyHidden>: </VisuallyHidden>
          <span className="koers-signal__detail">{signal.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** A phase as a small neutral badge (text, not colour). */
export function PhaseBadge({ children }: { children: string }) {
  return <span className="koers-phase-badge">{children}</span>;
}
