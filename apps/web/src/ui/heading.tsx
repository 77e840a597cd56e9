import { Heading as NlHeading, type HeadingProps } from '@nl-design-system-candidate/heading-react';
import type { Ref } from 'react';
import { cx } from './cx';

export type { HeadingLevel } from '@nl-design-system-candidate/heading-react';

/** NL Design System Heading; styled by @nl-design-system-candidate/heading-css and the Utrecht tokens. */
export function Heading({ className, ...props }: HeadingProps & { ref?: Ref<HTMLHeadingElement> }) {
  return <NlHeading {...props} className={cx('koers-heading', className)} />;
}

/**
 * The one h1 of a page. It can take focus (not by Tab), so that after a client-side navigation
 * focus lands on the new page's title and a screen reader announces it.
 */
export function PageHeading({ children, className }: { children: HeadingProps['children']; className?: string }) {
  return (
    <Heading level={1} tabIndex={-1} data-page-heading="" className={cx('koers-page-heading', className)}>
      {children}
    </Heading>
  );
}
