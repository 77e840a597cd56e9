import { tc } from '../../case/i18n';

/** Placeholder: replaced by the network feature. */
export function NetworkTab() {
  return <p>{tc('case.placeholder')}</p>;
}
