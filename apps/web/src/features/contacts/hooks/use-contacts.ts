import type { ContactMoment, ContactMomentPage, CreateContactMomentRequest } from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

/** Query keys of a case's contactmomenten; everything under `caseKeys.part(caseId, 'contacts')`. */
export const contactKeys = {
  all: (caseId: string) => caseKeys.part(caseId, 'contacts'),
  list: (caseId: string) => [...caseKeys.part(caseId, 'contacts'), 'list'] as const,
};

/** The contactmomenten of a case, newest first, a page at a time ("Meer laden"). */
export function useContactPages(caseId: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: contactKeys.list(caseId),
    queryFn: ({ pageParam, signal }) => api.get<ContactMomentPage>(`/cases/${caseId}/contacts`, { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Logs a contactmoment. Afterwards the list, the case header and the caseload lists are refreshed:
 * the "Lang geen contact" signal may be gone now. Only the header itself (`exact`), not every part of the case.
 */
export function useCreateContact(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateContactMomentRequest) => api.post<ContactMoment>(`/cases/${caseId}/contacts`, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.all(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
      ]),
  });
}
