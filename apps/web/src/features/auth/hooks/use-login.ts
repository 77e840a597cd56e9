import type { LoginRequest, SessionResponse } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { startSession } from './use-session';

export function useLogin() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => api.post<SessionResponse>('/auth/login', request, { anonymous: true }),
    onSuccess: (session) => startSession(queryClient, session),
  });
}
