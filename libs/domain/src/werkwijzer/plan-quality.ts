import type { PlanQualityCheck, PlanQualityReport, PlanQualityRule, ReadabilityReport, ToneReport } from '@koers/contracts';
import { formatDateNl } from '../dates';
import type { GoalFact, PlanFacts, WerkwijzerCaseData } from './case-data';
import { count, listNl, quotedList, sentence } from './dutch';
import { longTermGoals, SHORT_TERM_MONTHS, urgentOrder } from './factor-checks';
import { B1_MIN_SCORE, LONG_SENTENCE_WORDS, readabilityOf } from './readability';
import { readsAsDuties, toneOf } from './tone';

/*
 * The quality of a plan van aanpak, as the Inspectie SZW and the werkwijzer describe it: each check
 * 'pass' or 'attention', with the reason in Dutch. Pure: the API and the web app use the same rules.
 */

export type PlanQualityOutcome = Omit<PlanQualityCheck, 'title'>;

export interface PlanQualityResult extends Omit<PlanQualityReport, 'checks'> {
  checks: PlanQualityOutcome[];
}

const pass = (rule: PlanQualityRule, parts: string[]): PlanQualityOutcome => ({ rule, status: 'pass', reason: sentence(parts) });
const attention = (rule: PlanQualityRule, parts: string[]): PlanQualityOutcome => ({ rule, status: 'attention', reason: sentence(parts) });
const NO_PLAN = 'Er is nog geen plan van aanpak';

const isActive = (g: GoalFact) => g.status === 'open' || g.status === 'bezig';

/** The plan text the jongere reads, without the jongere's own words (those are not judged). */
export function readableTexts(plan: PlanFacts): string[] {
  const texts: string[] = [];
  for (const g of plan.goals) {
    if (g.authorRole !== 'jongere') texts.push(g.title, g.description ?? '');
    for (const s of g.steps) if (s.authorRole !== 'jongere') texts.push(s.text);
  }
  for (const a of plan.agreements) if (a.authorRole !== 'jongere') texts.push(a.text);
  texts.push(plan.consequences ?? '');
  return texts.filter((t) => t.trim());
}

/**
 * The texts whose tone is weighed: goals (also the jongere's words), steps and agreements. The
 * consequences text is left out: the law requires it to name the maatregel.
 */
export function toneTexts(plan: PlanFacts): string[] {
  return [
    ...plan.goals.flatMap((g) => [g.title, g.description ?? '', g.youthWords ?? '', ...g.steps.map((s) => s.text)]),
    ...plan.agreements.map((a) => a.text),
  ].filter((t) => t.trim());
}

function youthInvolved(d: WerkwijzerCaseData, plan: PlanFacts): PlanQualityOutcome {
  const wroteGoals = plan.goals.filter((g) => g.authorRole === 'jongere' || !!g.youthWords?.trim()).length;
  const wroteSteps = plan.goals.flatMap((g) => g.steps).filter((s) => s.authorRole === 'jongere').length;
  const wroteAgreements = plan.agreements.filter((a) => a.authorRole === 'jongere').length;
  const agreed = plan.youthAgreed || (plan.status !== 'vastgesteld' && d.youthAgreedToAnyVersion);
  if (!agreed && !wroteGoals && !wroteSteps && !wroteAgreements) {
    return attention('youth_involved', ['De jongere schreef nog niets in het plan en stemde er nog niet mee in. Schrijf de doelen samen, het liefst in de woorden van de jongere']);
  }
  return pass('youth_involved', [
    plan.youthAgreed ? `de jongere stemde in met versie ${plan.number}` : agreed ? 'de jongere stemde in met een eerdere versie' : '',
    wroteGoals ? `schreef ${count(wroteGoals, 'doel', 'doelen')} in eigen woorden` : '',
    wroteSteps ? `schreef ${count(wroteSteps, 'stap', 'stappen')} zelf` : '',
    wroteAgreements ? `schreef ${count(wroteAgreements, 'afspraak', 'afspraken')} zelf` : '',
  ]);
}

function wishesAndSupport(plan: PlanFacts): PlanQualityOutcome {
  const support = plan.agreements.filter((a) => a.kind === 'ondersteuning').length;
  const duties = plan.agreements.filter((a) => a.kind === 'verplichting').length;
  const wishGoals = plan.goals.filter((g) => g.wish !== null || !!g.youthWords?.trim()).length;
  if (support && wishGoals) {
    return pass('wishes_and_support', [
      `${count(support, 'afspraak', 'afspraken')} over ondersteuning door de gemeente`,
      `${count(wishGoals, 'doel gaat', 'doelen gaan')} over wat de jongere wil of nodig heeft`,
    ]);
  }
  const missing = listNl(
    [!support && 'er staat nog geen ondersteuning door de gemeente in', !wishGoals && 'geen doel gaat over een wens of behoefte van de jongere'].filter((m): m is string => !!m),
  );
  return attention('wishes_and_support', [duties ? `Het plan heeft ${count(duties, 'verplichting', 'verplichtingen')}, maar ${missing}` : missing]);
}

