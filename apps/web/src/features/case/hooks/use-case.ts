import type { CaseDetail, CaseloadQuery } from '@koers/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useApiClient } from '../../../api/api-context';

/** The filters of a case list (a caseload page), without the paging cursor. */
export type CaseListFilters = Omit<CaseloadQuery, 'cursor' | 'limit'>;

export const caseKeys = {
  all: ['cases'] as const,
  /** Every caseload list (all filters): invalidate after a change that moves a case in or out of a list. */
  lists: ['cases', 'list'] as const,
  list: (filters: CaseListFilters) => ['cases', 'list', filters] as const,
  detail: (caseId: string) => ['cases', caseId] as const,
  part: (caseId: string, part: string) => ['cases', caseId, part] as const,
};

/** The case id from the route `/trajecten/:caseId/...`. */
export function useCaseId(): string {
  const { caseId } = useParams();
  if (!caseId) throw new Error('useCaseId outside a case route');
  return caseId;
}

/** The case page's header data (also used by every tab for permissions and version). */
export function useCase(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/cases/${encodeURIComponent(caseId)}`, { signal }),
  });
}
