import type {
  AgreePlanRequest,
  ChangeGoalStatusRequest,
  CreateAgreementRequest,
  CreateGoalRequest,
  CreateStepRequest,
  MarkStepDoneRequest,
  PlanAgreement,
  PlanEvaluationResult,
  PlanGoal,
  PlanStep,
  PlanVersionDetail,
  RecordEvaluationRequest,
  UpdateAgreementRequest,
  UpdateGoalRequest,
  UpdatePlanVersionRequest,
  UpdateStepRequest,
} from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/api-client';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { caseKeys } from '../../case/hooks/use-case';
import { planKeys } from './plan-keys';

/** A delete's variables: which record, the version the user saw, and what to do once it is gone. */
interface DeleteVars {
  version: number;
  after?: () => void;
}

/** Which other parts of the case a plan write may change (besides the plan itself). */
interface Touches {
  /** The case header: phase, next evaluation date, signals. */
  caseHeader?: boolean;
  /** The intake's urgent obstacles (which goal was made of one). */
  intake?: boolean;
  /** The netwerk's count of open steps per person. */
  network?: boolean;
}

/**
 * One write to the plan. Afterwards (and after a 409, which means what we showed was stale) the plan
 * is read again; the mutation stays pending until it is, so that a caller's onSuccess sees the new
 * plan on the page. What the user typed lives in the form, never in the cache, so nothing is lost.
 */
function usePlanWrite<V, R>(caseId: string, write: (api: ApiClient, vars: V) => Promise<R>, touches: Touches = {}) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.all(caseId) }),
      touches.caseHeader ? queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }) : null,
      touches.caseHeader ? queryClient.invalidateQueries({ queryKey: caseKeys.lists }) : null,
      touches.intake ? queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'intake') }) : null,
      touches.network ? queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'network') }) : null,
    ]);
  return useMutation({
    mutationFn: (vars: V) => write(api, vars),
    // On the mutation itself, not on one mutate call: this still runs when the item written to has
    // left the page (a deleted step), so `after` can announce it and move focus.
    onSuccess: async (_data, vars) => {
      await refresh();
      (vars as { after?: () => void } | undefined)?.after?.();
    },
    onError: (error) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404)) void refresh();
    },
  });
}

const id = encodeURIComponent;

export function useCreatePlan(caseId: string) {
  return usePlanWrite(caseId, (api, _: void) => api.post<PlanVersionDetail>(`/cases/${id(caseId)}/plan`), { caseHeader: true });
}

export function useUpdatePlanVersion(caseId: string) {
  return usePlanWrite(caseId, (api, v: { versionId: string; body: UpdatePlanVersionRequest }) =>
    api.patch<PlanVersionDetail>(`/plan-versions/${id(v.versionId)}`, v.body),
  );
}

export function useProposePlan(caseId: string) {
  return usePlanWrite(caseId, (api, v: { versionId: string; version: number }) =>
    api.post<PlanVersionDetail>(`/plan-versions/${id(v.versionId)}/propose`, { version: v.version }),
  );
}

export function useAgreePlan(caseId: string) {
  return usePlanWrite(
    caseId,
    (api, v: { versionId: string; body: AgreePlanRequest }) => api.post<PlanVersionDetail>(`/plan-versions/${id(v.versionId)}/agree`, v.body),
    { caseHeader: true },
  );
}

export function useRecordEvaluation(caseId: string) {
  return usePlanWrite(caseId, (api, body: RecordEvaluationRequest) => api.post<PlanEvaluationResult>(`/cases/${id(caseId)}/plan/evaluations`, body), {
    caseHeader: true,
  });
}

export function useCreateGoal(caseId: string) {
  return usePlanWrite(caseId, (api, v: { versionId: string; body: CreateGoalRequest }) => api.post<PlanGoal>(`/plan-versions/${id(v.versionId)}/goals`, v.body));
}

export function useGoalFromObstacle(caseId: string) {
  return usePlanWrite(caseId, (api, obstacleId: string) => api.post<PlanGoal>(`/cases/${id(caseId)}/urgent-obstacles/${id(obstacleId)}/goal`), {
    intake: true,
  });
}

export function useUpdateGoal(caseId: string) {
  return usePlanWrite(caseId, (api, v: { goalId: string; body: UpdateGoalRequest }) => api.patch<PlanGoal>(`/goals/${id(v.goalId)}`, v.body));
}

export function useChangeGoalStatus(caseId: string) {
  return usePlanWrite(
    caseId,
    (api, v: { goalId: string; body: ChangeGoalStatusRequest }) => api.post<PlanGoal>(`/goals/${id(v.goalId)}/status`, v.body),
    { network: true },
  );
}

export function useDeleteGoal(caseId: string) {
  return usePlanWrite(caseId, (api, v: DeleteVars & { goalId: string }) => api.delete(`/goals/${id(v.goalId)}?version=${v.version}`), {
    intake: true,
    network: true,
  });
}

export function useCreateStep(caseId: string) {
  return usePlanWrite(caseId, (api, v: { goalId: string; body: CreateStepRequest }) => api.post<PlanStep>(`/goals/${id(v.goalId)}/steps`, v.body), {
    network: true,
  });
}

export function useUpdateStep(caseId: string) {
  return usePlanWrite(caseId, (api, v: { stepId: string; body: UpdateStepRequest }) => api.patch<PlanStep>(`/steps/${id(v.stepId)}`, v.body), {
    network: true,
  });
}

export function useMarkStepDone(caseId: string) {
  return usePlanWrite(caseId, (api, v: { stepId: string; body: MarkStepDoneRequest }) => api.post<PlanStep>(`/steps/${id(v.stepId)}/done`, v.body), {
    network: true,
  });
}

export function useDeleteStep(caseId: string) {
  return usePlanWrite(caseId, (api, v: DeleteVars & { stepId: string }) => api.delete(`/steps/${id(v.stepId)}?version=${v.version}`), {
    network: true,
  });
}

export function useCreateAgreement(caseId: string) {
  return usePlanWrite(caseId, (api, v: { versionId: string; body: CreateAgreementRequest }) =>
    api.post<PlanAgreement>(`/plan-versions/${id(v.versionId)}/agreements`, v.body),
  );
}

export function useUpdateAgreement(caseId: string) {
  return usePlanWrite(caseId, (api, v: { agreementId: string; body: UpdateAgreementRequest }) =>
    api.patch<PlanAgreement>(`/agreements/${id(v.agreementId)}`, v.body),
  );
}

export function useDeleteAgreement(caseId: string) {
  return usePlanWrite(caseId, (api, v: DeleteVars & { agreementId: string }) => api.delete(`/agreements/${id(v.agreementId)}?version=${v.version}`));
}
