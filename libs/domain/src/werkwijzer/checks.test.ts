import { describe, expect, it } from 'vitest';
import type { GoalFact, PlanFacts, StepFact, WerkwijzerCaseData } from './case-data';
import { AUTOMATIC_FACTORS, computeFactorChecks, isAutomaticFactor } from './factor-checks';
import { checkPlanQuality } from './plan-quality';

/* The werkwijzer's automatic factor checks and the plan-quality checks, each with passing and failing cases. */

const TODAY = '2027-03-10';

function step(o: Partial<StepFact> = {}): StepFact {
  return { text: 'Afspraak maken bij de rijschool', ownerKind: 'klantmanager', ownerNetworkMemberId: null, dueDate: '2027-04-01', done: false, authorRole: 'klantmanager', ...o };
}

function goal(o: Partial<GoalFact> = {}): GoalFact {
  return {
    id: 'g-rijbewijs',
    lineageId: 'l-rijbewijs',
    title: 'Rijbewijs halen',
    description: null,
    youthWords: null,
    authorRole: 'klantmanager',
    wish: { id: 'w-rijden', kind: 'wens' },
    urgentObstacleId: null,
    priority: 2,
    targetDate: '2027-08-01',
    status: 'open',
    steps: [step()],
    ...o,
  };
}

function plan(o: Partial<PlanFacts> = {}): PlanFacts {
  return {
    id: 'pv-2',
    number: 2,
    status: 'vastgesteld',
    evaluationDate: '2027-05-01',
    youthAgreed: true,
    consequences:
      'Lukt het een keer niet om een afspraak na te komen? Laat het ons dan zo snel mogelijk weten. Dan zoeken we samen naar een oplossing. ' +
      'Kom je een verplichting zonder goede reden niet na, dan kan de gemeente je uitkering een tijdje lager maken. Dat heet een maatregel.',
    goals: [
      goal({ id: 'g-schulden', lineageId: 'l-schulden', title: 'Grip krijgen op de schulden', wish: null, urgentObstacleId: 'o-schulden', priority: 1, targetDate: '2027-05-01', steps: [step({ text: 'Samen naar de schuldhulp', ownerKind: 'netwerk', ownerNetworkMemberId: 'n-schuldhulp' })] }),
      goal({ youthWords: 'Ik wil zelf naar mijn werk kunnen rijden.', steps: [step({ ownerKind: 'jongere', text: 'Theorieboek lenen' })] }),
      goal({
        id: 'g-stage',
        lineageId: 'l-stage',
        title: 'Stage lopen in de zorg',
        authorRole: 'jongere',
        wish: { id: 'w-zorg', kind: 'wens' },
        priority: 3,
        targetDate: '2027-07-01',
        steps: [step({ text: 'Gesprek met de school over een stageplek', ownerKind: 'netwerk', ownerNetworkMemberId: 'n-school' })],
      }),
      goal({ id: 'g-slaap', lineageId: 'l-slaap', title: 'Een vaste slaapplek', wish: null, urgentObstacleId: 'o-slaap', priority: 0, status: 'behaald', targetDate: '2027-01-15' }),
    ],
    agreements: [
      { kind: 'werk_zoeken', text: 'We zoeken samen een stageplek in de zorg.', authorRole: 'klantmanager' },
      { kind: 'verplichting', text: 'Je komt naar de afspraken. Lukt het een keer niet, dan bel je ons.', authorRole: 'klantmanager' },
      { kind: 'ondersteuning', text: 'De gemeente helpt met de reiskosten naar de stage.', authorRole: 'klantmanager' },
    ],
    ...o,
  };
}

