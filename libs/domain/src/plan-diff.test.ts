import { describe, expect, it } from 'vitest';
import { diffPlanVersions, type PlanDiffGoal, type PlanDiffSource, type PlanDiffStep } from './plan-diff';

const step = (lineageId: string, over: Partial<PlanDiffStep> = {}): PlanDiffStep => ({
  lineageId,
  text: `Stap ${lineageId}`,
  owner: { kind: 'jongere', name: 'Sara' },
  dueDate: '2027-03-12',
  done: false,
  ...over,
});

const goal = (lineageId: string, priority: number, over: Partial<PlanDiffGoal> = {}): PlanDiffGoal => ({
  lineageId,
  title: `Doel ${lineageId}`,
  description: null,
  youthWords: null,
  wish: null,
  priority,
  targetDate: null,
  status: 'open',
  letGoReason: null,
  steps: [],
  ...over,
});

const v1: PlanDiffSource = {
  number: 1,
  evaluationDate: '2027-03-12',
  consequences: 'We praten eerst met je.',
  goals: [
    goal('a', 1, { title: 'Een vaste slaapplek', steps: [step('a1'), step('a2', { text: 'Bellen met de woningcorporatie' })] }),
    goal('b', 2, { title: 'Rijbewijs halen', youthWords: 'Ik wil zelf naar mijn werk kunnen rijden', targetDate: '2027-06-01' }),
    goal('c', 3, { title: 'Schulden op een rij', status: 'behaald' }),
  ],
  agreements: [
    { lineageId: 'w1', kind: 'werk_zoeken', text: 'Twee sollicitaties per week' },
    { lineageId: 'v1', kind: 'verplichting', text: 'Op afspraken komen' },
    { lineageId: 'o1', kind: 'ondersteuning', text: 'Hulp bij het zoeken van een kamer' },
  ],
};

