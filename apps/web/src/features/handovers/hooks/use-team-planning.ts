import {
  type HandoverPage,
  type HandoverSettings,
  type LeavingCaseItem,
  type LeavingCasesPage,
  MAX_PAGE_SIZE,
  type PlanBulkHandoversRequest,
  type PlanBulkHandoversResult,
  type SpreadCasesRequest,
  type SpreadCasesResult,
  type UpdateHandoverSettingsRequest,
} from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { caseKeys } from '../../case/hooks/use-case';
import { handoverKeys } from './use-handovers';

export const planningKeys = {
  leavingCases: (userId: string) => [...handoverKeys.team, 'leaving', userId] as const,
  settings: (teamId: string) => ['handover-settings', teamId] as const,
  mine: ['my-handovers'] as const,
};

/**
 * Every open case of one klantmanager of the team (for "iemand vertrekt"). A caseload is a few dozen
 * cases: this follows the keyset cursor to the end, so the whole caseload can be spread at once.
 */
export function useLeavingCases(userId: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: planningKeys.leavingCases(userId ?? ''),
    enabled: Boolean(userId),
    queryFn: async ({ signal }) => {
      const items: LeavingCaseItem[] = [];
      let cursor: string | null = null;
      do {
        const page: LeavingCasesPage = await api.get<LeavingCasesPage>(`/team/klantmanagers/${userId}/cases`, { query: { cursor, limit: MAX_PAGE_SIZE }, signal });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },
  });
}

/** A proposal of how to spread cases over colleagues (the server writes nothing). */
export function useSpread() {
  const api = useApiClient();
  return useMutation({ mutationFn: (request: SpreadCasesRequest) => api.post<SpreadCasesResult>('/team/handovers/spread', request) });
}

/** Plans all handovers at once (all or nothing); the team's lists and the cases refresh. */
export function usePlanBulk() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlanBulkHandoversRequest) => api.post<PlanBulkHandoversResult>('/team/handovers', request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: handoverKeys.team }),
        queryClient.invalidateQueries({ queryKey: caseKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
  });
}

export function useHandoverSettings(teamId: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: planningKeys.settings(teamId ?? ''),
    queryFn: ({ signal }) => api.get<HandoverSettings>(`/teams/${teamId}/handover-settings`, { signal }),
    enabled: Boolean(teamId),
  });
}

/** The 409 `current` of a settings save, if the error is one. */
export function settingsConflict(error: unknown): HandoverSettings | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as HandoverSettings | undefined;
  return current && typeof current === 'object' && 'noticeDays' in current ? current : null;
}

/**
 * Saves the team's handover rules with the version the screen holds. On 409 the cache takes the
 * server's current settings, so the screen shows them and a new save goes on top of them.
 */
export function useUpdateHandoverSettings(teamId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateHandoverSettingsRequest) => api.patch<HandoverSettings>(`/teams/${teamId}/handover-settings`, request),
    onSuccess: (settings) => {
      queryClient.setQueryData(planningKeys.settings(teamId), settings);
      return queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error) => {
      const current = settingsConflict(error);
      if (current) queryClient.setQueryData(planningKeys.settings(teamId), current);
    },
  });
}

/** A klantmanager's open handovers (their cases, and those they take over), soonest switch first. */
export function useMyHandovers() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: planningKeys.mine,
    queryFn: ({ pageParam, signal }) => api.get<HandoverPage>('/handovers', { query: { cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
