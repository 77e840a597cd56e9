import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. to make "Uitschakelen" say whose account. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="koers-visually-hidden">{children}</span>;
}