/** A case with evidence for every automatic factor and a plan that passes every quality check. */
function richCase(o: Partial<WerkwijzerCaseData> = {}): WerkwijzerCaseData {
  return {
    today: TODAY,
    phase: 'uitvoering',
    contactPerson: { id: 'u-sanne', name: 'Sanne Jansen' },
    handovers: [{ on: '2027-01-15', introductionsBefore: 2, warm: true }],
    noContactWeeks: 3,
    intake: {
      completed: true,
      housing: true,
      finances: true,
      children: true,
      transport: true,
      health: true,
      motivation: true,
      qualities: true,
      ownStory: true,
      infoEducation: true,
      infoLabourMarket: true,
      infoSupportOptions: true,
    },
    wishes: [
      { id: 'w-rust', kind: 'behoefte' },
      { id: 'w-rijden', kind: 'wens' },
      { id: 'w-zorg', kind: 'wens' },
    ],
    urgentObstacles: [
      { id: 'o-slaap', kind: 'slaapplek', resolved: true },
      { id: 'o-schulden', kind: 'schulden', resolved: false },
    ],
    plan: plan(),
    youthAgreedToAnyVersion: true,
    milestones: [
      { achievedOn: '2027-01-20', goalLineageId: 'l-slaap', certificateName: null },
      { achievedOn: '2027-02-10', goalLineageId: null, certificateName: 'Heftruck rijden' },
      { achievedOn: '2027-03-01', goalLineageId: null, certificateName: 'VCA' },
    ],
    contacts: { total: 6, personal: 4, lastOn: '2027-03-03' },
    network: [
      { id: 'n-moeder', relation: 'ouder', isLead: false, hasRoleInPlan: true },
      { id: 'n-buddy', relation: 'mentor', isLead: false, hasRoleInPlan: false },
      { id: 'n-vriend', relation: 'leeftijdgenoot', isLead: false, hasRoleInPlan: false },
      { id: 'n-schuldhulp', relation: 'schuldhulp', isLead: true, hasRoleInPlan: true },
      { id: 'n-school', relation: 'school', isLead: false, hasRoleInPlan: false },
      { id: 'n-ggz', relation: 'ggz', isLead: false, hasRoleInPlan: false },
    ],
    ...o,
  };
}

/** A case just registered: nothing recorded yet. */
function bareCase(o: Partial<WerkwijzerCaseData> = {}): WerkwijzerCaseData {
  return {
    today: TODAY,
    phase: 'aanmelding',
    contactPerson: null,
    handovers: [],
    noContactWeeks: 3,
    intake: {
      completed: false,
      housing: false,
      finances: false,
      children: false,
      transport: false,
      health: false,
      motivation: false,
      qualities: false,
      ownStory: false,
      infoEducation: false,
      infoLabourMarket: false,
      infoSupportOptions: false,
    },
    wishes: [],
    urgentObstacles: [],
    plan: null,
    youthAgreedToAnyVersion: false,
    milestones: [],
    contacts: { total: 0, personal: 0, lastOn: null },
    network: [],
    ...o,
  };
}

const byFactor = (d: WerkwijzerCaseData) => Object.fromEntries(computeFactorChecks(d).filter((c) => isAutomaticFactor(c.factor)).map((c) => [c.factor, [c.status, c.evidence]]));
const checkOf = (d: WerkwijzerCaseData, factor: string) => computeFactorChecks(d).find((c) => c.factor === factor)!;
const quality = (d: WerkwijzerCaseData) => Object.fromEntries(checkPlanQuality(d).checks.map((c) => [c.rule, [c.status, c.reason]]));
const qualityOf = (d: WerkwijzerCaseData, rule: string) => checkPlanQuality(d).checks.find((c) => c.rule === rule)!;
const withPlan = (o: Partial<PlanFacts>, c: Partial<WerkwijzerCaseData> = {}) => richCase({ plan: plan(o), ...c });

