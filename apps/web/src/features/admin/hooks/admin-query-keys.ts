/** Query keys of the beheer screens. Invalidating `teams` or `users` refreshes every list below it. */
export const adminKeys = {
  teams: ['teams'] as const,
  teamList: ['teams', 'list'] as const,
  allTeams: ['teams', 'all'] as const,
  users: ['users'] as const,
  userList: ['users', 'list'] as const,
};
