import { formatDateTime } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import type { VersionedRecord } from '../hooks/draft-store';
import type { VersionedDraft } from '../hooks/use-versioned-draft';
import { ti } from '../i18n';
import { focusField } from './autosave-status';

export interface RestoredDraftProps<K extends string, R extends VersionedRecord<K>> {
  draft: VersionedDraft<K, R>;
  labels: Record<K, string>;
  fieldId: (field: K) => string;
}

/**
 * Changes typed on an earlier visit that never reached the server (the browser closed, the
 * connection dropped): they are back in the form, and the user chooses to save or discard them.
 */
export function RestoredDraft<K extends string, R extends VersionedRecord<K>>({ draft, labels, fieldId }: RestoredDraftProps<K, R>) {
  const { restored, conflicts } = draft;
  if (!restored) return null;
  return (
    <Alert type="warning" className="koers-restored" aria-labelledby="intake-restored-title" role="region">
      <Heading level={3} appearance="level-4" id="intake-restored-title">
        {ti('restored.title')}
      </Heading>
      <Paragraph>{ti('restored.body', { date: formatDateTime(restored.savedAt) })}</Paragraph>
      <ul className="utrecht-unordered-list">
        {restored.fields.map((field) => (
          <li key={field} className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId(field)}`} onClick={(e) => focusField(e, fieldId(field))}>
              {labels[field]}
            </a>
          </li>
        ))}
      </ul>
      {conflicts.length > 0 ? <Paragraph>{ti('restored.conflicts')}</Paragraph> : null}
      <div className="koers-form__actions">
        <PrimaryActionButton type="button" onClick={() => draft.store.keepRestored()}>
          {ti('restored.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={() => draft.store.discardRestored()}>
          {ti('restored.discard')}
        </SecondaryActionButton>
      </div>
    </Alert>
  );
}
