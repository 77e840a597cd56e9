import { describe, expect, it } from 'vitest';
import { myPlanLiveKeys, staffCaseKeys } from './live-keys';

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
