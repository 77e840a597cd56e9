import { type WerkwijzerPanel, type WerkwijzerPanelFactor, type WerkwijzerPanelTheme } from '@koers/contracts';
import { useRef, useState } from 'react';
import { formatDate, formatDateTime } from '../../../i18n/i18n';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { useCaseId } from '../../case/hooks/use-case';
import { useWerkwijzerPanel } from '../hooks/use-werkwijzer';
import { tw } from '../i18n';
import { FactorMarkControls } from './factor-mark-controls';
import { factorStatus, StatusLabel } from './factor-status';
import { PlanQualitySection } from './plan-quality-section';

/** Tab "Werkwijzer" of the case page. */
export function WerkwijzerTab() {
  const caseId = useCaseId();
  return <WerkwijzerPanelView key={caseId} caseId={caseId} />;
}

/** Per theme the success factors with their evidence or mark, and the plan-quality checks. */
export function WerkwijzerPanelView({ caseId }: { caseId: string }) {
  const panel = useWerkwijzerPanel(caseId);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLElement>(null);

  const onDone = (factor: string, message: string) => {
    setStatus(message);
    // The control that was used is gone: focus goes to the factor it was about.
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-factor="${CSS.escape(factor)}"]`)?.focus());
  };

  return (
    <section ref={root} className="koers-section koers-tab koers-ww" aria-labelledby="werkwijzer-titel">
      <Heading level={2} id="werkwijzer-titel">
        {tw('panel.title')}
      </Heading>
      <Paragraph lead>{tw('panel.intro')}</Paragraph>
      <p className="utrecht-paragraph koers-form-status" role="status">
        {status}
      </p>
      {panel.isPending ? (
        <Loading>{tw('panel.loading')}</Loading>
      ) : !panel.data ? (
        <QueryProblem error={panel.error} retry={() => void panel.refetch()} />
      ) : (
        <PanelBody panel={panel.data} caseId={caseId} onDone={onDone} />
      )}
    </section>
  );
}

function PanelBody({ panel, caseId, onDone }: { panel: WerkwijzerPanel; caseId: string; onDone: (factor: string, message: string) => void }) {
  return (
    <>
      <Paragraph small className="koers-muted">
        {tw('panel.computedAt', { date: formatDateTime(panel.computedAt) })}
      </Paragraph>
      <section className="koers-panel" aria-labelledby="werkwijzer-factoren">
        <Heading level={3} id="werkwijzer-factoren">
          {tw('panel.factors.title')}
        </Heading>
        <Paragraph>{tw('panel.factors.intro')}</Paragraph>
        <div className="koers-ww-themes">
          {panel.themes.map((theme) => (
            <ThemeSection key={theme.number} theme={theme} caseId={caseId} canMark={panel.permissions.canMark} onDone={onDone} />
          ))}
        </div>
      </section>
      <PlanQualitySection report={panel.planQuality} />
    </>
  );
}

function ThemeSection({
  theme,
  caseId,
  canMark,
  onDone,
}: {
  theme: WerkwijzerPanelTheme;
  caseId: string;
  canMark: boolean;
  onDone: (factor: string, message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="koers-ww-theme" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="koers-ww-theme__summary">
        <Heading level={4} className="koers-ww-theme__title">
          {tw('panel.theme.title', { number: theme.number, title: theme.title })}{' '}
          <span className="koers-ww-theme__meta">{tw('panel.theme.summary', { applied: theme.summary.applied, applicable: theme.summary.applicable })}</span>
        </Heading>
      </summary>
      <ul className="koers-ww-factors">
        {theme.factors.map((factor) => (
          <FactorItem key={factor.number} factor={factor} caseId={caseId} canMark={canMark} onDone={onDone} />
        ))}
      </ul>
    </details>
  );
}

function FactorItem({
  factor,
  caseId,
  canMark,
  onDone,
}: {
  factor: WerkwijzerPanelFactor;
  caseId: string;
  canMark: boolean;
  onDone: (factor: string, message: string) => void;
}) {
  const status = factorStatus(factor);
  return (
    <li className="koers-ww-factor">
      <div className="koers-ww-factor__head">
        <p className="utrecht-paragraph koers-ww-factor__title koers-focus-target" data-factor={factor.number} tabIndex={-1}>
          <span className="koers-ww-factor__number">{factor.number}</span> {factor.title}
        </p>
        <StatusLabel kind={status.kind}>{status.text}</StatusLabel>
      </div>
      {factor.evidence ? <p className="utrecht-paragraph koers-ww-factor__evidence">{factor.evidence}</p> : null}
      {factor.mark ? (
        <>
          {factor.mark.note ? <p className="utrecht-paragraph koers-ww-factor__evidence">{factor.mark.note}</p> : null}
          <Paragraph small className="koers-muted">
            {tw('panel.mark.by', { name: factor.mark.markedBy.name, date: formatDate(factor.mark.markedAt) })}
          </Paragraph>
        </>
      ) : null}
      <Paragraph small className="koers-muted">
        {tw(factor.source === 'automatic' ? 'panel.source.automatic' : 'panel.source.manual')}
      </Paragraph>
      {canMark && factor.source === 'manual' ? <FactorMarkControls caseId={caseId} factor={factor} onDone={(message) => onDone(factor.number, message)} /> : null}
    </li>
  );
}
