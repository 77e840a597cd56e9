import type { Milestone, MilestonePage, MyChangeResult, MyComment, MyCommentPage, MyPlan, MyPlanVersion, MyProposal, MyProposalPage, MyStep } from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export const myPlanKeys = {
  all: ['my-plan'] as const,
  plan: () => [...myPlanKeys.all, 'plan'] as const,
  /** Under the plan's key: whatever refreshes the plan (a write, a live update) refreshes these too. */
  proposals: () => [...myPlanKeys.plan(), 'proposals'] as const,
  comments: (lineageId: string) => [...myPlanKeys.plan(), 'comments', lineageId] as const,
  milestones: (caseId: string) => [...myPlanKeys.all, 'milestones', caseId] as const,
};

/** The jongere's own plan. */
export function useMyPlan() {
  const api = useApiClient();
  return useQuery({ queryKey: myPlanKeys.plan(), queryFn: ({ signal }) => api.get<MyPlan>('/me/plan', { signal }) });
}

/** All her proposals, newest first, a page at a time. */
export function useMyProposals() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: myPlanKeys.proposals(),
    queryFn: ({ pageParam, signal }) => api.get<MyProposalPage>('/me/plan/proposals', { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A goal's whole thread (newest first, a page at a time); only read once she asks for earlier comments. */
export function useMyGoalComments(lineageId: string, enabled: boolean) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: myPlanKeys.comments(lineageId),
    queryFn: ({ pageParam, signal }) => api.get<MyCommentPage>(`/me/plan/goals/${encodeURIComponent(lineageId)}/comments`, { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: myPlanKeys.plan() });
}

export function useAddGoal() {
  const api = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (title: string) => api.post<MyChangeResult>('/me/plan/goals', { title }), onSuccess: refresh });
}

function withStep(plan: MyPlan, stepId: string, done: boolean): MyPlan {
  const version = (v: MyPlanVersion | null) =>
    v && { ...v, goals: v.goals.map((g) => ({ ...g, steps: g.steps.map((s) => (s.id === stepId ? { ...s, done } : s)) })) };
  return { ...plan, current: version(plan.current), proposed: version(plan.proposed), concept: version(plan.concept) };
}

/** Ticks a step off (shown at once; put back when the server refuses), then reloads the plan. */
export function useMarkStepDone() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: { id: string; done: boolean; version: number }) => api.post<MyStep>(`/me/plan/steps/${step.id}/done`, { done: step.done, version: step.version }),
    onMutate: async (step) => {
      await queryClient.cancelQueries({ queryKey: myPlanKeys.plan() });
      const before = queryClient.getQueryData<MyPlan>(myPlanKeys.plan());
      if (before) queryClient.setQueryData(myPlanKeys.plan(), withStep(before, step.id, step.done));
      return { before };
    },
    onError: (_error, _step, context) => {
      if (context?.before) queryClient.setQueryData(myPlanKeys.plan(), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: myPlanKeys.plan() }),
  });
}

export function useAgree() {
  const api = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; version: number }) => api.post<MyPlanVersion>(`/me/plan/versions/${v.id}/agree`, { version: v.version }), onSettled: refresh });
}

export function useDisagree() {
  const api = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; text: string }) => api.post<MyProposal>(`/me/plan/versions/${v.id}/disagree`, { text: v.text }), onSuccess: refresh });
}

/** The jongere's milestones, newest first. */
export function useMyMilestones(caseId: string | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: myPlanKeys.milestones(caseId ?? ''),
    queryFn: ({ pageParam, signal }) => api.get<MilestonePage>(`/cases/${caseId}/milestones`, { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(caseId),
  });
}

/** Marks a milestone as seen (once), so the celebration shows only the first time. */
export function useMarkSeen(caseId: string) {
  const api = useApiClient();
  return useMutation({ mutationFn: (milestone: Milestone) => api.post(`/cases/${caseId}/milestones/${milestone.id}/seen`) });
}

export function useComment() {
  const api = useApiClient();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (c: { goalId: string; text: string }) => api.post<MyComment>(`/me/plan/goals/${c.goalId}/comments`, { text: c.text }), onSuccess: refresh });
}

export function useEditGoal() {
  const api = useApiClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (g: { id: string; title: string; version: number }) => api.patch<MyChangeResult>(`/me/plan/goals/${g.id}`, { title: g.title, version: g.version }),
    onSettled: refresh,
  });
}
