import type { ReactNode } from 'react';

/** A polite status line while something loads. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="utrecht-paragraph koers-loading" role="status">
      {children}
    </p>
  );
}
