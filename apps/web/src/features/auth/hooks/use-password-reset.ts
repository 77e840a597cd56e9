import type { PasswordResetPreview, ResetPasswordRequest } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { SESSION_QUERY_KEY } from './use-session';

/** Checks a "nieuw wachtwoord kiezen" link and gets the account's name and audience (jongere or staff). A 410 means: used, expired or replaced. */
export function usePasswordResetPreview(token: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['password-reset-preview', token],
    queryFn: () => api.post<PasswordResetPreview>('/auth/password-reset/preview', { token }, { anonymous: true }),
    enabled: token.length > 0,
    retry: (failures, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && failures < 2,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * Sets the new password. The server ends every session of the account (this browser's too, if it was
 * logged in as that account), so whatever this browser knew about its session is dropped.
 */
export function useResetPassword() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ResetPasswordRequest) => api.post<void>('/auth/password-reset', request, { anonymous: true }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, exact: true });
    },
  });
}
