import type { CreateInvitationRequest, InvitationCreated } from '@koers/contracts';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export function useCreateInvitation() {
  const api = useApiClient();
  return useMutation({
    mutationFn: (request: CreateInvitationRequest) => api.post<InvitationCreated>('/invitations', request),
  });
}
