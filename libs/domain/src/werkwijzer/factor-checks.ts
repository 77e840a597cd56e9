import {
  type FactorCheck,
  type FactorEvidenceStatus,
  type FactorNumber,
  NETWORK_RELATION_LABELS,
  type NetworkRelation,
  PARTNER_RELATIONS,
  URGENT_OBSTACLE_KIND_LABELS,
} from '@koers/contracts';
import { addDays, addMonths, formatDateNl } from '../dates';
import type { GoalFact, WerkwijzerCaseData } from './case-data';
import { WERKWIJZER_FACTOR_NUMBERS } from './content-schema';
import { count, listNl, quotedList, sentence } from './dutch';

/*
 * The werkwijzer's automatic checks: for each success factor that the case's data can show, whether
 * it does (evidence), with the evidence named in Dutch. Factors not listed here are marked by the
 * contact person (toegepast or n.v.t.).
 */

/** A goal counts as short-term when its target date is at most this many months away. */
export const SHORT_TERM_MONTHS = 6;
/** In nazorg, contact within this many weeks counts as keeping in touch after the programme. */
export const AFTERCARE_CONTACT_WEEKS = 8;

type Result = { status: FactorEvidenceStatus; evidence: string | null };
type Rule = (d: WerkwijzerCaseData) => Result;

const evidence = (parts: string[]): Result => ({ status: 'evidence', evidence: sentence(parts) });
const none = (parts: string[]): Result => ({ status: 'no-evidence', evidence: sentence(parts) });
const label = (r: NetworkRelation) => NETWORK_RELATION_LABELS[r].toLowerCase();

const isActive = (g: GoalFact) => g.status === 'open' || g.status === 'bezig';
const activeGoals = (d: WerkwijzerCaseData) => (d.plan?.goals ?? []).filter(isActive);
const youthWroteGoal = (g: GoalFact) => g.authorRole === 'jongere' || !!g.youthWords?.trim();

/** Goals that are further away than SHORT_TERM_MONTHS (active goals with a date only). */
export function longTermGoals(d: WerkwijzerCaseData): GoalFact[] {
  const horizon = addMonths(d.today, SHORT_TERM_MONTHS);
  return activeGoals(d).filter((g) => g.targetDate !== null && g.targetDate > horizon);
}

/** Open urgent obstacles without a goal, and obstacle goals that do not come before the other goals. */
export function urgentOrder(d: WerkwijzerCaseData): { open: number; resolved: number; withoutGoal: string[]; notFirst: GoalFact[]; first: GoalFact[] } {
  const open = d.urgentObstacles.filter((o) => !o.resolved);
  const goals = [...activeGoals(d)].sort((a, b) => a.priority - b.priority);
  const obstacleIds = new Set(d.urgentObstacles.map((o) => o.id));
  const isObstacleGoal = (g: GoalFact) => g.urgentObstacleId !== null && obstacleIds.has(g.urgentObstacleId);
  const firstOther = goals.findIndex((g) => !isObstacleGoal(g));
  const obstacleGoals = goals.filter(isObstacleGoal);
  const notFirst = firstOther < 0 ? [] : goals.slice(firstOther).filter(isObstacleGoal);
  return {
    open: open.length,
    resolved: d.urgentObstacles.length - open.length,
    withoutGoal: open.filter((o) => !goals.some((g) => g.urgentObstacleId === o.id)).map((o) => URGENT_OBSTACLE_KIND_LABELS[o.kind].toLowerCase()),
    notFirst,
    first: obstacleGoals.filter((g) => !notFirst.includes(g)),
  };
}

