import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';
import { cx } from './cx';

/** A link inside the app (client-side navigation), styled as a Utrecht link. */
export function Link({ className, ...rest }: RouterLinkProps) {
  return <RouterLink {...rest} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}

/** A plain anchor (same page or elsewhere), styled as a Utrecht link. */
export function Anchor({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...rest} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}
