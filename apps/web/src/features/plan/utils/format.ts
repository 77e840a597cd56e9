import { type PlanAuthor, ROLE_LABELS } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { formatDate } from '../../../i18n/i18n';

/** "Karim El Amrani (klantmanager)" */
export function authorName(author: PlanAuthor): string {
  return `${author.name} (${ROLE_LABELS[author.role].toLowerCase()})`;
}

/** A 'YYYY-MM-DD' date as "12 maart 2027"; an ISO timestamp as its day. */
export function day(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateNl(value) : formatDate(value);
}
