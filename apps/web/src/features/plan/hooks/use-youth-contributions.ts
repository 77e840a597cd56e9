import type { DecideProposalRequest, GoalComment, StaffGoalCommentRequest, YouthProposal } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { planKeys } from './plan-keys';

/*
 * What the jongere writes from Mijn plan, for the klantmanager's plan tab: their proposals for the
 * next version, and the comment threads on the goals. Both live under the plan's key, so any plan
 * write (and a decision here) reads them again.
 */

export const youthKeys = {
  proposals: (caseId: string) => [...planKeys.all(caseId), 'youth-proposals'] as const,
  comments: (caseId: string) => [...planKeys.all(caseId), 'goal-comments'] as const,
};

const id = encodeURIComponent;

export function useYouthProposals(caseId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: youthKeys.proposals(caseId),
    queryFn: ({ signal }) => api.get<YouthProposal[]>(`/cases/${id(caseId)}/youth-proposals`, { signal }),
    enabled,
  });
}

/** All comments of the case, oldest first; each goal shows those of its lineage. */
export function useGoalComments(caseId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: youthKeys.comments(caseId),
    queryFn: ({ signal }) => api.get<GoalComment[]>(`/cases/${id(caseId)}/goal-comments`, { signal }),
    enabled,
  });
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
      await queryClient.invalidateQueries({ queryKey: youthKeys.comments(caseId) });
    },
  });
}
