import type { MyChangeResult, MyStepWordingRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { myPlanKeys } from './use-my-plan';

/** New wording of a step the jongere wrote (applied in a concept; a proposal on an agreed plan). */
export function useEditStep() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (s: { id: string } & MyStepWordingRequest) => api.patch<MyChangeResult>(`/me/plan/steps/${s.id}`, { text: s.text, version: s.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myPlanKeys.plan() }),
  });
}
