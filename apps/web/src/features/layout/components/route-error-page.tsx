import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { PageHeading } from '../../../ui/heading';
import { Anchor } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { AppHeader } from './app-header';

/** Shown when a page crashes while rendering: a calm message and a way back, never a stack trace. */
export function RouteErrorPage() {
  usePageTitle(t('crash.title'));
  return (
    <div className="koers-app">
      <AppHeader session={null} />
      <main id="inhoud" tabIndex={-1} className="koers-main">
        <div className="koers-page koers-narrow">
          <PageHeading>{t('crash.title')}</PageHeading>
          <Alert type="error">
            <Paragraph>{t('crash.message')}</Paragraph>
          </Alert>
          <Paragraph>
            <Anchor href="/">{t('crash.reload')}</Anchor>
          </Paragraph>
        </div>
      </main>
    </div>
  );
}
