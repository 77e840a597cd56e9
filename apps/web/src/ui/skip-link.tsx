import type { MouseEvent, ReactNode } from 'react';

/**
 * Utrecht Skip Link: hidden until focused with the keyboard, then shown at the top. It moves focus
 * itself instead of changing the URL fragment, because some pages (activation) keep data there.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };
  return (
    <a href={`#${targetId}`} onClick={onClick} className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
      {children}
    </a>
  );
}
