import { caseKeys } from '../../case/hooks/use-case';

/** Query keys of a case's plan van aanpak; everything under `caseKeys.part(caseId, 'plan')`. */
export const planKeys = {
  all: (caseId: string) => caseKeys.part(caseId, 'plan'),
  overview: (caseId: string) => [...caseKeys.part(caseId, 'plan'), 'overview'] as const,
  version: (caseId: string, number: number) => [...caseKeys.part(caseId, 'plan'), 'version', number] as const,
  diff: (caseId: string, from: number, to: number) => [...caseKeys.part(caseId, 'plan'), 'diff', from, to] as const,
  revisions: (caseId: string, entityType: string, entityId: string) => [...caseKeys.part(caseId, 'plan'), 'revisions', entityType, entityId] as const,
  /** Under the intake's key, so that a change to the intake refreshes the wishes and obstacles here too. */
  intake: (caseId: string) => [...caseKeys.part(caseId, 'intake'), 'for-plan'] as const,
  /** Under the netwerk's key, so that a change to the netwerk refreshes the step owners here too. */
  network: (caseId: string) => [...caseKeys.part(caseId, 'network'), 'for-plan'] as const,
};
