import type { MouseEvent } from 'react';
import { isApiError } from '../../../api/api-error';
import { t } from '../../../i18n/i18n';
import { SubtleButton } from '../../../ui/button';
import type { VersionedRecord } from '../hooks/draft-store';
import type { VersionedDraft } from '../hooks/use-versioned-draft';
import { ti } from '../i18n';

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** Moves focus to a field, opening the collapsed section it sits in first. */
export function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const details = field.closest('details');
  if (details && !details.open) details.open = true;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}

export interface AutosaveStatusProps<K extends string, R extends VersionedRecord<K>> {
  draft: VersionedDraft<K, R>;
  labels: Record<K, string>;
  fieldId: (field: K) => string;
  className?: string;
}

/**
 * The save status of an autosaved form, announced politely: "Wordt opgeslagen…", "Opgeslagen om
 * 14:32", a failed save with a retry button, or the fields in conflict with links to them.
 */
export function AutosaveStatus<K extends string, R extends VersionedRecord<K>>({ draft, labels, fieldId, className }: AutosaveStatusProps<K, R>) {
  const { saving, lastSavedAt, error, conflicts, merged, restored } = draft;
  let message = '';
  if (saving) message = ti('autosave.saving');
  else if (error) message = ti('autosave.error', { message: isApiError(error) ? error.title : t('error.unexpected') });
  else if (conflicts.length === 1) message = ti('autosave.conflictsOne');
  else if (conflicts.length > 1) message = ti('autosave.conflictsMany', { count: conflicts.length });
  else if (restored) message = ti('autosave.restoredPaused');
  else if (merged) message = ti('autosave.merged');
  else if (lastSavedAt) message = ti('autosave.saved', { time: time.format(lastSavedAt) });

  return (
    <div className={className ? `koers-autosave ${className}` : 'koers-autosave'}>
      <p role="status" className="utrecht-paragraph koers-autosave__status" data-state={error ? 'error' : conflicts.length ? 'conflict' : undefined}>
        {message}
      </p>
      {error && !saving ? (
        <SubtleButton type="button" onClick={() => draft.store.retry()}>
          {ti('autosave.retry')}
        </SubtleButton>
      ) : null}
      {conflicts.length > 0 && !saving ? (
        <ul aria-label={ti('autosave.conflictLinks')} className="koers-autosave__links">
            {conflicts.map((c) => (
              <li key={c.field}>
                <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId(c.field)}`} onClick={(e) => focusField(e, fieldId(c.field))}>
                  {labels[c.field]}
                </a>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}