describe('werkwijzer: automatic factor checks', () => {
  it('computes at least 12 factors; the others are not computed and have no evidence', () => {
    expect(AUTOMATIC_FACTORS.length).toBeGreaterThanOrEqual(12);
    const checks = computeFactorChecks(richCase());
    expect(checks).toHaveLength(31);
    expect(checks.filter((c) => !isAutomaticFactor(c.factor)).every((c) => c.status === 'not-computed' && c.evidence === null)).toBe(true);
  });

  it('names the evidence in Dutch when the data is there', () => {
    expect(byFactor(richCase())).toEqual({
      '1.1': ['evidence', 'Eén vaste contactpersoon (Sanne Jansen); 4 persoonlijke gesprekken; 2 kennismakingsgesprekken vóór de overdracht.'],
      '1.2': ['evidence', 'Intake afgerond, met 1 behoefte en 2 wensen van de jongere.'],
      '1.3': ['evidence', 'Motivatie, drijfveren en interesses staan in de intake.'],
      '1.4': ['evidence', 'Voorlichting gegeven over opleidingen en de arbeidsmarkt; 2 wensen van de jongere vastgelegd.'],
      '1.5': ['evidence', 'Kwaliteiten en talenten van de jongere staan in de intake.'],
      '1.7': ['evidence', 'De jongere schreef 2 doelen in eigen woorden; de jongere stemde in met het plan; 1 stap is van de jongere zelf.'],
      '2.9': ['evidence', '2 certificaten behaald: Heftruck rijden en VCA.'],
      '3.14': ['evidence', 'Overstap begeleid: school doet mee in het plan.'],
      '4.15': ['evidence', 'Netwerk: ouder of verzorger betrokken.'],
      '4.16': ['evidence', 'Netwerk: 1 leeftijdgenoot betrokken.'],
      '4.17': ['evidence', 'Netwerk: mentor betrokken.'],
      '5.18': ['evidence', 'Leefsituatie in beeld: wonen, geld en schulden, kinderen, vervoer en gezondheid.'],
      '5.19': ['evidence', '3 partners betrokken; eindverantwoordelijke: schuldhulpverlening.'],
      '5.20': ['evidence', '1 urgent obstakel opgelost; 1 open obstakel staat bovenaan het plan (‘Grip krijgen op de schulden’).'],
      '5.21': ['evidence', '3 mijlpalen gevierd; alle 3 doelen liggen binnen 6 maanden.'],
    });
  });

  it('says what is missing when there is no evidence', () => {
    expect(byFactor(bareCase())).toEqual({
      '1.1': ['no-evidence', 'Er is geen contactpersoon.'],
      '1.2': ['no-evidence', 'De intake is nog niet afgerond; de leefsituatie (wonen en geld) is nog niet in beeld; er zijn nog geen behoeften vastgelegd; er zijn nog geen wensen vastgelegd.'],
      '1.3': ['no-evidence', 'Motivatie en interesses van de jongere zijn nog niet vastgelegd.'],
      '1.4': ['no-evidence', 'Nog geen voorlichting over opleidingen; nog geen voorlichting over de arbeidsmarkt; nog geen wensen van de jongere vastgelegd.'],
      '1.5': ['no-evidence', 'Kwaliteiten en talenten van de jongere zijn nog niet vastgelegd.'],
      '1.7': ['no-evidence', 'Er is nog geen plan van aanpak.'],
      '2.9': ['no-evidence', 'Nog geen certificaat vastgelegd bij een mijlpaal.'],
      '3.14': ['no-evidence', 'Geen school of werkgever die meedoet in het plan, en (nog) geen nazorg.'],
      '4.15': ['no-evidence', 'Nog niemand uit de directe omgeving (ouders, huisgenoten) in het netwerk.'],
      '4.16': ['no-evidence', 'Nog geen leeftijdgenoot als voorbeeld of steun in het netwerk.'],
      '4.17': ['no-evidence', 'Nog geen mentor, coach of buddy in het netwerk.'],
      '5.18': ['no-evidence', 'Nog niet besproken in de intake: wonen, geld en schulden, kinderen, vervoer en gezondheid.'],
      '5.19': ['no-evidence', 'Nog geen partnerorganisaties in het netwerk.'],
      '5.20': ['not-computed', 'Geen urgente obstakels vastgelegd.'],
      '5.21': ['no-evidence', 'Nog geen mijlpaal gevierd; nog geen plan met doelen.'],
    });
  });

  it('1.1: a cold handover, no personal conversation, or a long silence is no evidence', () => {
    expect(checkOf(richCase({ handovers: [{ on: '2027-01-15', introductionsBefore: 0, warm: false }] }), '1.1').evidence).toBe('Wissel van contactpersoon zonder warme overdracht op 15 januari 2027.');
    expect(checkOf(richCase({ contacts: { total: 2, personal: 0, lastOn: TODAY } }), '1.1').evidence).toBe('Eén contactpersoon (Sanne Jansen), maar nog geen persoonlijk gesprek vastgelegd.');
    const silent = checkOf(richCase({ contacts: { total: 3, personal: 3, lastOn: '2027-02-17' } }), '1.1');
    expect(silent).toEqual({ factor: '1.1', status: 'no-evidence', evidence: 'Laatste contact op 17 februari 2027: langer dan 3 weken geleden.' });
    expect(checkOf(richCase({ handovers: [], contacts: { total: 1, personal: 1, lastOn: '2027-02-18' } }), '1.1')).toEqual({
      factor: '1.1',
      status: 'evidence',
      evidence: 'Eén vaste contactpersoon (Sanne Jansen); 1 persoonlijk gesprek.',
    });
  });

  it('1.2 and 1.4: each missing part of the intake is named', () => {
    const d = richCase({ intake: { ...richCase().intake, completed: false, infoLabourMarket: false }, wishes: [{ id: 'w', kind: 'wens' }] });
    expect(checkOf(d, '1.2')).toMatchObject({ status: 'no-evidence', evidence: 'De intake is nog niet afgerond; er zijn nog geen behoeften vastgelegd.' });
    expect(checkOf(d, '1.4')).toMatchObject({ status: 'no-evidence', evidence: 'Nog geen voorlichting over de arbeidsmarkt.' });
  });

  it('1.7: agreeing alone is evidence; a plan the jongere neither wrote nor agreed to is not', () => {
    const agreedOnly = withPlan({ goals: [goal({ youthWords: null })] }, { youthAgreedToAnyVersion: true });
    expect(checkOf(agreedOnly, '1.7')).toMatchObject({ status: 'evidence', evidence: 'De jongere stemde in met het plan.' });
    const notInvolved = withPlan({ goals: [goal()], youthAgreed: false, status: 'concept' }, { youthAgreedToAnyVersion: false });
    expect(checkOf(notInvolved, '1.7')).toMatchObject({ status: 'no-evidence', evidence: 'De jongere schreef nog geen doelen in eigen woorden en stemde nog niet in met het plan.' });
  });

  it('3.14: in nazorg, recent contact is evidence and silence is not', () => {
    expect(checkOf(bareCase({ phase: 'nazorg', contacts: { total: 1, personal: 1, lastOn: '2027-02-01' } }), '3.14')).toMatchObject({
      status: 'evidence',
      evidence: 'Nazorg: nog contact na het traject (laatste contact 1 februari 2027).',
    });
    expect(checkOf(bareCase({ phase: 'nazorg', contacts: { total: 1, personal: 1, lastOn: '2027-01-01' } }), '3.14')).toMatchObject({
      status: 'no-evidence',
      evidence: 'In nazorg, maar geen contact in de laatste 8 weken.',
    });
    expect(checkOf(bareCase({ network: [{ id: 'n', relation: 'werkgever', isLead: false, hasRoleInPlan: true }] }), '3.14').evidence).toBe('Overstap begeleid: werkgever doet mee in het plan.');
  });

  it('4.15–4.17: netwerk members are counted by relation', () => {
    const d = bareCase({
      network: [
        { id: 'a', relation: 'huisgenoot', isLead: false, hasRoleInPlan: false },
        { id: 'b', relation: 'ouder', isLead: false, hasRoleInPlan: false },
        { id: 'c', relation: 'leeftijdgenoot', isLead: false, hasRoleInPlan: false },
        { id: 'd', relation: 'leeftijdgenoot', isLead: false, hasRoleInPlan: false },
      ],
    });
    expect(checkOf(d, '4.15').evidence).toBe('Netwerk: huisgenoot en ouder of verzorger betrokken.');
    expect(checkOf(d, '4.16').evidence).toBe('Netwerk: 2 leeftijdgenoten betrokken.');
    expect(checkOf(d, '4.17').status).toBe('no-evidence');
  });

  it('5.19: several partners need an eindverantwoordelijke; one partner is collaboration enough', () => {
    const partners = [
      { id: 'a', relation: 'ggz' as const, isLead: false, hasRoleInPlan: false },
      { id: 'b', relation: 'uwv' as const, isLead: false, hasRoleInPlan: false },
    ];
    expect(checkOf(bareCase({ network: partners }), '5.19')).toMatchObject({ status: 'no-evidence', evidence: '2 partners betrokken, maar geen eindverantwoordelijke aangewezen.' });
    expect(checkOf(bareCase({ network: partners.slice(0, 1) }), '5.19')).toMatchObject({ status: 'evidence', evidence: 'Samenwerking met ggz.' });
  });

  it('5.20: an open urgent obstacle without a goal, or with a goal below others, is no evidence', () => {
    const noGoal = richCase({ urgentObstacles: [...richCase().urgentObstacles, { id: 'o-opvang', kind: 'kinderopvang', resolved: false }] });
    expect(checkOf(noGoal, '5.20')).toMatchObject({ status: 'no-evidence', evidence: 'Nog geen doel in het plan voor: kinderopvang.' });
    const low = withPlan({ goals: [goal({ priority: 1 }), goal({ id: 'g-s', title: 'Grip krijgen op de schulden', urgentObstacleId: 'o-schulden', priority: 5 })] });
    expect(checkOf(low, '5.20')).toMatchObject({ status: 'no-evidence', evidence: 'Staat niet bovenaan het plan: ‘Grip krijgen op de schulden’.' });
    expect(checkOf(richCase({ plan: null }), '5.20')).toMatchObject({ status: 'no-evidence', evidence: '1 open urgent obstakel, maar nog geen plan.' });
    expect(checkOf(richCase({ urgentObstacles: [{ id: 'o', kind: 'vervoer', resolved: true }] }), '5.20')).toMatchObject({ status: 'evidence', evidence: '1 urgent obstakel opgelost.' });
  });

  it('5.21: no milestone, or a goal further than 6 months away, is no evidence', () => {
    const far = withPlan({ goals: [goal({ targetDate: '2028-01-01' }), goal({ id: 'x', targetDate: null })] }, { milestones: [] });
    expect(checkOf(far, '5.21')).toMatchObject({ status: 'no-evidence', evidence: 'Nog geen mijlpaal gevierd; 1 doel ligt verder dan 6 maanden weg.' });
    expect(checkOf(withPlan({ goals: [goal({ targetDate: null })] }), '5.21').evidence).toBe('Geen doel met een streefdatum.');
    expect(checkOf(withPlan({ goals: [goal()] }), '5.21').evidence).toBe('3 mijlpalen gevierd; het doel ligt binnen 6 maanden.');
  });
});

