import { AGREEMENT_KINDS, type AgreementKind, type FieldError } from '@koers/contracts';
import type { MouseEvent } from 'react';
import type { ErrorSummaryItem } from '../../../ui/error-summary';
import { newAgreementId } from './agreements-section';
import { ADD_GOAL_ID } from './goals-section';
import { VERSION_FIELD_IDS } from './version-field-form';

/** Where on the page each "this is missing" message (named by its request field) can be fixed. */
export function missingTarget(field: string): string | undefined {
  if (field === 'evaluationDate' || field === 'consequences') return VERSION_FIELD_IDS[field];
  if (field === 'goals') return ADD_GOAL_ID;
  const kind = field.startsWith('agreements.') ? field.slice('agreements.'.length) : null;
  if (kind && (AGREEMENT_KINDS as readonly string[]).includes(kind)) return newAgreementId(kind as AgreementKind);
  return undefined;
}

/** The server's messages as error-summary items, linked to the field or button that fixes each (when it is on the page). */
export function missingItems(missing: FieldError[], linked: boolean): ErrorSummaryItem[] {
  return missing.map((m) => ({ message: m.message, fieldId: linked ? missingTarget(m.field) : undefined }));
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

/** What is still missing before a concept can be proposed, each linked to where it is fixed. */
export function MissingList({ missing, linked }: { missing: FieldError[]; linked: boolean }) {
  return (
    <ul className="utrecht-unordered-list koers-plan-missing">
      {missing.map((m) => {
        const target = linked ? missingTarget(m.field) : undefined;
        return (
          <li key={`${m.field}:${m.message}`} className="utrecht-unordered-list__item">
            {target ? (
              <a className="utrecht-link utrecht-link--html-a" href={`#${target}`} onClick={(e) => focusTarget(e, target)}>
                {m.message}
              </a>
            ) : (
              m.message
            )}
          </li>
        );
      })}
    </ul>
  );
}
