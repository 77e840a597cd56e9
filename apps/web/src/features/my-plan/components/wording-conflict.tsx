import { useEffect, useRef } from 'react';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';

export interface WordingConflictProps {
  what: 'goal' | 'step';
  /** The text that is saved now (the other person's). */
  saved: string;
  /** What the jongere typed. */
  yours: string;
  /** Who saved it, when known. */
  changedBy: string | null;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * Someone else saved the same goal or step first (409). In plain words: what is saved now, what you
 * wrote, and a choice. Nothing she typed is lost. Announced (role=alert) and focused when it appears.
 */
export function WordingConflict({ what, saved, yours, changedBy, busy, onKeepMine, onKeepTheirs }: WordingConflictProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} type="warning" role="alert" tabIndex={-1} className="koers-my-conflict">
      <Paragraph>
        <strong>{changedBy ? tp(`myPlan.conflict.${what}.by`, { name: changedBy }) : tp(`myPlan.conflict.${what}.someone`)}</strong>
      </Paragraph>
      <Paragraph>{tp('myPlan.conflict.choose')}</Paragraph>
      <dl className="koers-my-conflict__texts">
        <dt>{tp('myPlan.conflict.saved')}</dt>
        <dd className="koers-prewrap">{saved}</dd>
        <dt>{tp('myPlan.conflict.yours')}</dt>
        <dd className="koers-prewrap">{yours}</dd>
      </dl>
      <div className="koers-my-edit__actions">
        <PrimaryActionButton type="button" busy={busy} onClick={() => !busy && onKeepMine()}>
          {tp('myPlan.conflict.keepMine')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onKeepTheirs}>
          {tp('myPlan.conflict.keepTheirs')}
        </SecondaryActionButton>
      </div>
    </Alert>
  );
}
