import type { ActivateInvitationRequest, InvitationPreview, SessionResponse } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { startSession } from './use-session';

/** Checks the activation link and gets the jongere's name. A 410 means: used or expired. */
export function useInvitationPreview(token: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.post<InvitationPreview>('/auth/activation/preview', { token }, { anonymous: true }),
    enabled: token.length > 0,
    retry: (failures, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && failures < 2,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useActivation() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ActivateInvitationRequest) => api.post<SessionResponse>('/auth/activation', request, { anonymous: true }),
    onSuccess: (session) => startSession(queryClient, session),
  });
}
