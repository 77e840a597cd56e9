import type { InvitationCreated } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from './use-case';

/** The case's header data again (the jongere's account state), without refetching every tab. */
export function useRefreshCaseDetail(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
}

/** A new one-time activation link for the jongere of this case (invited, not activated yet); older links stop working. */
export function useRenewInvitation(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshCaseDetail(caseId);
  return useMutation({
    mutationFn: () => api.post<InvitationCreated>(`/cases/${encodeURIComponent(caseId)}/invitation`),
    onSuccess: () => refresh(),
  });
}
