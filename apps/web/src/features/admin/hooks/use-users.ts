import type { CreateStaffUserRequest, Page, UpdateWorkPhoneRequest, UserSummary } from '@koers/contracts';
import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { adminKeys } from './admin-query-keys';

/** Accounts by name, a page at a time ("Meer laden"). */
export function useUserPages() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: adminKeys.userList,
    queryFn: ({ pageParam, signal }) => api.get<Page<UserSummary>>('/users', { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCreateStaffUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateStaffUserRequest) => api.post<UserSummary>('/users', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

/** The beheerder sets (or removes: null) a staff member's work phone number; updates the row in place. */
export function useSetWorkPhone() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, workPhone }: { id: string } & UpdateWorkPhoneRequest) =>
      api.put<UserSummary>(`/users/${encodeURIComponent(id)}/work-phone`, { workPhone } satisfies UpdateWorkPhoneRequest),
    onSuccess: (updated) => {
      queryClient.setQueryData<InfiniteData<Page<UserSummary>, string | null>>(adminKeys.userList, (data) =>
        data
          ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((u) => (u.id === updated.id ? updated : u)) })) }
          : data,
      );
    },
  });
}

/** Switches an account off (its sessions end at once) or on again; updates the row in place. */
export function useSetUserActive() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<UserSummary>(`/users/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`),
    onSuccess: (updated) => {
      queryClient.setQueryData<InfiniteData<Page<UserSummary>, string | null>>(adminKeys.userList, (data) =>
        data
          ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((u) => (u.id === updated.id ? updated : u)) })) }
          : data,
      );
    },
  });
}
