import type { LiveTopic } from '@koers/contracts';
import { caseKeys } from '../case/hooks/use-case';
import { handoverKeys } from '../handovers/hooks/use-handovers';
import { myHandoverKeys } from '../my-handover/hooks/use-my-handover';
import { myPlanKeys } from '../my-plan/hooks/use-my-plan';
import type { LiveKeyMap } from './use-live-updates';

/** The staff case page: each part of the case lives under `caseKeys.part(caseId, part)`. */
export function staffCaseKeys(caseId: string): LiveKeyMap {
  const part = (name: string) => ({ queryKey: caseKeys.part(caseId, name) });
  // The header (phase, signals) follows the plan: establishing a plan moves the case to uitvoering.
  const header = { queryKey: caseKeys.detail(caseId), exact: true };
  return (topic: LiveTopic) => {
    switch (topic) {
      case 'plan':
        return [part('plan'), header];
      // The proposal lists and the goal threads (paged) live under the plan's key.
      case 'comments':
      case 'proposals':
        return [part('plan')];
      case 'wishes':
        return [part('intake'), part('plan')];
      case 'milestones':
        return [part('milestones')];
      case 'contacts':
        return [part('contacts'), header];
      // The handover tab (list, contact person, candidates), an open handover's detail, and the
      // header (who the contact person is).
      case 'handover':
        return [part('handovers'), { queryKey: handoverKeys.all }, header];
      case 'resync':
        return [{ queryKey: caseKeys.detail(caseId) }];
    }
  };
}

/**
 * Mijn plan: the plan (with the newest comments, open proposals and wishes) and, under its key, her
 * proposal list and the goal threads she opened; one query for the milestones, one for her handover.
 */
export const myPlanLiveKeys: LiveKeyMap = (topic: LiveTopic) => {
  switch (topic) {
    case 'milestones':
      return [{ queryKey: [...myPlanKeys.all, 'milestones'] }];
    case 'contacts':
      return [];
    // Her handover section, and the plan (its contact person card).
    case 'handover':
      return [{ queryKey: myHandoverKeys.all }, { queryKey: myPlanKeys.plan() }];
    case 'resync':
      return [{ queryKey: myPlanKeys.all }, { queryKey: myHandoverKeys.all }];
    default:
      return [{ queryKey: myPlanKeys.plan() }];
  }
};

export const LIVE_URLS = {
  case: (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/events`,
  me: '/api/me/events',
};
