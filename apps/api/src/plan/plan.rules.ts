import {
  AGREEMENT_KINDS,
  type AgreementKind,
  type FieldError,
  type PlanReadiness,
  type PlanVersionDetail,
  type PlanVersionStatus,
  type UrgentObstacleKind,
} from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { DomainException } from '../platform/errors/domain.exception';

/*
 * The plan's rules that need no database: what a version needs before it can be proposed, and
 * which changes each status allows.
 */

const MISSING_AGREEMENT: Record<AgreementKind, string> = {
  werk_zoeken: 'Voeg minstens één afspraak toe over werk zoeken.',
  verplichting: 'Voeg minstens één afspraak toe over wat de jongere afspreekt te doen.',
  ondersteuning: 'Voeg minstens één afspraak toe over wat de gemeente doet om te ondersteunen.',
};

/**
 * What is missing before a concept can be proposed: an evaluation date (today or later), at least one
 * goal, agreements of all three kinds, and — as the law requires — what happens if obligations are
 * not met.
 */
export function readinessOf(v: Pick<PlanVersionDetail, 'evaluationDate' | 'consequences' | 'goals' | 'agreements'>, today: string): PlanReadiness {
  const missing: FieldError[] = [];
  if (!v.evaluationDate) missing.push({ field: 'evaluationDate', message: 'Kies de datum van de volgende evaluatie.' });
  else if (v.evaluationDate < today) missing.push({ field: 'evaluationDate', message: `De evaluatiedatum (${formatDateNl(v.evaluationDate)}) ligt in het verleden. Kies een nieuwe datum.` });
  if (v.goals.length === 0) missing.push({ field: 'goals', message: 'Voeg minstens één doel toe.' });
  for (const kind of AGREEMENT_KINDS) {
    if (!v.agreements.some((a) => a.kind === kind)) missing.push({ field: `agreements.${kind}`, message: MISSING_AGREEMENT[kind] });
  }
  if (!v.consequences?.trim()) missing.push({ field: 'consequences', message: 'Schrijf in gewone woorden op wat er gebeurt als verplichtingen niet worden nagekomen.' });
  return { ready: missing.length === 0, missing };
}

/**
 * content: what the plan says (goals, steps, agreements, dates, consequences) — only in a concept or
 * voorgesteld version (a voorgesteld one goes back to concept).
 * progress: a step done or undone, a goal's status — also on the vastgesteld version.
 */
export type PlanEdit = 'content' | 'progress';

export function assertEditable(status: PlanVersionStatus, edit: PlanEdit, current?: unknown): void {
  if (status === 'vervangen') {
    throw DomainException.conflict('Deze versie van het plan is vervangen door een nieuwere versie. Wijzig de huidige versie.', current);
  }
  if (status === 'vastgesteld' && edit === 'content') {
    throw DomainException.conflict(
      'Dit plan is vastgesteld en de inhoud ligt vast. Wilt u iets veranderen? Dat gaat via een evaluatie: daarna maakt u samen een nieuwe versie. Voortgang (stappen afvinken, de status van een doel) kunt u wel bijhouden.',
      current,
    );
  }
}

export function assertCaseOpen(phase: string): void {
  if (phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het traject eerst als u het plan wilt wijzigen.');
}

/** The title of a goal made from an urgent obstacle, in plain words (the obstacle's description goes into the goal's description). */
export function obstacleGoalTitle(kind: UrgentObstacleKind, description: string): string {
  const titles: Record<Exclude<UrgentObstacleKind, 'anders'>, string> = {
    slaapplek: 'Een vaste slaapplek',
    schulden: 'Grip krijgen op de schulden',
    kinderopvang: 'Kinderopvang regelen',
    vervoer: 'Vervoer regelen',
    gezondheid: 'Werken aan gezondheid',
  };
  if (kind !== 'anders') return titles[kind];
  const text = description.trim() || 'Urgent obstakel oplossen';
  return text.length <= 200 ? text : `${text.slice(0, 197)}...`;
}
