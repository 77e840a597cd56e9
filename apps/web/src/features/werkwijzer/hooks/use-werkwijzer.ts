import type { MarkFactorRequest, WerkwijzerContent, WerkwijzerPanel, WerkwijzerPanelFactor } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

export const werkwijzerKeys = {
  content: ['werkwijzer', 'content'] as const,
  panel: (caseId: string) => caseKeys.part(caseId, 'werkwijzer'),
};

/** The werkwijzer texts: they change only with a new version of Koers, so they are fetched once per session. */
export function useWerkwijzerContent() {
  const api = useApiClient();
  return useQuery({
    queryKey: werkwijzerKeys.content,
    queryFn: ({ signal }) => api.get<WerkwijzerContent>('/werkwijzer', { signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useWerkwijzerPanel(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: werkwijzerKeys.panel(caseId),
    queryFn: ({ signal }) => api.get<WerkwijzerPanel>(`/cases/${encodeURIComponent(caseId)}/werkwijzer`, { signal }),
  });
}

export type FactorMarkChange = { factor: string; mark: MarkFactorRequest | null };

/** Mark a manual factor (PUT) or remove its mark (DELETE); the panel (summaries) is fetched again afterwards. */
export function useMarkFactor(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ factor, mark }: FactorMarkChange): Promise<WerkwijzerPanelFactor | null> => {
      const path = `/cases/${encodeURIComponent(caseId)}/werkwijzer/${encodeURIComponent(factor)}`;
      if (mark) return api.put<WerkwijzerPanelFactor>(path, mark);
      await api.delete(path);
      return null;
    },
    onSuccess: (saved, { factor }) => {
      queryClient.setQueryData<WerkwijzerPanel>(werkwijzerKeys.panel(caseId), (panel) =>
        panel
          ? {
              ...panel,
              themes: panel.themes.map((theme) => ({
                ...theme,
                factors: theme.factors.map((f) => (f.number !== factor ? f : saved ? saved : { ...f, mark: null })),
              })),
            }
          : panel,
      );
      return queryClient.invalidateQueries({ queryKey: werkwijzerKeys.panel(caseId) });
    },
  });
}
