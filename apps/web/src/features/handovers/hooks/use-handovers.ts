import type {
  CaseloadCounts,
  CasesWithoutContactPage,
  CompletedHandoversPage,
  ContactPersonInfo,
  HandoverCandidateOptions,
  HandoverDetail,
  HandoverPage,
  HandoverSummary,
  WarmShareMonth,
} from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { caseKeys } from '../../case/hooks/use-case';

export const handoverKeys = {
  forCase: (caseId: string) => [...caseKeys.part(caseId, 'handovers'), 'list'] as const,
  contact: (caseId: string) => [...caseKeys.part(caseId, 'handovers'), 'contact'] as const,
  /** Every handover's detail (the prefix of `detail`). */
  all: ['handovers'] as const,
  detail: (handoverId: string) => ['handovers', handoverId] as const,
  team: ['team-handovers'] as const,
  candidates: (caseId: string) => [...caseKeys.part(caseId, 'handovers'), 'candidates'] as const,
};

/** Who may take over this case (for its contact person and the teamleider): colleagues of its team with their caseload. */
export function useHandoverCandidates(caseId: string, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: handoverKeys.candidates(caseId),
    queryFn: ({ signal }) => api.get<HandoverCandidateOptions>(`/cases/${caseId}/handover-candidates`, { signal }),
    enabled,
  });
}

export function useContactPerson(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: handoverKeys.contact(caseId),
    queryFn: ({ signal }) => api.get<ContactPersonInfo>(`/cases/${caseId}/contact-person`, { signal }),
  });
}

export function useCaseHandovers(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: handoverKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<HandoverSummary[]>(`/cases/${caseId}/handovers`, { signal }),
  });
}

export function useHandover(handoverId: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: handoverKeys.detail(handoverId ?? ''),
    queryFn: ({ signal }) => api.get<HandoverDetail>(`/handovers/${handoverId}`, { signal }),
    enabled: Boolean(handoverId),
  });
}

/** The team's klantmanagers with their caseload (teamleider only). */
export function useTeamCaseload(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...handoverKeys.team, 'caseload'],
    queryFn: ({ signal }) => api.get<CaseloadCounts>('/team/caseload', { signal }),
    enabled,
  });
}

/** The 409 `current` of a handover write, if the error is one. */
export function conflictCurrent(error: unknown): HandoverDetail | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as HandoverDetail | undefined;
  return current && typeof current === 'object' && 'status' in current ? current : null;
}

export interface HandoverWriteVariables {
  method: 'post' | 'put' | 'patch';
  path: string;
  body: unknown;
  /** Called with the answer before the cached handover is replaced. */
  onDone?: (detail: HandoverDetail) => void;
}

/**
 * Any write to a handover: `path` is below `/handovers/:id` (or a full path for propose/assign).
 * The answer is a HandoverDetail; it replaces the cached one, and the case's lists refresh.
 * On 409 the cache takes the server's `current`, so that "save again" uses the new version.
 */
export function useHandoverWrite(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'handovers') }),
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
      queryClient.invalidateQueries({ queryKey: handoverKeys.team }),
      queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
  return useMutation({
    mutationFn: ({ method, path, body }: HandoverWriteVariables) =>
      method === 'post' ? api.post<HandoverDetail>(path, body) : method === 'put' ? api.put<HandoverDetail>(path, body) : api.patch<HandoverDetail>(path, body),
    onSuccess: (detail, variables) => {
      // Before the cache changes: the form that sent this may disappear with the new state.
      variables.onDone?.(detail);
      queryClient.setQueryData(handoverKeys.detail(detail.id), detail);
      return refresh();
    },
    onError: (error) => {
      const current = conflictCurrent(error);
      if (current) queryClient.setQueryData(handoverKeys.detail(current.id), current);
    },
  });
}

/** Team lists come a page at a time ("Meer laden", keyset cursor). */
const TEAM_PAGE_SIZE = 25;

export function useTeamInProgress() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...handoverKeys.team, 'in-progress'],
    queryFn: ({ pageParam, signal }) => api.get<HandoverPage>('/team/handovers', { query: { limit: TEAM_PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useTeamCompleted(from: string, to: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...handoverKeys.team, 'completed', from, to],
    queryFn: ({ pageParam, signal }) =>
      api.get<CompletedHandoversPage>('/team/handovers/completed', { query: { from, to, limit: TEAM_PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useWarmShare() {
  const api = useApiClient();
  return useQuery({
    queryKey: [...handoverKeys.team, 'warm-share'],
    queryFn: ({ signal }) => api.get<WarmShareMonth[]>('/team/handovers/warm-share', { query: { months: 12 }, signal }),
  });
}

export function useWithoutContact() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...handoverKeys.team, 'without-contact'],
    queryFn: ({ pageParam, signal }) =>
      api.get<CasesWithoutContactPage>('/team/cases-without-contact', { query: { limit: TEAM_PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAssignContact() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, userId, version }: { caseId: string; userId: string; version: number }) =>
      api.post<HandoverDetail>(`/cases/${caseId}/contact-person`, { userId, version }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: handoverKeys.team }), queryClient.invalidateQueries({ queryKey: caseKeys.all })]),
  });
}
