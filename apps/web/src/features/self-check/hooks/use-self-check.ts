import type {
  CreateImprovementActionRequest,
  ImprovementAction,
  ImprovementActionList,
  MySelfCheckAnswers,
  SaveSelfCheckAnswerRequest,
  SelfCheckAnswer,
  SelfCheckResults,
  SelfCheckRound,
  SelfCheckRoundList,
  UpdateImprovementActionRequest,
  WerkwijzerContent,
} from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export const selfCheckKeys = {
  all: ['self-check'] as const,
  rounds: () => [...selfCheckKeys.all, 'rounds'] as const,
  myAnswers: (roundId: string) => [...selfCheckKeys.all, 'my-answers', roundId] as const,
  results: (roundId: string, compareTo: string | null) => [...selfCheckKeys.all, 'results', roundId, compareTo] as const,
  actions: (roundId: string) => [...selfCheckKeys.all, 'actions', roundId] as const,
  werkwijzer: ['werkwijzer'] as const,
};

export function useSelfCheckRounds() {
  const api = useApiClient();
  return useQuery({ queryKey: selfCheckKeys.rounds(), queryFn: ({ signal }) => api.get<SelfCheckRoundList>('/self-check/rounds', { signal }) });
}

/** The werkwijzer content: theme and factor titles for the form. */
export function useWerkwijzerContent() {
  const api = useApiClient();
  return useQuery({ queryKey: selfCheckKeys.werkwijzer, queryFn: ({ signal }) => api.get<WerkwijzerContent>('/werkwijzer', { signal }), staleTime: Infinity });
}

export function useOpenRound() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<SelfCheckRound>('/self-check/rounds', { title }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: selfCheckKeys.rounds() }),
  });
}

export function useMyAnswers(roundId: string) {
  const api = useApiClient();
  return useQuery({ queryKey: selfCheckKeys.myAnswers(roundId), queryFn: ({ signal }) => api.get<MySelfCheckAnswers>(`/self-check/rounds/${roundId}/my-answers`, { signal }) });
}

/** Saves one answer (PUT, idempotent) or clears it (score undefined → DELETE). */
export function useSaveAnswer(roundId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ factor, score }: { factor: string; score: SaveSelfCheckAnswerRequest['score'] | undefined }): Promise<SelfCheckAnswer | null> => {
      if (score === undefined) {
        await api.delete(`/self-check/rounds/${roundId}/answers/${factor}`);
        return null;
      }
      return api.put<SelfCheckAnswer>(`/self-check/rounds/${roundId}/answers/${factor}`, { score });
    },
    onSuccess: (_, { factor, score }) => {
      queryClient.setQueryData<MySelfCheckAnswers>(selfCheckKeys.myAnswers(roundId), (old) => {
        if (!old) return old;
        const others = old.answers.filter((a) => a.factor !== factor);
        return { ...old, answers: score === undefined ? others : [...others, { factor, score }] };
      });
      void queryClient.invalidateQueries({ queryKey: selfCheckKeys.rounds() });
    },
  });
}

export function useSelfCheckResults(roundId: string, compareTo: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: selfCheckKeys.results(roundId, compareTo),
    queryFn: ({ signal }) => api.get<SelfCheckResults>(`/self-check/rounds/${roundId}/results`, { query: compareTo ? { compareTo } : {}, signal }),
    placeholderData: (previous) => previous,
  });
}

export function useImprovementActions(roundId: string) {
  const api = useApiClient();
  return useQuery({ queryKey: selfCheckKeys.actions(roundId), queryFn: ({ signal }) => api.get<ImprovementActionList>(`/self-check/rounds/${roundId}/actions`, { signal }) });
}

export function useActionMutations(roundId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: selfCheckKeys.actions(roundId) });
  return {
    create: useMutation({
      mutationFn: (request: CreateImprovementActionRequest) => api.post<ImprovementAction>(`/self-check/rounds/${roundId}/actions`, request),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...request }: UpdateImprovementActionRequest & { id: string }) => api.patch<ImprovementAction>(`/self-check/actions/${id}`, request),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) => api.delete(`/self-check/actions/${id}`, { query: { version: String(version) } }),
      onSettled: refresh,
    }),
  };
}
