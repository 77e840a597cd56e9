import type { RouteObject } from 'react-router';
import { PATHS } from '../../routing/paths';
import { SelfCheckFillPage } from './components/self-check-fill-page';
import { SelfCheckPage } from './components/self-check-page';
import { SelfCheckResultsPage } from './components/self-check-results-page';
import { YouthSelfCheckPage } from './components/youth-self-check-page';

/** Doe de check: the rounds, filling one in, and the team's result. Staff of a team (klantmanager, teamleider). */
export const selfCheckRoutes: RouteObject[] = [
  { path: PATHS.selfCheck, element: <SelfCheckPage /> },
  { path: `${PATHS.selfCheck}/:roundId/invullen`, element: <SelfCheckFillPage /> },
  { path: `${PATHS.selfCheck}/:roundId/uitkomst`, element: <SelfCheckResultsPage /> },
];

/** A jongere invited by a link: no account, no login. */
export const selfCheckPublicRoutes: RouteObject[] = [{ path: `${PATHS.selfCheckInvite}/:token`, element: <YouthSelfCheckPage /> }];