function goalsConcrete(plan: PlanFacts): PlanQualityOutcome {
  if (plan.goals.length === 0) return attention('goals_concrete', ['Het plan heeft nog geen doelen']);
  const active = plan.goals.filter(isActive);
  if (active.length === 0) return pass('goals_concrete', ['Alle doelen zijn behaald of losgelaten']);
  const undated = active.filter((g) => !g.targetDate).map((g) => g.title);
  const stepless = active.filter((g) => g.steps.length === 0).map((g) => g.title);
  if (!undated.length && !stepless.length) {
    return pass('goals_concrete', [active.length === 1 ? 'Het doel heeft een streefdatum en minstens één stap' : `Alle ${active.length} doelen hebben een streefdatum en minstens één stap`]);
  }
  return attention('goals_concrete', [
    undated.length ? `nog zonder streefdatum: ${quotedList(undated)}` : '',
    stepless.length ? `nog zonder stap: ${quotedList(stepless)}` : '',
  ]);
}

function goalsShortTerm(d: WerkwijzerCaseData, plan: PlanFacts): PlanQualityOutcome {
  const active = plan.goals.filter(isActive);
  if (active.length === 0) return plan.goals.length ? pass('goals_short_term', ['Alle doelen zijn behaald of losgelaten']) : attention('goals_short_term', ['Het plan heeft nog geen doelen']);
  const dated = active.filter((g) => g.targetDate);
  if (dated.length === 0) return attention('goals_short_term', ['Geen van de doelen heeft een streefdatum']);
  const far = longTermGoals(d);
  const overdue = dated.filter((g) => g.targetDate! < d.today);
  if (!far.length && !overdue.length) return pass('goals_short_term', [`De doelen met een streefdatum liggen binnen ${SHORT_TERM_MONTHS} maanden`]);
  return attention('goals_short_term', [
    far.length ? `verder dan ${SHORT_TERM_MONTHS} maanden weg: ${quotedList(far.map((g) => `${g.title} (${formatDateNl(g.targetDate!)})`))}. Deel ze op in kleinere doelen` : '',
    overdue.length ? `streefdatum voorbij: ${quotedList(overdue.map((g) => g.title))}` : '',
  ]);
}

function goalsLinked(d: WerkwijzerCaseData, plan: PlanFacts): PlanQualityOutcome {
  if (d.wishes.length === 0) return attention('goals_linked', ['In de intake staan nog geen behoeften of wensen, dus de doelen kunnen er niet op aansluiten']);
  const active = plan.goals.filter(isActive);
  if (active.length === 0) return plan.goals.length ? pass('goals_linked', ['Alle doelen zijn behaald of losgelaten']) : attention('goals_linked', ['Het plan heeft nog geen doelen']);
  const loose = active.filter((g) => !g.wish && !g.urgentObstacleId).map((g) => g.title);
  if (!loose.length) return pass('goals_linked', ['Elk doel sluit aan op een behoefte of wens uit de intake, of op een urgent obstakel']);
  return attention('goals_linked', [`Niet gekoppeld aan een behoefte of wens uit de intake: ${quotedList(loose)}`]);
}

function urgentFirst(d: WerkwijzerCaseData, plan: PlanFacts | null): PlanQualityOutcome {
  const u = urgentOrder(d);
  if (u.open === 0) return pass('urgent_first', ['Er zijn geen open urgente obstakels']);
  if (!plan) return attention('urgent_first', [`Er ${u.open === 1 ? 'is 1 open urgent obstakel' : `zijn ${u.open} open urgente obstakels`}, maar nog geen plan`]);
  if (!u.withoutGoal.length && !u.notFirst.length) {
    return pass('urgent_first', [u.open === 1 ? 'Het open urgente obstakel staat bovenaan het plan' : `De ${u.open} open urgente obstakels staan bovenaan het plan`]);
  }
  return attention('urgent_first', [
    u.withoutGoal.length ? `nog geen doel voor: ${listNl(u.withoutGoal)}` : '',
    u.notFirst.length ? `staat niet bovenaan: ${quotedList(u.notFirst.map((g) => g.title))}` : '',
  ]);
}

function evaluationPlanned(d: WerkwijzerCaseData, plan: PlanFacts): PlanQualityOutcome {
  if (!plan.evaluationDate) return attention('evaluation_planned', ['Er is nog geen datum voor de volgende evaluatie']);
  if (plan.evaluationDate < d.today) {
    return attention('evaluation_planned', [
      plan.status === 'vastgesteld'
        ? `De evaluatie van ${formatDateNl(plan.evaluationDate)} is verlopen. Plan de evaluatie zo snel mogelijk`
        : `De evaluatiedatum ${formatDateNl(plan.evaluationDate)} ligt in het verleden. Kies een nieuwe datum`,
    ]);
  }
  return pass('evaluation_planned', [`De volgende evaluatie is op ${formatDateNl(plan.evaluationDate)}`]);
}

