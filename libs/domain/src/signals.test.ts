import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, ageOn, formatDateNl, todayInNl } from './dates';
import { computeSignals, type SignalInput, upcomingAgeBoundary } from './signals';

const base: SignalInput = {
  today: '2026-11-23',
  dateOfBirth: '2005-01-15',
  phase: 'uitvoering',
  nextEvaluationDate: '2027-01-10',
  lastContactDay: '2026-11-20',
  noContactWeeks: 3,
  openUrgentObstacles: 0,
  timeoutUntil: null,
};
const kinds = (input: Partial<SignalInput>) => computeSignals({ ...base, ...input }).map((s) => s.kind);

describe('dates', () => {
  it('computes ages around birthdays', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
  });
  it('handles 29 February and month ends', () => {
    expect(addYears('2008-02-29', 18)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('formats dates in Dutch and knows the Dutch day', () => {
    expect(formatDateNl('2027-03-12')).toBe('12 maart 2027');
    expect(todayInNl(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});

describe('computeSignals', () => {
  it('gives no signals to a case that is on track', () => {
    expect(kinds({})).toEqual([]);
  });

  it('flags an overdue evaluation, not one due today', () => {
    expect(kinds({ nextEvaluationDate: '2026-11-22' })).toEqual(['evaluatie_verlopen']);
    expect(kinds({ nextEvaluationDate: '2026-11-23' })).toEqual([]);
  });

  it('flags no contact for N weeks, with the team setting', () => {
    expect(kinds({ lastContactDay: '2026-11-02' })).toEqual(['geen_contact']);
    expect(kinds({ lastContactDay: '2026-11-03' })).toEqual([]);
    expect(kinds({ lastContactDay: '2026-11-03', noContactWeeks: 2 })).toEqual(['geen_contact']);
  });

  it('flags open urgent obstacles', () => {
    expect(computeSignals({ ...base, openUrgentObstacles: 2 })).toEqual([{ kind: 'urgent_obstakel', detail: '2 urgente obstakels zijn nog niet opgelost' }]);
  });

  it('flags turning 18, 23 or 27 within three months', () => {
    expect(upcomingAgeBoundary('2009-02-10', '2026-11-23')).toEqual({ age: 18, on: '2027-02-10' });
    expect(upcomingAgeBoundary('2009-02-24', '2026-11-23')).toBeNull();
    expect(upcomingAgeBoundary('2003-12-01', '2026-11-23')).toEqual({ age: 23, on: '2026-12-01' });
    expect(computeSignals({ ...base, dateOfBirth: '1999-12-25' })).toEqual([{ kind: 'leeftijdsgrens', detail: 'Wordt 27 op 25 december 2026: einde van de leeftijdsgroep' }]);
    expect(kinds({ dateOfBirth: '2008-11-23' })).toEqual(['leeftijdsgrens']);
  });

  it('in time-out: only the time-out, urgent obstacles and age; no contact or evaluation nagging', () => {
    expect(kinds({ phase: 'time_out', timeoutUntil: '2027-01-01', lastContactDay: '2026-01-01', nextEvaluationDate: '2026-01-01' })).toEqual(['time_out']);
  });

  it('gives a closed case no signals', () => {
    expect(kinds({ phase: 'afgesloten', openUrgentObstacles: 1, nextEvaluationDate: '2020-01-01' })).toEqual([]);
  });
});
