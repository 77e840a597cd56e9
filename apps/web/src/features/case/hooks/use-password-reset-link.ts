import type { PasswordResetCreated } from '@koers/contracts';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

/**
 * A one-time "nieuw wachtwoord kiezen" link for the jongere of this case (account active); an older
 * unused link stops working. Changes nothing else: the current password works until the link is used.
 */
export function usePasswordResetLink(caseId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () => api.post<PasswordResetCreated>(`/cases/${encodeURIComponent(caseId)}/password-reset`),
  });
}
