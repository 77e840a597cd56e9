import { describe, expect, it } from 'vitest';
import { myPlanLiveKeys, staffCaseKeys } from './live-keys';
import { myPlanKeys } from '../my-plan/hooks/use-my-plan';
import { youthKeys } from '../plan/hooks/use-youth-contributions';

describe('live keys: which queries a handover event refetches', () => {
  it('staff: the handover tab, an open handover, and the case header (its contact person)', () => {
    expect(staffCaseKeys('c1')('handover')).toEqual([
      { queryKey: ['cases', 'c1', 'handovers'] },
      { queryKey: ['handovers'] },
      { queryKey: ['cases', 'c1'], exact: true },
    ]);
  });

  it('the jongere: her handover section and the plan (the contact person card); a resync refetches both', () => {
    expect(myPlanLiveKeys('handover')).toEqual([{ queryKey: ['my-handover'] }, { queryKey: ['my-plan', 'plan'] }]);
    expect(myPlanLiveKeys('resync')).toEqual([{ queryKey: ['my-plan'] }, { queryKey: ['my-handover'] }]);
    // Staff-only parts never map to anything on her screen.
    expect(myPlanLiveKeys('contacts')).toEqual([]);
  });
});

describe('live keys: what the jongere writes', () => {
  it('staff: a comment or proposal refetches the plan part, under which the paged proposal lists and goal threads live', () => {
    expect(staffCaseKeys('c1')('comments')).toEqual([{ queryKey: ['cases', 'c1', 'plan'] }]);
    expect(staffCaseKeys('c1')('proposals')).toEqual([{ queryKey: ['cases', 'c1', 'plan'] }]);
    expect(youthKeys.proposals('c1', 'open').slice(0, 3)).toEqual(['cases', 'c1', 'plan']);
    expect(youthKeys.comments('c1', 'l1').slice(0, 3)).toEqual(['cases', 'c1', 'plan']);
  });

  it('the jongere: a comment or proposal refetches her plan, under which her proposal list and opened goal threads live', () => {
    expect(myPlanLiveKeys('comments')).toEqual([{ queryKey: ['my-plan', 'plan'] }]);
    expect(myPlanLiveKeys('proposals')).toEqual([{ queryKey: ['my-plan', 'plan'] }]);
    expect(myPlanKeys.proposals().slice(0, 2)).toEqual(['my-plan', 'plan']);
    expect(myPlanKeys.comments('l1').slice(0, 2)).toEqual(['my-plan', 'plan']);
  });
});
