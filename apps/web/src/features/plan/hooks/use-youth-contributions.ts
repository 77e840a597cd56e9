import type { DecideProposalRequest, GoalComment, GoalCommentPage, ProposalFilter, StaffGoalCommentRequest, YouthProposal, YouthProposalPage } from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { planKeys } from './plan-keys';

/*
 * What the jongere writes from Mijn plan, for the klantmanager's plan tab: their proposals for the
 * next version, and the comment threads on the goals. Both live under the plan's key, so any plan
 * write (and a decision here) reads them again.
 */

export const youthKeys = {
  proposals: (caseId: string, status: ProposalFilter) => [...planKeys.all(caseId), 'youth-proposals', status] as const,
  comments: (caseId: string, lineageId: string) => [...planKeys.all(caseId), 'goal-comments', lineageId] as const,
  allComments: (caseId: string) => [...planKeys.all(caseId), 'goal-comments'] as const,
};

/** A thread first shows its newest comments; "Eerdere reacties laden" fetches more at a time. */
export const THREAD_FIRST_PAGE = 3;
export const THREAD_NEXT_PAGE = 25;

const id = encodeURIComponent;

/** The jongere's proposals of one status (or 'wachtend'), newest first, a page at a time. */
export function useYouthProposals(caseId: string, status: ProposalFilter) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: youthKeys.proposals(caseId, status),
    queryFn: ({ pageParam, signal }) => api.get<YouthProposalPage>(`/cases/${id(caseId)}/youth-proposals`, { query: { status, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A goal's thread (by lineage), fetched newest first; `comments` is oldest first, as it reads. */
export function useGoalComments(caseId: string, lineageId: string) {
  const api = useApiClient();
  const query = useInfiniteQuery({
    queryKey: youthKeys.comments(caseId, lineageId),
    queryFn: ({ pageParam, signal }) =>
      api.get<GoalCommentPage>(`/cases/${id(caseId)}/goals/${id(lineageId)}/comments`, {
        query: { cursor: pageParam, limit: pageParam ? THREAD_NEXT_PAGE : THREAD_FIRST_PAGE },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const comments: GoalComment[] = (query.data?.pages ?? []).flatMap((p) => p.items).reverse();
  const total = query.data?.pages[0]?.total ?? 0;
  return { ...query, comments, total };
}

interface DecideVars {
  proposalId: string;
  body: DecideProposalRequest;
  /** Runs once the plan is read again. */
  after?: (result: YouthProposal) => void;
  failed?: (error: unknown) => void;
}

/**
 * Take a proposal over into the plan, or keep it to discuss. Afterwards (also after a 409) the plan
 * and the proposals are read again. `after`/`failed` live on the mutation, not on one mutate call:
 * the item decided on moves to another list (or leaves the panel) when the proposals are read again,
 * and a mutate call's callbacks would be dropped with it.
 */
export function useDecideProposal(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.all(caseId) });
  return useMutation({
    mutationFn: (v: DecideVars) => api.post<YouthProposal>(`/youth-proposals/${id(v.proposalId)}/decision`, v.body),
    onSuccess: async (result, vars) => {
      await refresh();
      vars.after?.(result);
    },
    onError: (error, vars) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404)) void refresh();
      vars.failed?.(error);
    },
  });
}

export function useAddGoalComment(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { goalId: string; body: StaffGoalCommentRequest }) => api.post<GoalComment>(`/cases/${id(caseId)}/goals/${id(v.goalId)}/comments`, v.body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: youthKeys.allComments(caseId) });
    },
  });
}
