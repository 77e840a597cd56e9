import type { IntakeDetail, NetworkMemberList, PlanDiff, PlanOverview, PlanRevisionPage, PlanVersionDetail, PlanEntityType } from '@koers/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { planKeys } from './plan-keys';

const casePart = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}/${rest}`;

/** The plan of a case: the version being worked on (or in force), all versions, and what the user may do. */
export function usePlanOverview(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.overview(caseId),
    queryFn: ({ signal }) => api.get<PlanOverview>(casePart(caseId, 'plan'), { signal }),
  });
}

/** One version by its number (an older one, or the one before the current for its evaluation). */
export function usePlanVersion(caseId: string, number: number | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.version(caseId, number ?? 0),
    queryFn: ({ signal }) => api.get<PlanVersionDetail>(casePart(caseId, `plan/versions/${number}`), { signal }),
    enabled: number !== null,
  });
}

/** What changed between two versions (computed by the server with diffPlanVersions). */
export function usePlanDiff(caseId: string, pair: { from: number; to: number } | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.diff(caseId, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: ({ signal }) => api.get<PlanDiff>(casePart(caseId, 'plan/diff'), { query: { from: pair!.from, to: pair!.to }, signal }),
    enabled: pair !== null,
  });
}

/** The change history of one goal, step or agreement, newest first, a page at a time. */
export function usePlanRevisions(caseId: string, entityType: PlanEntityType, entityId: string, enabled: boolean) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: planKeys.revisions(caseId, entityType, entityId),
    queryFn: ({ pageParam, signal }) =>
      api.get<PlanRevisionPage>(casePart(caseId, 'plan/revisions'), { query: { entityType, entityId, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** The intake's needs, wishes and urgent obstacles: what goals answer, and which goals come first. */
export function usePlanIntake(caseId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.intake(caseId),
    queryFn: async ({ signal }) => {
      const intake = await api.get<IntakeDetail>(casePart(caseId, 'intake'), { signal });
      return { wishes: intake.wishes, urgentObstacles: intake.urgentObstacles };
    },
    enabled,
    retry: false,
  });
}

/** The netwerk people who can own a step. */
export function usePlanNetwork(caseId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKeys.network(caseId),
    queryFn: async ({ signal }) => (await api.get<NetworkMemberList>(casePart(caseId, 'network'), { signal })).items,
    enabled,
    retry: false,
  });
}
