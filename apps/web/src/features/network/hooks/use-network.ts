import type { CreateNetworkMemberRequest, NetworkMember, NetworkMemberList, UpdateNetworkMemberRequest } from '@koers/contracts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

/** Query key of a case's netwerk (the whole list; it is not paginated). */
export const networkKeys = {
  list: (caseId: string) => caseKeys.part(caseId, 'network'),
};

export function useNetwork(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: networkKeys.list(caseId),
    queryFn: ({ signal }) => api.get<NetworkMemberList>(`/cases/${caseId}/network`, { signal }),
  });
}

/**
 * After a change: the netwerk from the server (the eindverantwoordelijke mark may have moved, the
 * order may change) and the plan, which shows netwerk people as owners of steps. Not awaited by the
 * mutations: the cache is updated at once with what the server answered.
 */
function refresh(queryClient: QueryClient, caseId: string): void {
  void queryClient.invalidateQueries({ queryKey: networkKeys.list(caseId) });
  void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'plan') });
}

/** Puts a saved member in the cached list; a new eindverantwoordelijke takes the mark off everyone else. */
function storeMember(queryClient: QueryClient, caseId: string, saved: NetworkMember): void {
  queryClient.setQueryData<NetworkMemberList>(networkKeys.list(caseId), (list) => {
    if (!list) return list;
    const others = list.items.filter((m) => m.id !== saved.id).map((m) => (saved.isLead && m.isLead ? { ...m, isLead: false } : m));
    const index = list.items.findIndex((m) => m.id === saved.id);
    const items = index < 0 ? [...others, saved] : [...others.slice(0, index), saved, ...others.slice(index)];
    return { items };
  });
}

export function useCreateNetworkMember(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateNetworkMemberRequest) => api.post<NetworkMember>(`/cases/${caseId}/network`, request),
    onSuccess: (saved) => {
      storeMember(queryClient, caseId, saved);
      refresh(queryClient, caseId);
    },
  });
}

/**
 * Changes a member. `onSaved` runs on the mutation itself (not on one `mutate` call), so it also runs
 * when the member's card has moved to another group and was drawn anew.
 */
export function useUpdateNetworkMember(caseId: string, memberId: string, onSaved: (saved: NetworkMember) => void) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateNetworkMemberRequest) => api.patch<NetworkMember>(`/cases/${caseId}/network/${memberId}`, request),
    onSuccess: (saved) => {
      storeMember(queryClient, caseId, saved);
      onSaved(saved);
      refresh(queryClient, caseId);
    },
  });
}

/**
 * Removes someone from the netwerk. A member who still owns open plan steps cannot be removed: the API
 * answers 409 with a Dutch title that says what to do. `onRemoved` runs on the mutation itself, so it
 * also runs after the member's card has left the page.
 */
export function useRemoveNetworkMember(caseId: string, onRemoved: (member: NetworkMember) => void) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: NetworkMember) => api.delete(`/cases/${caseId}/network/${member.id}`),
    onSuccess: (_, member) => {
      queryClient.setQueryData<NetworkMemberList>(networkKeys.list(caseId), (list) => list && { items: list.items.filter((m) => m.id !== member.id) });
      onRemoved(member);
      refresh(queryClient, caseId);
    },
  });
}
