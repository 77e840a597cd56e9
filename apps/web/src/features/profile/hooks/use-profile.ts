import type { StaffProfile, UpdateWorkPhoneRequest } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export const profileKeys = { mine: ['staff-profile'] as const };

/** "Mijn gegevens" of the signed-in staff member. */
export function useStaffProfile() {
  const api = useApiClient();
  return useQuery({ queryKey: profileKeys.mine, queryFn: ({ signal }) => api.get<StaffProfile>('/me/profile', { signal }) });
}

export function useSetOwnWorkPhone() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workPhone: UpdateWorkPhoneRequest['workPhone']) => api.put<StaffProfile>('/me/profile', { workPhone } satisfies UpdateWorkPhoneRequest),
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.mine, profile),
  });
}
