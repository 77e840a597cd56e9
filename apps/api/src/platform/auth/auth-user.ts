import type { CurrentUser, Role } from '@koers/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionEntity } from './session.entity';

/** The logged-in user as the API sees it during one request. */
export interface AuthUser {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  teamId: string | null;
  teamName: string | null;
}

export interface AuthenticatedRequest extends Request {
  auth?: { user: AuthUser; session: SessionEntity; token: string };
}

export function toCurrentUser(user: AuthUser): CurrentUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    team: user.teamId ? { id: user.teamId, name: user.teamName ?? '' } : null,
  };
}

/** The logged-in user; only on routes with an Access.roles(...) rule. */
export const CurrentAuthUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!req.auth) throw new Error('CurrentAuthUser used on a route without an authenticated access rule');
  return req.auth.user;
});
