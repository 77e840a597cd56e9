import { useEffect } from 'react';
import { t } from '../i18n/i18n';

/** Sets the document title to "<page> – Koers" while the page is shown. */
export function usePageTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = t('app.documentTitle', { page: pageTitle });
  }, [pageTitle]);
}
