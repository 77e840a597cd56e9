/** What the login page may be told through the router's location state. */
export interface LoginLocationState {
  /** The page the user wanted; after logging in they go there. */
  from?: string;
  /** The user just logged out. */
  loggedOut?: boolean;
  /** The server ended the session (idle too long, or ended elsewhere). */
  expired?: boolean;
}

export function readLoginState(state: unknown): LoginLocationState {
  if (!state || typeof state !== 'object') return {};
  const { from, loggedOut, expired } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
    loggedOut: loggedOut === true,
    expired: expired === true,
  };
}
