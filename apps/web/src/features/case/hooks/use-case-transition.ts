import type { CaseDetail, ChangePhaseRequest, CloseCaseRequest, ReopenCaseRequest, TimeOutRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { caseKeys } from './use-case';

/** The four ways a case moves between phases; each is `POST /api/cases/:id/<action>` with the case's version. */
export type CaseTransition =
  | { action: 'phase'; body: ChangePhaseRequest }
  | { action: 'time-out'; body: TimeOutRequest }
  | { action: 'close'; body: CloseCaseRequest }
  | { action: 'reopen'; body: ReopenCaseRequest };

export type CaseTransitionAction = CaseTransition['action'];

/** A 409's `current` is the case as it is now, when the server sent it along. */
function currentCase(error: unknown, caseId: string): CaseDetail | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as Partial<CaseDetail> | undefined;
  return current && typeof current === 'object' && current.id === caseId && typeof current.version === 'number' ? (current as CaseDetail) : null;
}

/**
 * Changes the phase of a case (change, time-out, close, reopen). On success the header shows the
 * new state at once; on a 409 (someone else changed the case first) the header is brought up to
 * date from the answer, so that trying again uses the new version. The caller keeps the user's input.
 */
export function useCaseTransition(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();

  const refreshAround = () => {
    // Tabs may show phase-dependent things; lists sort and filter by phase and signals.
    void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), predicate: (q) => q.queryKey.length > 2 });
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
  };

  return useMutation({
    mutationFn: ({ action, body }: CaseTransition) => api.post<CaseDetail>(`/cases/${encodeURIComponent(caseId)}/${action}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      refreshAround();
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 409) return;
      const current = currentCase(error, caseId);
      if (current) queryClient.setQueryData(caseKeys.detail(caseId), current);
      else void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
      refreshAround();
    },
  });
}
