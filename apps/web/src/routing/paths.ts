import type { Role } from '@koers/contracts';

/** Every route of the web app, in one place. Dutch, because users see them in the address bar. */
export const PATHS = {
  home: '/',
  login: '/inloggen',
  activation: '/activeren',
  caseload: '/caseload',
  team: '/team',
  myPlan: '/mijn-plan',
  admin: '/beheer',
} as const;

/** The page each role lands on after logging in, and where `/` leads. */
export const ROLE_HOME: Record<Role, string> = {
  klantmanager: PATHS.caseload,
  teamleider: PATHS.team,
  jongere: PATHS.myPlan,
  beheerder: PATHS.admin,
};
