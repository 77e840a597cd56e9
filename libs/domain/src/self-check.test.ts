import { describe, expect, it } from 'vitest';
import { aggregateSelfCheck, lowestSelfCheckFactors, type SelfCheckAnswerFact } from './self-check';

const THEMES = [
  { number: 1, factors: ['1.1', '1.2'] },
  { number: 2, factors: ['2.8'] },
];
const a = (respondentId: string, factor: string, score: number | null, kind: 'staff' | 'jongere' = 'staff'): SelfCheckAnswerFact => ({ respondentId, kind, factor, score });

describe('aggregateSelfCheck', () => {
  it('shows no numbers with 2 respondents', () => {
    const r = aggregateSelfCheck([a('x', '1.1', 8), a('y', '1.1', 6)], THEMES);
    expect(r.respondents).toBe(2);
    expect(r.shown).toBe(false);
    expect(r.themes[0]).toEqual({ theme: 1, respondents: 2, shown: false, average: null, standardDeviation: null });
  });

  it('shows the mean of respondent means and the spread with 3 respondents', () => {
    const r = aggregateSelfCheck([a('x', '1.1', 8), a('x', '1.2', 6), a('y', '1.1', 4), a('z', '1.2', 10), a('z', '2.8', 5)], THEMES);
    expect(r.shown).toBe(true);
    // means per respondent: x 7, y 4, z 10 → 7, sd sqrt(((0)+(9)+(9))/3) = 2.449
    expect(r.themes[0]).toEqual({ theme: 1, respondents: 3, shown: true, average: 7, standardDeviation: 2.4 });
    // theme 2: one person scored it → hidden even though the group is shown
    expect(r.themes[1]).toEqual({ theme: 2, respondents: 1, shown: false, average: null, standardDeviation: null });
  });

  it('leaves n.v.t. out of the scores but counts the respondent for the group', () => {
    const r = aggregateSelfCheck([a('x', '1.1', null), a('y', '1.1', 5), a('z', '1.1', 5), a('w', '1.1', 5)], THEMES);
    expect(r.respondents).toBe(4);
    expect(r.themes[0]).toMatchObject({ respondents: 3, average: 5, standardDeviation: 0 });
  });
});

describe('lowestSelfCheckFactors', () => {
  it('ranks only factors scored by at least 3 people, lowest first', () => {
    const answers = [
      ...['x', 'y', 'z'].map((r) => a(r, '1.1', 4)),
      ...['x', 'y', 'z'].map((r) => a(r, '1.2', 9)),
      ...['x', 'y', 'z'].map((r) => a(r, '2.8', 4)),
      a('x', '3.12', 1),
      a('y', '3.12', 1),
    ];
    expect(lowestSelfCheckFactors(answers, ['1.1', '1.2', '2.8', '3.12'], 2)).toEqual([
      { factor: '1.1', average: 4, respondents: 3 },
      { factor: '2.8', average: 4, respondents: 3 },
    ]);
  });
});
