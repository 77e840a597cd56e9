import type { CaseDetail, RegisterYouthRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

/** "Nieuwe jongere aanmelden": the jongere and their case, with the klantmanager as contact person. */
export function useRegisterYouth() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RegisterYouthRequest) => api.post<CaseDetail>('/cases', request),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
    },
  });
}
