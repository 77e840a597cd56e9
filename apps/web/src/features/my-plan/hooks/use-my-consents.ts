import type { Consent, ConsentPurpose, MyConsents } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { myPlanKeys } from './use-my-plan';

export const myConsentKeys = { consents: () => [...myPlanKeys.all, 'consents'] as const };

/** The jongere's consents: per purpose a plain explanation and where it stands. */
export function useMyConsents() {
  const api = useApiClient();
  return useQuery({ queryKey: myConsentKeys.consents(), queryFn: ({ signal }) => api.get<MyConsents>('/me/consents', { signal }) });
}

export function useGiveConsent() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (purpose: ConsentPurpose) => api.post<Consent>('/me/consents', { purpose }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myConsentKeys.consents() }),
  });
}

/** Withdraws consent: the server erases what was written down under it. */
export function useWithdrawConsent() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consentId: string) => api.post<Consent>(`/me/consents/${consentId}/withdraw`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myConsentKeys.consents() }),
  });
}
