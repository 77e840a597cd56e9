import type { CreateMilestoneRequest, Milestone, MilestonePage, PlanOverview } from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

/** Query keys of a case's mijlpalen; everything under `caseKeys.part(caseId, 'milestones')`. */
export const milestoneKeys = {
  all: (caseId: string) => caseKeys.part(caseId, 'milestones'),
  list: (caseId: string) => [...caseKeys.part(caseId, 'milestones'), 'list'] as const,
  /** Under the plan's key, so that any change to the plan refreshes the goal choice too. */
  goalOptions: (caseId: string) => [...caseKeys.part(caseId, 'plan'), 'goal-options'] as const,
};

/** The mijlpalen of a case, newest first, a page at a time ("Meer laden"). */
export function useMilestonePages(caseId: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: milestoneKeys.list(caseId),
    queryFn: ({ pageParam, signal }) => api.get<MilestonePage>(`/cases/${caseId}/milestones`, { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export interface GoalOption {
  lineageId: string;
  title: string;
}

/**
 * The goals a mijlpaal can celebrate: those of the plan's current version (by lineage, which stays
 * the same across versions). Without a plan, or when the plan cannot be read, there is no choice:
 * the form then simply leaves the goal out.
 */
export function useGoalOptions(caseId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: milestoneKeys.goalOptions(caseId),
    queryFn: async ({ signal }): Promise<GoalOption[]> => {
      const plan = await api.get<PlanOverview>(`/cases/${caseId}/plan`, { signal });
      return (plan.current?.goals ?? []).filter((g) => g.lineageId && g.title).map((g) => ({ lineageId: g.lineageId, title: g.title }));
    },
    enabled,
    retry: false,
  });
}

export function useCreateMilestone(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateMilestoneRequest) => api.post<Milestone>(`/cases/${caseId}/milestones`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: milestoneKeys.all(caseId) }),
  });
}

/**
 * Deletes a mijlpaal. `onDeleted` runs on the mutation itself (not on one `mutate` call), so it still
 * runs when the deleted item has already left the page.
 */
export function useDeleteMilestone(caseId: string, onDeleted: (milestone: Milestone) => void) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (milestone: Milestone) => api.delete(`/cases/${caseId}/milestones/${milestone.id}`),
    onSuccess: (_, milestone) => {
      onDeleted(milestone);
      return queryClient.invalidateQueries({ queryKey: milestoneKeys.all(caseId) });
    },
  });
}
