import type { IntakeWish, NetworkMember, PlanVersionDetail } from '@koers/contracts';
import { createContext, type ReactNode, use } from 'react';

/** What every part of a shown plan version needs to know: whose plan, which version, and what may be changed. */
export interface PlanContextValue {
  caseId: string;
  youthName: string;
  contactName: string | null;
  version: PlanVersionDetail;
  /** Goals, steps, agreements, dates and consequences may be changed (a concept or voorgesteld version, by the contact person). */
  canEditContent: boolean;
  /** Steps may be ticked off and a goal's status changed (also on the vastgesteld version). */
  canEditProgress: boolean;
  /** The heading level of the version's sections (goals are one deeper, steps two). */
  headingLevel: 3 | 4;
  /** Announces a result in the tab's status line. */
  notify: (message: string) => void;
  /** The intake's needs and wishes a goal can answer. */
  wishes: IntakeWish[];
  /** Netwerk people who can own a step. */
  network: NetworkMember[];
}

const PlanContext = createContext<PlanContextValue | null>(null);

export function PlanProvider({ value, children }: { value: PlanContextValue; children: ReactNode }) {
  return <PlanContext value={value}>{children}</PlanContext>;
}

export function usePlanContext(): PlanContextValue {
  const value = use(PlanContext);
  if (!value) throw new Error('usePlanContext needs a <PlanProvider> above it.');
  return value;
}
