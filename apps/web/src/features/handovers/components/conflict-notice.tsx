import { HANDOVER_NEXT_STEP_LABELS, HANDOVER_STATUS_LABELS, type HandoverDetail } from '@koers/contracts';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { th } from '../i18n';

/** Someone else changed the handover: what it is now, and the choice between theirs and mine. */
export function ConflictNotice({ current, onDiscardMine }: { current: HandoverDetail; onDiscardMine: () => void }) {
  return (
    <Alert type="warning" role="alert">
      <p className="utrecht-paragraph">{th('handover.conflict.text')}</p>
      <p className="utrecht-paragraph">
        {th('handover.conflict.now', {
          status: HANDOVER_STATUS_LABELS[current.status],
          next: current.nextStep ? HANDOVER_NEXT_STEP_LABELS[current.nextStep] : '—',
          successor: current.successor?.name ?? '—',
        })}
      </p>
      <p className="utrecht-paragraph">{th('handover.conflict.choice')}</p>
      <div className="koers-form__actions">
        <SecondaryActionButton onClick={onDiscardMine}>{th('handover.conflict.discard')}</SecondaryActionButton>
      </div>
    </Alert>
  );
}
