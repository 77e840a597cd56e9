import type { ReactNode } from 'react';

export type StatusBadgeStatus = 'active' | 'inactive' | 'neutral' | 'success' | 'warning' | 'danger';

export function StatusBadge({ status, children }: { status: StatusBadgeStatus; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}
