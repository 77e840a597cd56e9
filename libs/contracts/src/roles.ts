/** The four kinds of account in Koers. */
export const ROLES = ['klantmanager', 'teamleider', 'jongere', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/** Dutch labels for roles, as users read them. */
export const ROLE_LABELS: Record<Role, string> = {
  klantmanager: 'Klantmanager',
  teamleider: 'Teamleider',
  jongere: 'Jongere',
  beheerder: 'Functioneel beheerder',
};

/** Roles that are municipal staff (log in with e-mail and password, created by a beheerder). */
export const STAFF_ROLES = ['klantmanager', 'teamleider', 'beheerder'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
