import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { tx } from '../i18n';
import { RegisterYouthForm } from './register-youth-form';

/** `/caseload/nieuw`: register a new jongere (and their case). */
export function RegisterYouthPage() {
  usePageTitle(tx('register.title'));
  return (
    <div className="koers-narrow koers-register">
      <p className="utrecht-paragraph koers-back-link">
        <Link to={PATHS.caseload}>{tx('register.back')}</Link>
      </p>
      <PageHeading>{tx('register.title')}</PageHeading>
      <Paragraph lead>{tx('register.intro')}</Paragraph>
      <div className="koers-panel">
        <RegisterYouthForm />
      </div>
    </div>
  );
}
