import type { CaseloadPage, CaseloadQuery } from '@koers/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { type CaseListFilters, caseKeys } from '../../case/hooks/use-case';

/**
 * `GET /api/cases` with the filters, a page at a time ("Meer laden", keyset cursor). The server
 * decides whose cases: a klantmanager's own, or a teamleider's team; and sorts them by attention.
 */
export function useCaseloadPages(filters: CaseListFilters) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const query: CaseloadQuery = { ...filters, cursor: pageParam ?? undefined };
      return api.get<CaseloadPage>('/cases', { query: { ...query }, signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
