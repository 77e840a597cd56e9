import { t } from '../../../i18n/i18n';
import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';

export function NotFoundPage() {
  usePageTitle(t('notFound.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph lead>{t('notFound.intro')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.home}>{t('notFound.home')}</Link>
      </Paragraph>
    </div>
  );
}