function successesCelebrated(d: WerkwijzerCaseData): PlanQualityOutcome {
  const celebrated = new Set(d.milestones.map((m) => m.goalLineageId).filter(Boolean));
  const uncelebrated = (d.plan?.goals ?? []).filter((g) => g.status === 'behaald' && !celebrated.has(g.lineageId)).map((g) => g.title);
  if (uncelebrated.length) return attention('successes_celebrated', [`Behaald, maar nog niet gevierd als mijlpaal: ${quotedList(uncelebrated)}`]);
  if (d.milestones.length === 0) return attention('successes_celebrated', ['Er is nog geen mijlpaal gevierd. Vier ook kleine successen, zoals een eerste werkdag of een afgeronde cursus']);
  const last = d.milestones.map((m) => m.achievedOn).sort().at(-1)!;
  return pass('successes_celebrated', [`${count(d.milestones.length, 'mijlpaal', 'mijlpalen')} gevierd, de laatste op ${formatDateNl(last)}`]);
}

function oneContactPerson(d: WerkwijzerCaseData): PlanQualityOutcome {
  if (!d.contactPerson) return attention('one_contact_person', ['Er is geen contactpersoon. Elke jongere heeft precies één vaste contactpersoon']);
  const cold = d.handovers.filter((h) => !h.warm);
  if (cold.length) return attention('one_contact_person', [`Wissel van contactpersoon zonder warme overdracht op ${listNl(cold.map((h) => formatDateNl(h.on)))}`]);
  return pass('one_contact_person', [`${d.contactPerson.name} is de vaste contactpersoon`]);
}

function readability(report: ReadabilityReport): PlanQualityOutcome {
  if (report.score === null) return attention('readability', ['Het plan heeft nog geen tekst om te lezen']);
  const ok = report.meetsB1 && !report.jargon.length && !report.longSentences.length;
  if (ok) return pass('readability', [`Leesbaarheid ${report.score} (${report.level.toLowerCase()}): goed te lezen op B1-niveau`]);
  return attention('readability', [
    `Leesbaarheid ${report.score} (${report.level.toLowerCase()})${report.meetsB1 ? '' : `; voor B1 is ${B1_MIN_SCORE} of hoger nodig`}`,
    report.jargon.length ? `moeilijke woorden: ${listNl(report.jargon.map((j) => j.word))}` : '',
    report.longSentences.length ? `${count(report.longSentences.length, 'zin is', 'zinnen zijn')} langer dan ${LONG_SENTENCE_WORDS} woorden` : '',
  ]);
}

function tone(report: ToneReport): PlanQualityOutcome {
  if (readsAsDuties(report)) {
    const total = report.obligationWords + report.supportWords;
    return attention('tone', [
      `${report.obligationWords} van de ${total} sturende woorden gaan over plichten (${listNl(report.obligationExamples.slice(0, 4))}). Het plan leest als een lijst met plichten. Schrijf ook op wat de jongere wil en wat de gemeente doet`,
    ]);
  }
  if (report.obligationShare === null) return pass('tone', ['Het plan leest niet als een lijst met plichten']);
  const duties = report.obligationWords ? `${count(report.obligationWords, 'woord', 'woorden')} over plichten` : 'geen over plichten';
  return pass('tone', [`${count(report.supportWords, 'woord gaat', 'woorden gaan')} over wensen en steun, ${duties}`]);
}

/** Every plan-quality check for the case's plan, in the order of PLAN_QUALITY_RULES. */
export function checkPlanQuality(d: WerkwijzerCaseData): PlanQualityResult {
  const plan = d.plan;
  const noPlan = (rule: PlanQualityRule) => attention(rule, [NO_PLAN]);
  const readabilityReport = plan ? readabilityOf({ texts: readableTexts(plan) }) : null;
  const toneReport = plan ? toneOf(toneTexts(plan)) : null;
  return {
    planVersion: plan ? { id: plan.id, number: plan.number, status: plan.status } : null,
    checks: [
      plan ? youthInvolved(d, plan) : noPlan('youth_involved'),
      plan ? wishesAndSupport(plan) : noPlan('wishes_and_support'),
      plan ? goalsConcrete(plan) : noPlan('goals_concrete'),
      plan ? goalsShortTerm(d, plan) : noPlan('goals_short_term'),
      plan ? goalsLinked(d, plan) : noPlan('goals_linked'),
      urgentFirst(d, plan),
      plan ? evaluationPlanned(d, plan) : noPlan('evaluation_planned'),
      successesCelebrated(d),
      oneContactPerson(d),
      readabilityReport ? readability(readabilityReport) : noPlan('readability'),
      toneReport ? tone(toneReport) : noPlan('tone'),
    ],
    readability: readabilityReport,
    tone: toneReport,
  };
}
