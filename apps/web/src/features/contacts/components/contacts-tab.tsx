import { tc } from '../../case/i18n';

/** Placeholder: replaced by the contacts feature. */
export function ContactsTab() {
  return <p>{tc('case.placeholder')}</p>;
}