describe('plan quality', () => {
  it('passes every check for a good plan, with the reason', () => {
    const result = checkPlanQuality(richCase());
    expect(result.planVersion).toEqual({ id: 'pv-2', number: 2, status: 'vastgesteld' });
    expect(quality(richCase())).toEqual({
      youth_involved: ['pass', 'De jongere stemde in met versie 2; schreef 2 doelen in eigen woorden.'],
      wishes_and_support: ['pass', '1 afspraak over ondersteuning door de gemeente; 2 doelen gaan over wat de jongere wil of nodig heeft.'],
      goals_concrete: ['pass', 'Alle 3 doelen hebben een streefdatum en minstens één stap.'],
      goals_short_term: ['pass', 'De doelen met een streefdatum liggen binnen 6 maanden.'],
      goals_linked: ['pass', 'Elk doel sluit aan op een behoefte of wens uit de intake, of op een urgent obstakel.'],
      urgent_first: ['pass', 'Het open urgente obstakel staat bovenaan het plan.'],
      evaluation_planned: ['pass', 'De volgende evaluatie is op 1 mei 2027.'],
      successes_celebrated: ['pass', '3 mijlpalen gevierd, de laatste op 1 maart 2027.'],
      one_contact_person: ['pass', 'Sanne Jansen is de vaste contactpersoon.'],
      readability: ['pass', expect.stringMatching(/^Leesbaarheid \d+ \((goed te lezen \(b1\)|makkelijk|heel makkelijk)\): goed te lezen op B1-niveau\.$/)],
      tone: ['pass', '4 woorden gaan over wensen en steun, geen over plichten.'],
    });
    expect(result.readability).toMatchObject({ meetsB1: true, jargon: [], longSentences: [] });
    // The consequences text names the verplichting and the maatregel, as the law asks: it does not count for the tone.
    expect(result.tone).toEqual({ obligationWords: 0, supportWords: 4, obligationShare: 0, obligationExamples: [] });
  });

  it('asks for attention on every plan check when there is no plan', () => {
    expect(quality(bareCase())).toEqual({
      youth_involved: ['attention', 'Er is nog geen plan van aanpak.'],
      wishes_and_support: ['attention', 'Er is nog geen plan van aanpak.'],
      goals_concrete: ['attention', 'Er is nog geen plan van aanpak.'],
      goals_short_term: ['attention', 'Er is nog geen plan van aanpak.'],
      goals_linked: ['attention', 'Er is nog geen plan van aanpak.'],
      urgent_first: ['pass', 'Er zijn geen open urgente obstakels.'],
      evaluation_planned: ['attention', 'Er is nog geen plan van aanpak.'],
      successes_celebrated: ['attention', 'Er is nog geen mijlpaal gevierd. Vier ook kleine successen, zoals een eerste werkdag of een afgeronde cursus.'],
      one_contact_person: ['attention', 'Er is geen contactpersoon. Elke jongere heeft precies één vaste contactpersoon.'],
      readability: ['attention', 'Er is nog geen plan van aanpak.'],
      tone: ['attention', 'Er is nog geen plan van aanpak.'],
    });
    expect(checkPlanQuality(bareCase())).toMatchObject({ planVersion: null, readability: null, tone: null });
  });

  it('youth_involved: writing counts, agreeing to an earlier version counts for a new concept, neither is attention', () => {
    const concept = { status: 'concept' as const, youthAgreed: false, goals: [goal()], agreements: [] };
    expect(qualityOf(withPlan(concept, { youthAgreedToAnyVersion: false }), 'youth_involved')).toMatchObject({
      status: 'attention',
      reason: 'De jongere schreef nog niets in het plan en stemde er nog niet mee in. Schrijf de doelen samen, het liefst in de woorden van de jongere.',
    });
    expect(qualityOf(withPlan(concept, { youthAgreedToAnyVersion: true }), 'youth_involved')).toMatchObject({ status: 'pass', reason: 'De jongere stemde in met een eerdere versie.' });
    const wroteStep = { ...concept, goals: [goal({ steps: [step({ authorRole: 'jongere' })] })] };
    expect(qualityOf(withPlan(wroteStep, { youthAgreedToAnyVersion: false }), 'youth_involved')).toMatchObject({ status: 'pass', reason: 'Schreef 1 stap zelf.' });
  });

  it('wishes_and_support: only obligations is attention', () => {
    const duties = withPlan({
      goals: [goal({ wish: null })],
      agreements: [
        { kind: 'verplichting', text: 'Je moet solliciteren.', authorRole: 'klantmanager' },
        { kind: 'verplichting', text: 'Je moet op tijd komen.', authorRole: 'klantmanager' },
      ],
    });
    expect(qualityOf(duties, 'wishes_and_support')).toMatchObject({
      status: 'attention',
      reason: 'Het plan heeft 2 verplichtingen, maar er staat nog geen ondersteuning door de gemeente in en geen doel gaat over een wens of behoefte van de jongere.',
    });
    const noSupport = withPlan({ agreements: [{ kind: 'werk_zoeken', text: 'Solliciteren.', authorRole: 'klantmanager' }] });
    expect(qualityOf(noSupport, 'wishes_and_support')).toMatchObject({ status: 'attention', reason: 'Er staat nog geen ondersteuning door de gemeente in.' });
  });

  it('goals_concrete: goals without a target date or without a step are named', () => {
    const d = withPlan({ goals: [goal({ targetDate: null }), goal({ id: 'b', title: 'Werk zoeken', steps: [] }), goal({ id: 'c', title: 'Klaar', status: 'behaald', steps: [] })] });
    expect(qualityOf(d, 'goals_concrete')).toMatchObject({ status: 'attention', reason: 'Nog zonder streefdatum: ‘Rijbewijs halen’; nog zonder stap: ‘Werk zoeken’.' });
    expect(qualityOf(withPlan({ goals: [] }), 'goals_concrete')).toMatchObject({ status: 'attention', reason: 'Het plan heeft nog geen doelen.' });
    expect(qualityOf(withPlan({ goals: [goal({ status: 'losgelaten' })] }), 'goals_concrete')).toMatchObject({ status: 'pass', reason: 'Alle doelen zijn behaald of losgelaten.' });
  });

  it('goals_short_term: goals further than 6 months away or past their date are attention', () => {
    const d = withPlan({ goals: [goal({ targetDate: '2027-12-01' }), goal({ id: 'b', title: 'Cv maken', targetDate: '2027-03-01' })] });
    expect(qualityOf(d, 'goals_short_term')).toMatchObject({
      status: 'attention',
      reason: 'Verder dan 6 maanden weg: ‘Rijbewijs halen (1 december 2027)’. Deel ze op in kleinere doelen; streefdatum voorbij: ‘Cv maken’.',
    });
    expect(qualityOf(withPlan({ goals: [goal({ targetDate: null })] }), 'goals_short_term')).toMatchObject({ status: 'attention', reason: 'Geen van de doelen heeft een streefdatum.' });
    expect(qualityOf(withPlan({ goals: [goal({ targetDate: '2027-09-10' })] }), 'goals_short_term').status).toBe('pass');
  });

  it('goals_linked: goals without a need or wish are named; no wishes at the intake is attention', () => {
    expect(qualityOf(withPlan({ goals: [goal(), goal({ id: 'b', title: 'Sporten', wish: null })] }), 'goals_linked')).toMatchObject({
      status: 'attention',
      reason: 'Niet gekoppeld aan een behoefte of wens uit de intake: ‘Sporten’.',
    });
    expect(qualityOf(richCase({ wishes: [] }), 'goals_linked')).toMatchObject({
      status: 'attention',
      reason: 'In de intake staan nog geen behoeften of wensen, dus de doelen kunnen er niet op aansluiten.',
    });
  });

  it('urgent_first: an open obstacle without a goal, or its goal not on top, is attention', () => {
    const twoOpen = richCase({ urgentObstacles: [{ id: 'o-schulden', kind: 'schulden', resolved: false }, { id: 'o-vervoer', kind: 'vervoer', resolved: false }] });
    expect(qualityOf(twoOpen, 'urgent_first')).toMatchObject({ status: 'attention', reason: 'Nog geen doel voor: vervoer.' });
    const low = withPlan({ goals: [goal({ priority: 1 }), goal({ id: 'g-s', title: 'Schulden', urgentObstacleId: 'o-schulden', priority: 2 })] });
    expect(qualityOf(low, 'urgent_first')).toMatchObject({ status: 'attention', reason: 'Staat niet bovenaan: ‘Schulden’.' });
    expect(qualityOf(richCase({ plan: null }), 'urgent_first')).toMatchObject({ status: 'attention', reason: 'Er is 1 open urgent obstakel, maar nog geen plan.' });
  });

  it('evaluation_planned: missing, overdue or in the past is attention', () => {
    expect(qualityOf(withPlan({ evaluationDate: null }), 'evaluation_planned')).toMatchObject({ status: 'attention', reason: 'Er is nog geen datum voor de volgende evaluatie.' });
    expect(qualityOf(withPlan({ evaluationDate: '2027-03-01' }), 'evaluation_planned')).toMatchObject({
      status: 'attention',
      reason: 'De evaluatie van 1 maart 2027 is verlopen. Plan de evaluatie zo snel mogelijk.',
    });
    expect(qualityOf(withPlan({ evaluationDate: '2027-03-01', status: 'concept' }), 'evaluation_planned')).toMatchObject({
      status: 'attention',
      reason: 'De evaluatiedatum 1 maart 2027 ligt in het verleden. Kies een nieuwe datum.',
    });
    expect(qualityOf(withPlan({ evaluationDate: TODAY }), 'evaluation_planned').status).toBe('pass');
  });

  it('successes_celebrated: a reached goal that was not celebrated is attention', () => {
    const d = richCase({ milestones: [{ achievedOn: '2027-02-01', goalLineageId: null, certificateName: null }] });
    expect(qualityOf(d, 'successes_celebrated')).toMatchObject({ status: 'attention', reason: 'Behaald, maar nog niet gevierd als mijlpaal: ‘Een vaste slaapplek’.' });
  });

  it('one_contact_person: a cold handover is attention', () => {
    expect(qualityOf(richCase({ handovers: [{ on: '2027-02-01', introductionsBefore: 0, warm: false }] }), 'one_contact_person')).toMatchObject({
      status: 'attention',
      reason: 'Wissel van contactpersoon zonder warme overdracht op 1 februari 2027.',
    });
  });

  it('readability: officialese is attention with the score, jargon and long sentences; the jongere’s own words are not judged', () => {
    const officialese = withPlan({
      consequences: null,
      goals: [
        goal({ title: 'Re-integratie', youthWords: 'Indien mogelijk wil ik conform mijn wensen werken.' }),
        goal({ id: 'j', title: 'Ik ga mijn startkwalificatie halen', authorRole: 'jongere', steps: [] }),
      ],
      agreements: [
        {
          kind: 'verplichting',
          text: 'Belanghebbende dient zich in te spannen om algemeen geaccepteerde arbeid te verkrijgen en te aanvaarden, alsmede de inlichtingenplicht na te leven teneinde een maatregel te voorkomen.',
          authorRole: 'klantmanager',
        },
      ],
    });
    const check = qualityOf(officialese, 'readability');
    expect(check.status).toBe('attention');
    expect(check.reason).toMatch(/^Leesbaarheid \d+ \((moeilijk|heel moeilijk|wat moeilijk)\); voor B1 is 60 of hoger nodig; moeilijke woorden: Re-integratie, dient, alsmede, inlichtingenplicht, teneinde en maatregel; 1 zin is langer dan 20 woorden\.$/);
  });

  it('tone: a plan that reads as a list of duties is attention', () => {
    const duties = withPlan({
      goals: [goal({ title: 'Solliciteren', youthWords: null, steps: [step({ text: 'Je moet 4 keer per week solliciteren' })] })],
      agreements: [
        { kind: 'verplichting', text: 'Je bent verplicht op elke afspraak te komen.', authorRole: 'klantmanager' },
        { kind: 'verplichting', text: 'Je moet wijzigingen direct doorgeven, anders volgt een sanctie.', authorRole: 'klantmanager' },
      ],
    });
    expect(qualityOf(duties, 'tone')).toMatchObject({
      status: 'attention',
      reason: '4 van de 4 sturende woorden gaan over plichten (moet, verplicht en sanctie). Het plan leest als een lijst met plichten. Schrijf ook op wat de jongere wil en wat de gemeente doet.',
    });
  });
});
