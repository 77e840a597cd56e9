import { tc } from '../../case/i18n';

/** Placeholder: replaced by the case feature. */
export function CaseOverviewTab() {
  return <p>{tc('case.placeholder')}</p>;
}
