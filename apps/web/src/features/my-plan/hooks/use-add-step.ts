import type { MyChangeResult } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { myPlanKeys } from './use-my-plan';

/** A step of the jongere's own on a goal: into the concept, or as a proposal for the next version. */
export function useAddStep() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (s: { goalId: string; text: string }) => api.post<MyChangeResult>(`/me/plan/goals/${s.goalId}/steps`, { text: s.text }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myPlanKeys.plan() }),
  });
}
