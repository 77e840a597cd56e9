import type {
  Consent,
  CreateUrgentObstacleRequest,
  CreateWishRequest,
  DiversityInfo,
  IntakeDetail,
  IntakeWish,
  LifeAreaHistory,
  LifeAreaSet,
  PlanGoal,
  RecordConsentRequest,
  RecordLifeAreasRequest,
  UpdateDiversityRequest,
  UpdateIntakeRequest,
  UrgentObstacle,
} from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { caseKeys } from '../../case/hooks/use-case';

export const intakeKeys = {
  intake: (caseId: string) => caseKeys.part(caseId, 'intake'),
  lifeAreas: (caseId: string) => caseKeys.part(caseId, 'life-areas'),
  plan: (caseId: string) => caseKeys.part(caseId, 'plan'),
};

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export function useIntake(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: intakeKeys.intake(caseId),
    queryFn: ({ signal }) => api.get<IntakeDetail>(`${casePath(caseId)}/intake`, { signal }),
  });
}

/** The calls the autosave makes, and keeping the query cache in step with their answers. */
export function useIntakeWrites(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = intakeKeys.intake(caseId);

  /** A newer intake from the server: into the cache; the case header follows when the phase moved. */
  const putIntake = (intake: IntakeDetail) => {
    const before = queryClient.getQueryData<IntakeDetail>(key);
    queryClient.setQueryData(key, intake);
    if (before && before.case.version !== intake.case.version) void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
  };

  return {
    putIntake,
    saveIntake: (request: UpdateIntakeRequest) => api.put<IntakeDetail>(`${casePath(caseId)}/intake`, request),
    saveDiversity: (request: UpdateDiversityRequest) => api.put<DiversityInfo>(`${casePath(caseId)}/diversity`, request),
    putDiversity: (diversity: DiversityInfo) => {
      queryClient.setQueryData<IntakeDetail>(key, (old) => (old ? { ...old, diversity } : old));
    },
  };
}

export function useCompleteIntake(caseId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (version: number) => api.post<IntakeDetail>(`${casePath(caseId)}/intake/complete`, { version }),
  });
}

/** After a change to a list in the intake: reload it (and the header, whose signals may follow). */
function useRefreshIntake(caseId: string) {
  const queryClient = useQueryClient();
  return (alsoHeader = false) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: intakeKeys.intake(caseId), exact: true }),
      alsoHeader ? queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }) : undefined,
    ]);
}

export function useAddWish(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (request: CreateWishRequest) => api.post<IntakeWish>(`${casePath(caseId)}/intake/wishes`, request),
    onSuccess: () => refresh(),
  });
}

export function useRemoveWish(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (wish: IntakeWish) => api.delete(`${casePath(caseId)}/intake/wishes/${encodeURIComponent(wish.id)}`),
    onSuccess: () => refresh(),
  });
}

export function useAddObstacle(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (request: CreateUrgentObstacleRequest) => api.post<UrgentObstacle>(`${casePath(caseId)}/intake/urgent-obstacles`, request),
    onSuccess: () => refresh(true),
  });
}

export function useResolveObstacle(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (obstacle: UrgentObstacle) => api.post<UrgentObstacle>(`${casePath(caseId)}/intake/urgent-obstacles/${encodeURIComponent(obstacle.id)}/resolve`),
    onSuccess: () => refresh(true),
  });
}

/** "Maak hier een doel van": the plan makes a goal of an urgent obstacle. */
export function useGoalFromObstacle(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (obstacle: UrgentObstacle) => api.post<PlanGoal>(`${casePath(caseId)}/urgent-obstacles/${encodeURIComponent(obstacle.id)}/goal`),
    onSuccess: () => Promise.all([refresh(true), queryClient.invalidateQueries({ queryKey: intakeKeys.plan(caseId) })]),
  });
}

export function useLifeAreaHistory(caseId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: intakeKeys.lifeAreas(caseId),
    queryFn: ({ signal }) => api.get<LifeAreaHistory>(`${casePath(caseId)}/life-areas`, { signal }),
  });
}

export function useRecordLifeAreas(caseId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (request: RecordLifeAreasRequest) => api.post<LifeAreaSet>(`${casePath(caseId)}/life-areas`, request),
    onSuccess: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: intakeKeys.lifeAreas(caseId), exact: true })]),
  });
}

export function useRecordConsent(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (request: RecordConsentRequest) => api.post<Consent>(`${casePath(caseId)}/consents`, request),
    onSettled: () => refresh(),
  });
}

export function useWithdrawConsent(caseId: string) {
  const api = useApiClient();
  const refresh = useRefreshIntake(caseId);
  return useMutation({
    mutationFn: (consent: Consent) => api.post<Consent>(`${casePath(caseId)}/consents/${encodeURIComponent(consent.id)}/withdraw`),
    onSettled: () => refresh(),
  });
}
