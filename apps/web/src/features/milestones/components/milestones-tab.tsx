import { tc } from '../../case/i18n';

/** Placeholder: replaced by the milestones feature. */
export function MilestonesTab() {
  return <p>{tc('case.placeholder')}</p>;
}
