import type { WerkwijzerPanelFactor } from '@koers/contracts';
import { tw } from '../i18n';

export type FactorStatusKind = 'good' | 'open' | 'neutral';

/** What the panel says about a factor, in words (the colour and the symbol only repeat it). */
export function factorStatus(factor: WerkwijzerPanelFactor): { text: string; kind: FactorStatusKind } {
  if (factor.source === 'manual') {
    if (factor.mark?.status === 'toegepast') return { text: tw('panel.status.toegepast'), kind: 'good' };
    if (factor.mark?.status === 'nvt') return { text: tw('panel.status.nvt'), kind: 'neutral' };
    return { text: tw('panel.status.notMarked'), kind: 'neutral' };
  }
  if (factor.status === 'evidence') return { text: tw('panel.status.evidence'), kind: 'good' };
  if (factor.status === 'no-evidence') return { text: tw('panel.status.noEvidence'), kind: 'open' };
  return { text: tw('panel.status.notComputed'), kind: 'neutral' };
}

const SYMBOL: Record<FactorStatusKind, string> = { good: '✓', open: '!', neutral: '–' };

/** A small label with a symbol and the status in text. */
export function StatusLabel({ kind, children }: { kind: FactorStatusKind; children: string }) {
  return (
    <span className={`koers-ww-status koers-ww-status--${kind}`}>
      <span aria-hidden="true" className="koers-ww-status__symbol">
        {SYMBOL[kind]}
      </span>
      {children}
    </span>
  );
}