describe('diffPlanVersions', () => {
  it('reports nothing for the same content', () => {
    const d = diffPlanVersions(v1, { ...v1, number: 2 });
    expect(d).toEqual({
      from: 1,
      to: 2,
      hasChanges: false,
      evaluationDate: null,
      consequences: null,
      goals: [],
      agreements: { werk_zoeken: [], verplichting: [], ondersteuning: [] },
    });
  });

  it('matches goals on lineage: added, removed (with their last status) and changed fields with old and new text', () => {
    const v2: PlanDiffSource = {
      ...v1,
      number: 2,
      goals: [
        goal('a', 1, { title: 'Een eigen kamer', steps: v1.goals[0]!.steps }),
        goal('b', 2, { title: 'Rijbewijs halen', youthWords: 'Ik wil zelf rijden', targetDate: '2027-09-01', status: 'bezig' }),
        goal('d', 3, { title: 'Een opleiding kiezen', wish: { text: 'Iets met techniek' } }),
      ],
    };
    const d = diffPlanVersions(v1, v2);
    expect(d.hasChanges).toBe(true);
    expect(d.goals.map((g) => [g.lineageId, g.change])).toEqual([
      ['a', 'changed'],
      ['b', 'changed'],
      ['d', 'added'],
      ['c', 'removed'],
    ]);
    expect(d.goals[0]!.fields).toEqual([{ field: 'title', label: 'Doel', before: 'Een vaste slaapplek', after: 'Een eigen kamer' }]);
    expect(d.goals[1]!.fields).toEqual([
      { field: 'youthWords', label: 'In de woorden van de jongere', before: 'Ik wil zelf naar mijn werk kunnen rijden', after: 'Ik wil zelf rijden' },
      { field: 'targetDate', label: 'Streefdatum', before: '1 juni 2027', after: '1 september 2027' },
      { field: 'status', label: 'Status', before: 'Nog niet begonnen', after: 'Bezig' },
    ]);
    expect(d.goals[2]).toMatchObject({ title: 'Een opleiding kiezen', statusBefore: null });
    expect(d.goals[2]!.fields).toContainEqual({ field: 'wish', label: 'Hoort bij wens of behoefte', before: null, after: 'Iets met techniek' });
    expect(d.goals[3]).toMatchObject({ title: 'Schulden op een rij', statusBefore: 'behaald' });
  });

  it('diffs the steps of a goal: added, removed, and changed owner, date and done', () => {
    const v2: PlanDiffSource = {
      ...v1,
      number: 2,
      goals: [
        goal('a', 1, {
          title: 'Een vaste slaapplek',
          steps: [step('a1', { owner: { kind: 'netwerk', name: 'Oom Karim' }, dueDate: null, done: true }), step('a3', { text: 'Inschrijven bij Woonnet' })],
        }),
        v1.goals[1]!,
        v1.goals[2]!,
      ],
    };
    const d = diffPlanVersions(v1, v2);
    expect(d.goals).toHaveLength(1);
    expect(d.goals[0]!.fields).toEqual([]);
    expect(d.goals[0]!.steps).toEqual([
      {
        lineageId: 'a1',
        change: 'changed',
        text: 'Stap a1',
        fields: [
          { field: 'owner', label: 'Wie', before: 'Sara', after: 'Oom Karim' },
          { field: 'dueDate', label: 'Wanneer', before: '12 maart 2027', after: null },
          { field: 'done', label: 'Gedaan', before: 'nee', after: 'ja' },
        ],
      },
      { lineageId: 'a3', change: 'added', text: 'Inschrijven bij Woonnet', fields: expect.arrayContaining([{ field: 'text', label: 'Wat', before: null, after: 'Inschrijven bij Woonnet' }]) },
      { lineageId: 'a2', change: 'removed', text: 'Bellen met de woningcorporatie', fields: expect.any(Array) },
    ]);
  });

  it('reports only the goal that moved, not every goal after it', () => {
    const [a, b, c] = v1.goals;
    const moved = diffPlanVersions(v1, { ...v1, number: 2, goals: [{ ...c!, priority: 0 }, a!, b!] });
    expect(moved.goals).toEqual([expect.objectContaining({ lineageId: 'c', change: 'changed', fields: [{ field: 'priority', label: 'Volgorde', before: '3', after: '1' }] })]);
    // A goal added on top moves nobody.
    const added = diffPlanVersions(v1, { ...v1, number: 2, goals: [goal('urgent', -1, { title: 'Urgent' }), ...v1.goals] });
    expect(added.goals.map((g) => g.change)).toEqual(['added']);
  });

  it('diffs agreements per kind: added, removed, changed, and moved to another kind', () => {
    const v2: PlanDiffSource = {
      ...v1,
      number: 2,
      agreements: [
        { lineageId: 'w1', kind: 'werk_zoeken', text: 'Drie sollicitaties per week' },
        { lineageId: 'v1', kind: 'ondersteuning', text: 'Op afspraken komen' },
        { lineageId: 'o2', kind: 'ondersteuning', text: 'Een reiskostenvergoeding' },
      ],
    };
    const d = diffPlanVersions(v1, v2);
    expect(d.agreements).toEqual({
      werk_zoeken: [{ lineageId: 'w1', change: 'changed', before: 'Twee sollicitaties per week', after: 'Drie sollicitaties per week' }],
      verplichting: [{ lineageId: 'v1', change: 'removed', before: 'Op afspraken komen', after: null }],
      ondersteuning: [
        { lineageId: 'v1', change: 'added', before: null, after: 'Op afspraken komen' },
        { lineageId: 'o2', change: 'added', before: null, after: 'Een reiskostenvergoeding' },
        { lineageId: 'o1', change: 'removed', before: 'Hulp bij het zoeken van een kamer', after: null },
      ],
    });
    expect(d.hasChanges).toBe(true);
  });

  it('diffs the evaluation date and the consequences text, treating blank as empty', () => {
    const d = diffPlanVersions(v1, { ...v1, number: 2, evaluationDate: null, consequences: 'Eerst een gesprek.' });
    expect(d.evaluationDate).toEqual({ field: 'evaluationDate', label: 'Volgende evaluatie', before: '12 maart 2027', after: null });
    expect(d.consequences).toEqual({ field: 'consequences', label: 'Als afspraken niet worden nagekomen', before: 'We praten eerst met je.', after: 'Eerst een gesprek.' });
    const blank = diffPlanVersions({ ...v1, consequences: null }, { ...v1, consequences: '  ' });
    expect(blank.consequences).toBeNull();
    expect(blank.hasChanges).toBe(false);
  });
});