const RULES: Record<string, Rule> = {
  // Vertrouwensband: one contact person, personal contact that continues, warm handovers.
  '1.1': (d) => {
    if (!d.contactPerson) return none(['Er is geen contactpersoon']);
    const cold = d.handovers.filter((h) => !h.warm);
    if (cold.length) return none([`Wissel van contactpersoon zonder warme overdracht op ${listNl(cold.map((h) => formatDateNl(h.on)))}`]);
    if (d.contacts.personal === 0) return none([`Eén contactpersoon (${d.contactPerson.name}), maar nog geen persoonlijk gesprek vastgelegd`]);
    const stale = d.contacts.lastOn === null || d.contacts.lastOn <= addDays(d.today, -7 * d.noContactWeeks);
    if (stale) return none([`Laatste contact op ${d.contacts.lastOn ? formatDateNl(d.contacts.lastOn) : '—'}: langer dan ${count(d.noContactWeeks, 'week', 'weken')} geleden`]);
    const introductions = d.handovers.reduce((n, h) => n + h.introductionsBefore, 0);
    return evidence([
      `Eén vaste contactpersoon (${d.contactPerson.name})`,
      `${count(d.contacts.personal, 'persoonlijk gesprek', 'persoonlijke gesprekken')}`,
      introductions ? `${count(introductions, 'kennismakingsgesprek', 'kennismakingsgesprekken')} vóór de overdracht` : '',
    ]);
  },

  // Vraaggericht: an intake with the living situation, needs and wishes.
  '1.2': (d) => {
    const needs = d.wishes.filter((w) => w.kind === 'behoefte').length;
    const wishes = d.wishes.filter((w) => w.kind === 'wens').length;
    const missing = [
      !d.intake.completed && 'de intake is nog niet afgerond',
      !(d.intake.housing && d.intake.finances) && 'de leefsituatie (wonen en geld) is nog niet in beeld',
      needs === 0 && 'er zijn nog geen behoeften vastgelegd',
      wishes === 0 && 'er zijn nog geen wensen vastgelegd',
    ].filter((m): m is string => !!m);
    if (missing.length) return none(missing);
    return evidence([`Intake afgerond, met ${count(needs, 'behoefte', 'behoeften')} en ${count(wishes, 'wens', 'wensen')} van de jongere`]);
  },

  '1.3': (d) => (d.intake.motivation ? evidence(['Motivatie, drijfveren en interesses staan in de intake']) : none(['Motivatie en interesses van de jongere zijn nog niet vastgelegd'])),

  // Inzicht in eigen mogelijkheden: information about education and the labour market, and the jongere's wishes.
  '1.4': (d) => {
    const wishes = d.wishes.filter((w) => w.kind === 'wens').length;
    const missing = [
      !d.intake.infoEducation && 'nog geen voorlichting over opleidingen',
      !d.intake.infoLabourMarket && 'nog geen voorlichting over de arbeidsmarkt',
      wishes === 0 && 'nog geen wensen van de jongere vastgelegd',
    ].filter((m): m is string => !!m);
    if (missing.length) return none(missing);
    return evidence(['Voorlichting gegeven over opleidingen en de arbeidsmarkt', `${count(wishes, 'wens', 'wensen')} van de jongere vastgelegd`]);
  },

  '1.5': (d) => (d.intake.qualities ? evidence(['Kwaliteiten en talenten van de jongere staan in de intake']) : none(['Kwaliteiten en talenten van de jongere zijn nog niet vastgelegd'])),

  // Mede-eigenaar: the jongere wrote goals in their own words or agreed to the plan.
  '1.7': (d) => {
    if (!d.plan) return none(['Er is nog geen plan van aanpak']);
    const wrote = d.plan.goals.filter(youthWroteGoal).length;
    const ownSteps = d.plan.goals.flatMap((g) => g.steps).filter((s) => s.ownerKind === 'jongere').length;
    if (!wrote && !d.youthAgreedToAnyVersion) return none(['De jongere schreef nog geen doelen in eigen woorden en stemde nog niet in met het plan']);
    return evidence([
      wrote ? `de jongere schreef ${count(wrote, 'doel', 'doelen')} in eigen woorden` : '',
      d.youthAgreedToAnyVersion ? 'de jongere stemde in met het plan' : '',
      ownSteps ? `${count(ownSteps, 'stap is', 'stappen zijn')} van de jongere zelf` : '',
    ]);
  },

  '2.9': (d) => {
    const certificates = d.milestones.filter((m) => m.certificateName?.trim()).map((m) => m.certificateName!.trim());
    if (!certificates.length) return none(['Nog geen certificaat vastgelegd bij een mijlpaal']);
    return evidence([`${count(certificates.length, 'certificaat', 'certificaten')} behaald: ${listNl(certificates.slice(0, 3))}${certificates.length > 3 ? ' …' : ''}`]);
  },

  // Begeleiding bij een overgang: contact kept in nazorg, or a school or employer taking part in the plan.
  '3.14': (d) => {
    if (d.phase === 'nazorg') {
      const recent = d.contacts.lastOn !== null && d.contacts.lastOn >= addDays(d.today, -7 * AFTERCARE_CONTACT_WEEKS);
      return recent
        ? evidence([`Nazorg: nog contact na het traject (laatste contact ${formatDateNl(d.contacts.lastOn!)})`])
        : none([`In nazorg, maar geen contact in de laatste ${AFTERCARE_CONTACT_WEEKS} weken`]);
    }
    const stepOwners = new Set((d.plan?.goals ?? []).flatMap((g) => g.steps).map((s) => s.ownerNetworkMemberId));
    const bridge = d.network.filter((m) => (m.relation === 'school' || m.relation === 'werkgever') && (m.hasRoleInPlan || stepOwners.has(m.id)));
    if (bridge.length) return evidence([`Overstap begeleid: ${listNl([...new Set(bridge.map((m) => label(m.relation)))])} doet mee in het plan`]);
    return none(['Geen school of werkgever die meedoet in het plan, en (nog) geen nazorg']);
  },

  '4.15': (d) => {
    const close = [...new Set(d.network.filter((m) => m.relation === 'ouder' || m.relation === 'huisgenoot').map((m) => label(m.relation)))];
    return close.length ? evidence([`netwerk: ${listNl(close)} betrokken`]) : none(['Nog niemand uit de directe omgeving (ouders, huisgenoten) in het netwerk']);
  },

  '4.16': (d) => {
    const peers = d.network.filter((m) => m.relation === 'leeftijdgenoot').length;
    return peers ? evidence([`netwerk: ${count(peers, 'leeftijdgenoot', 'leeftijdgenoten')} betrokken`]) : none(['Nog geen leeftijdgenoot als voorbeeld of steun in het netwerk']);
  },

  '4.17': (d) => (d.network.some((m) => m.relation === 'mentor') ? evidence(['netwerk: mentor betrokken']) : none(['Nog geen mentor, coach of buddy in het netwerk'])),

  // Problemen in beeld: the living situation discussed at the intake.
  '5.18': (d) => {
    const areas: [boolean, string][] = [
      [d.intake.housing, 'wonen'],
      [d.intake.finances, 'geld en schulden'],
      [d.intake.children, 'kinderen'],
      [d.intake.transport, 'vervoer'],
      [d.intake.health, 'gezondheid'],
    ];
    const missing = areas.filter(([done]) => !done).map(([, name]) => name);
    if (missing.length) return none([`Nog niet besproken in de intake: ${listNl(missing)}`]);
    return evidence(['Leefsituatie in beeld: wonen, geld en schulden, kinderen, vervoer en gezondheid']);
  },

  // Samenwerking met een duidelijke eindverantwoordelijke.
  '5.19': (d) => {
    const partners = d.network.filter((m) => (PARTNER_RELATIONS as readonly string[]).includes(m.relation));
    const lead = d.network.find((m) => m.isLead);
    if (partners.length === 0) return none(['Nog geen partnerorganisaties in het netwerk']);
    if (partners.length === 1) return evidence([`Samenwerking met ${label(partners[0]!.relation)}${lead ? `; eindverantwoordelijke: ${label(lead.relation)}` : ''}`]);
    if (!lead) return none([`${count(partners.length, 'partner', 'partners')} betrokken, maar geen eindverantwoordelijke aangewezen`]);
    return evidence([`${count(partners.length, 'partner', 'partners')} betrokken; eindverantwoordelijke: ${label(lead.relation)}`]);
  },

  // Urgente problemen eerst.
  '5.20': (d) => {
    if (d.urgentObstacles.length === 0) return { status: 'not-computed', evidence: 'Geen urgente obstakels vastgelegd.' };
    const u = urgentOrder(d);
    if (u.open > 0 && !d.plan) return none([`${count(u.open, 'open urgent obstakel', 'open urgente obstakels')}, maar nog geen plan`]);
    if (u.withoutGoal.length) return none([`Nog geen doel in het plan voor: ${listNl(u.withoutGoal)}`]);
    if (u.notFirst.length) return none([`Staat niet bovenaan het plan: ${quotedList(u.notFirst.map((g) => g.title))}`]);
    return evidence([
      u.resolved ? `${count(u.resolved, 'urgent obstakel', 'urgente obstakels')} opgelost` : '',
      u.open ? `${count(u.open, 'open obstakel staat', 'open obstakels staan')} bovenaan het plan (${quotedList(u.first.map((g) => g.title))})` : '',
    ]);
  },

  // Stress-sensitief: short-term goals and celebrated successes.
  '5.21': (d) => {
    const celebrated = d.milestones.length;
    const dated = activeGoals(d).filter((g) => g.targetDate !== null);
    const far = longTermGoals(d);
    const missing = [
      celebrated === 0 && 'nog geen mijlpaal gevierd',
      !d.plan && 'nog geen plan met doelen',
      d.plan && dated.length === 0 && 'geen doel met een streefdatum',
      far.length > 0 && `${count(far.length, 'doel ligt', 'doelen liggen')} verder dan ${SHORT_TERM_MONTHS} maanden weg`,
    ].filter((m): m is string => !!m);
    if (missing.length) return none(missing);
    return evidence([
      `${count(celebrated, 'mijlpaal', 'mijlpalen')} gevierd`,
      dated.length === 1 ? `het doel ligt binnen ${SHORT_TERM_MONTHS} maanden` : `alle ${dated.length} doelen liggen binnen ${SHORT_TERM_MONTHS} maanden`,
    ]);
  },
};

/** The factors Koers computes from the case's data; the others are marked by hand. */
export const AUTOMATIC_FACTORS: readonly FactorNumber[] = WERKWIJZER_FACTOR_NUMBERS.filter((n) => n in RULES);

export function isAutomaticFactor(factor: FactorNumber): boolean {
  return AUTOMATIC_FACTORS.includes(factor);
}

/** One result per factor, in number order; manual factors are 'not-computed' without evidence. */
export function computeFactorChecks(data: WerkwijzerCaseData): FactorCheck[] {
  return WERKWIJZER_FACTOR_NUMBERS.map((factor) => {
    const rule = RULES[factor];
    return rule ? { factor, ...rule(data) } : { factor, status: 'not-computed', evidence: null };
  });
}
