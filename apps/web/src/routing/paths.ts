import type { Role } from '@koers/contracts';

/** Every route of the web app, in one place. Dutch, because users see them in the address bar. */
export const PATHS = {
  home: '/',
  login: '/inloggen',
  activation: '/activeren',
  /** "Nieuw wachtwoord kiezen" with a one-time link: `/nieuw-wachtwoord#<token>` (public). */
  passwordReset: '/nieuw-wachtwoord',
  caseload: '/caseload',
  team: '/team',
  /** Doe de check (the verbetertool) of the own team: rounds; `/:roundId/invullen` and `/:roundId/uitkomst` below it. */
  selfCheck: '/team/check',
  /** The teamleider's handover overview. */
  teamHandovers: '/team/overdrachten',
  /** Doe de check for a jongere invited by a link: `/check/:token` (public). */
  selfCheckInvite: '/check',
  myPlan: '/mijn-plan',
  /** Inzage (AVG art. 15): everything Koers holds about the jongere, and who looked. */
  myData: '/mijn-plan/mijn-gegevens',
  admin: '/beheer',
  /** One case (traject): `/trajecten/:caseId`, with a tab per part. */
  case: '/trajecten/:caseId',
} as const;

/** The tabs of a case page: sub-paths of `/trajecten/:caseId`. */
export const CASE_TABS = {
  overview: '',
  intake: 'intake',
  plan: 'plan',
  milestones: 'mijlpalen',
  contacts: 'contact',
  network: 'netwerk',
  werkwijzer: 'werkwijzer',
  handover: 'overdracht',
} as const;
export type CaseTab = keyof typeof CASE_TABS;

export function casePath(caseId: string, tab: CaseTab = 'overview'): string {
  const sub = CASE_TABS[tab];
  return `/trajecten/${caseId}${sub ? `/${sub}` : ''}`;
}

/** The page each role lands on after logging in, and where `/` leads. */
export const ROLE_HOME: Record<Role, string> = {
  klantmanager: PATHS.caseload,
  teamleider: PATHS.team,
  jongere: PATHS.myPlan,
  beheerder: PATHS.admin,
};
