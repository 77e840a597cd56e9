import { ROLES, type Role } from '@koers/contracts';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const ACCESS_KEY = 'koers:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Every route declares who may call it; the global AccessGuard denies routes without a declaration.
 * The rule is coarse (which roles); whether this user may touch this particular case is decided by
 * the domain service, scoped to the resource.
 */
export const Access = {
  /** Anyone, also without a session (login, activation, health). */
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  /** Logged-in users with one of these roles. */
  roles: (...roles: Role[]) =>
    applyDecorators(
      SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
      ApiCookieAuth('session'),
      ApiUnauthorizedResponse({ description: 'Niet ingelogd' }),
      ApiForbiddenResponse({ description: `Alleen voor: ${roles.join(', ')}` }),
    ),
  /** Any logged-in user. */
  authenticated: () => Access.roles(...ROLES),
};
