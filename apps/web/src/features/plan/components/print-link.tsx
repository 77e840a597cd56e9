import { Anchor } from '../../../ui/link';
import { tp } from '../i18n';

/** "Plan afdrukken (pdf)": the printable plan in plain words for the jongere, in a new tab. */
export function PrintLink({ caseId, number }: { caseId: string; number: number }) {
  return (
    <Anchor
      href={`/api/cases/${encodeURIComponent(caseId)}/plan/pdf?number=${number}`}
      target="_blank"
      rel="noopener"
      className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action koers-plan-print"
      aria-label={`${tp('print.link')}${tp('print.hint', { number })}`}
    >
      {tp('print.link')}
    </Anchor>
  );
}
