import type { PlanAuthor } from '@koers/contracts';
import { useEffect, useId, useRef } from 'react';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading, type HeadingLevel } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { authorName, day } from '../utils/format';

export interface ConflictRow {
  label: string;
  /** What is saved now (someone else's change), as readable text. */
  theirs: string;
  /** What this user typed, as readable text. */
  yours: string;
  /** Whether this user changed this field (only those are sent again). */
  yoursChanged: boolean;
}

export interface ConflictNoticeProps {
  /** The server's Dutch message. */
  title: string;
  /** "Karim El Amrani (klantmanager) op 3 maart 2026", when known. */
  changedBy?: string | null;
  rows: ConflictRow[];
  headingLevel: HeadingLevel;
  busy?: boolean;
  onReapply: () => void;
  onReload: () => void;
}

/**
 * Someone else saved first (409). Nothing the user typed is lost: this shows what is saved now beside
 * what they typed, and lets them choose: save their change again on top of the new version, or
 * continue from what is saved now. Announced and focused when it appears.
 */
export function ConflictNotice({ title, changedBy, rows, headingLevel, busy, onReapply, onReload }: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} type="warning" role="alert" tabIndex={-1} aria-labelledby={headingId} className="koers-plan-conflict">
      <Heading level={headingLevel} appearance="level-4" id={headingId}>
        {tp('conflict.heading')}
      </Heading>
      <Paragraph>{title}</Paragraph>
      {changedBy ? <Paragraph>{tp('conflict.changedBy', { who: changedBy })}</Paragraph> : null}
      <Paragraph>{tp('conflict.kept')}</Paragraph>
      {rows.length > 0 ? (
        <dl className="koers-plan-compare">
          {rows.map((row) => (
            <div key={row.label} className="koers-plan-compare__row">
              <dt className="koers-plan-compare__field">{row.label}</dt>
              <dd className="koers-plan-compare__value">
                <span className="koers-plan-compare__label">{tp('conflict.theirs')}</span> <span className="koers-plan-pre-line">{row.theirs}</span>
              </dd>
              <dd className="koers-plan-compare__value koers-plan-compare__value--yours">
                <span className="koers-plan-compare__label">{tp('conflict.yours')}</span>{' '}
                <span className="koers-plan-pre-line">{row.yoursChanged ? row.yours : tp('conflict.notChangedByYou')}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{tp('conflict.noDifference')}</Paragraph>
      )}
      <Paragraph small>{tp('conflict.choice')}</Paragraph>
      <div className="koers-form__actions">
        <PrimaryActionButton busy={busy} onClick={() => !busy && onReapply()}>
          {tp('conflict.reapply')}
        </PrimaryActionButton>
        <SecondaryActionButton disabled={busy} onClick={onReload}>
          {tp('conflict.reload')}
        </SecondaryActionButton>
      </div>
    </Alert>
  );
}

/** Who saved the current version and when ("Karim El Amrani (klantmanager) op 3 maart 2026"), when known. */
export function changedBy(current: { lastEditedBy: PlanAuthor | null; updatedAt: string }): string | null {
  return current.lastEditedBy ? tp('conflict.byWhen', { who: authorName(current.lastEditedBy), date: day(current.updatedAt) }) : null;
}
