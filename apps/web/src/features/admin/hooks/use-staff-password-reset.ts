import type { PasswordResetCreated, UserSummary } from '@koers/contracts';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

/**
 * The beheerder makes a one-time "nieuw wachtwoord kiezen" link for a staff member; an older unused
 * link stops working. The current password works until the link is used.
 */
export function useStaffPasswordReset() {
  const api = useApiClient();
  return useMutation({
    mutationFn: (user: Pick<UserSummary, 'id' | 'name'>) => api.post<PasswordResetCreated>(`/users/${encodeURIComponent(user.id)}/password-reset`),
  });
}

export type StaffPasswordReset = ReturnType<typeof useStaffPasswordReset>;
