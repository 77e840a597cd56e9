import { describe, expect, it } from 'vitest';
import { daysBetween, dueStep, type HandoverFacts, missingForWarmSwitch, nextStep, turningCold, warnings } from './handover.rules';

const today = '2027-03-01';
const warm: HandoverFacts = {
  kind: 'gepland',
  hasSuccessor: true,
  accepted: true,
  announcedOn: '2027-02-01',
  meetingCount: 2,
  meetingsWithContact: 1,
  noteWritten: true,
  plannedSwitchDate: '2027-03-01',
  noticeDays: 14,
  minMeetings: 2,
};

describe('handover rules', () => {
  it('counts whole days, across months and DST', () => {
    expect(daysBetween('2027-03-01', '2027-03-15')).toBe(14);
    expect(daysBetween('2027-03-15', '2027-03-01')).toBe(-14);
    expect(daysBetween('2027-03-20', '2027-04-05')).toBe(16);
    expect(daysBetween('2027-10-20', '2027-11-05')).toBe(16);
  });

  it('finds nothing missing for a warm handover', () => {
    expect(missingForWarmSwitch(warm, today)).toEqual([]);
    expect(nextStep(warm)).toBe('overdragen');
    expect(warnings(warm, today)).toEqual([]);
  });

  it('lists every missing requirement', () => {
    expect(missingForWarmSwitch({ ...warm, accepted: false, announcedOn: null, meetingCount: 0, meetingsWithContact: 0, noteWritten: false }, today)).toEqual([
      'acceptatie',
      'aankondiging',
      'kennismakingen',
      'kennismaking_met_contactpersoon',
      'overdrachtsnotitie',
    ]);
  });

  it('counts the notice from the announcement to the switch day, with the team minimum exactly allowed', () => {
    expect(missingForWarmSwitch({ ...warm, announcedOn: '2027-02-15' }, today)).toEqual([]);
    expect(missingForWarmSwitch({ ...warm, announcedOn: '2027-02-16' }, today)).toEqual(['aankondiging_op_tijd']);
    expect(missingForWarmSwitch({ ...warm, announcedOn: '2027-02-16', noticeDays: 13 }, today)).toEqual([]);
  });

  it('needs enough meetings and at least one with the current contact person (unless the team needs none)', () => {
    expect(missingForWarmSwitch({ ...warm, meetingCount: 1 }, today)).toEqual(['kennismakingen']);
    expect(missingForWarmSwitch({ ...warm, meetingsWithContact: 0 }, today)).toEqual(['kennismaking_met_contactpersoon']);
    expect(missingForWarmSwitch({ ...warm, meetingCount: 0, meetingsWithContact: 0, minMeetings: 0 }, today)).toEqual([]);
  });

  it('names the next step in the order of the werkwijzer', () => {
    expect(nextStep({ ...warm, kind: 'uitval' })).toBe('contactpersoon_toewijzen');
    expect(nextStep({ ...warm, hasSuccessor: false, accepted: false })).toBe('opvolger_kiezen');
    expect(nextStep({ ...warm, accepted: false })).toBe('wacht_op_acceptatie');
    expect(nextStep({ ...warm, announcedOn: null, noteWritten: false })).toBe('aankondigen');
    expect(nextStep({ ...warm, meetingCount: 1, noteWritten: false })).toBe('kennismaken');
    expect(nextStep({ ...warm, noteWritten: false })).toBe('notitie_schrijven');
  });

  it('warns when the plan breaks the notice, when the date passed, and when meetings run short', () => {
    const notYet = { ...warm, announcedOn: null, plannedSwitchDate: '2027-03-10' };
    expect(warnings(notYet, today).map((w) => w.code)).toEqual(['aankondiging_te_laat']);
    expect(warnings(notYet, today)[0]!.message).toMatch(/over 9 dagen.*minstens 14 dagen/);
    expect(warnings({ ...notYet, plannedSwitchDate: '2027-03-20' }, today)).toEqual([]);
    expect(warnings({ ...warm, announcedOn: '2027-02-20', plannedSwitchDate: '2027-03-02' }, today).map((w) => w.code)).toEqual(['aankondiging_te_laat']);
    expect(warnings({ ...warm, plannedSwitchDate: '2027-02-27' }, today).map((w) => w.code)).toEqual(['datum_verstreken']);
    expect(warnings({ ...warm, meetingCount: 1, plannedSwitchDate: '2027-03-05' }, today)).toEqual([
      { code: 'te_weinig_kennismakingen', message: 'Er is nog 1 kennismaking nodig voor 5 maart 2027.' },
    ]);
  });

  it('makes a step due for the contact person at the right moment', () => {
    const planned = '2027-03-15';
    const f = { ...warm, plannedSwitchDate: planned, announcedOn: null, meetingCount: 0, meetingsWithContact: 0, noteWritten: false };
    expect(dueStep(f, '2027-02-28')).toBeNull();
    expect(dueStep(f, '2027-03-01')).toBe('aankondigen');
    expect(dueStep({ ...f, accepted: false }, '2027-03-01')).toBeNull();
    const announced = { ...f, announcedOn: '2027-03-01' };
    expect(dueStep(announced, '2027-03-07')).toBeNull();
    expect(dueStep(announced, '2027-03-08')).toBe('kennismaken');
    const met = { ...announced, meetingCount: 2, meetingsWithContact: 1 };
    expect(dueStep(met, '2027-03-11')).toBeNull();
    expect(dueStep(met, '2027-03-12')).toBe('notitie_schrijven');
    expect(dueStep({ ...met, noteWritten: true }, '2027-03-14')).toBeNull();
    expect(dueStep({ ...met, noteWritten: true }, planned)).toBe('overdragen');
  });

  it('sees a handover turning cold when the notice can no longer be met or the day came unfinished', () => {
    expect(turningCold({ ...warm, announcedOn: null, plannedSwitchDate: '2027-03-10' }, today)).toBe(true);
    expect(turningCold({ ...warm, announcedOn: null, plannedSwitchDate: '2027-03-20' }, today)).toBe(false);
    expect(turningCold({ ...warm, noteWritten: false, plannedSwitchDate: today }, today)).toBe(true);
    expect(turningCold({ ...warm, noteWritten: false, plannedSwitchDate: '2027-03-02' }, today)).toBe(false);
    expect(turningCold(warm, today)).toBe(false);
    expect(turningCold({ ...warm, kind: 'uitval', plannedSwitchDate: null }, today)).toBe(false);
  });
});
