import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's h1 (see PageHeading), so that
 * keyboard and screen reader users start at the top of the new page, as after a full page load.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [pathname]);
}
