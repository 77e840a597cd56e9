import { tc } from '../../case/i18n';

/** Placeholder: replaced by the intake feature. */
export function IntakeTab() {
  return <p>{tc('case.placeholder')}</p>;
}
