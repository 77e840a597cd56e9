import type { ConfirmMyHandoverMeetingRequest, GiveMyHandoverPreferenceRequest, MyHandover, MyHandoverResponse } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';

export const myHandoverKeys = {
  all: ['my-handover'] as const,
};

/** The jongere's own handover in progress (or `{ handover: null }`). */
export function useMyHandover() {
  const api = useApiClient();
  return useQuery({ queryKey: myHandoverKeys.all, queryFn: ({ signal }) => api.get<MyHandoverResponse>('/me/handover', { signal }) });
}

/**
 * After a write: the answer is the new state. After a 409 the server sends the current state
 * (`current`): show that at once, so the jongere sees what changed.
 */
function useStore() {
  const queryClient = useQueryClient();
  return {
    saved: (handover: MyHandover) => queryClient.setQueryData<MyHandoverResponse>(myHandoverKeys.all, { handover }),
    failed: (error: unknown) => {
      const current = isApiError(error) && error.status === 409 ? (error.problem.current as MyHandover | undefined) : undefined;
      if (current) queryClient.setQueryData<MyHandoverResponse>(myHandoverKeys.all, { handover: current });
      else void queryClient.invalidateQueries({ queryKey: myHandoverKeys.all });
    },
  };
}

export function useGivePreference() {
  const api = useApiClient();
  const store = useStore();
  return useMutation({
    mutationFn: (request: GiveMyHandoverPreferenceRequest) => api.post<MyHandover>('/me/handover/preference', request),
    onSuccess: store.saved,
    onError: store.failed,
  });
}

export function useConfirmMeeting() {
  const api = useApiClient();
  const store = useStore();
  return useMutation({
    mutationFn: ({ meetingId, ...request }: ConfirmMyHandoverMeetingRequest & { meetingId: string }) => api.post<MyHandover>(`/me/handover/meetings/${meetingId}/confirm`, request),
    onSuccess: store.saved,
    onError: store.failed,
  });
}
