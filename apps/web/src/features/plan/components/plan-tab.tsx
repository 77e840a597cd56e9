import { tc } from '../../case/i18n';

/** Placeholder: replaced by the plan feature. */
export function PlanTab() {
  return <p>{tc('case.placeholder')}</p>;
}
