import type { ReactNode } from 'react';

/** One term and its value inside a `<dl className="koers-facts">`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="koers-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
