import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { DomainException } from '../errors/domain.exception';
import { Access } from './access.decorator';
import { AccessGuard } from './access.guard';
import type { SessionService } from './session.service';

class Routes {
  undeclared(): void {}
  @Access.public() open(): void {}
}

function contextFor(handler: () => void, method = 'GET', headers: Record<string, string> = {}): ExecutionContext {
  const req = { method, route: { path: '/x' }, cookies: {}, host: 'koers.test', header: (n: string) => headers[n.toLowerCase()] };
  return {
    getHandler: () => handler,
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const sessions = { cookieName: 'koers_session', resolve: async () => null } as unknown as SessionService;
  const guard = new AccessGuard(new Reflector(), sessions);

  it('denies a route that declares no access rule', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.undeclared))).rejects.toBeInstanceOf(DomainException);
    await expect(guard.canActivate(contextFor(Routes.prototype.undeclared))).rejects.toMatchObject({ status: 403 });
  });

  it('lets a public route through, but not a cross-site POST to it', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.open))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor(Routes.prototype.open, 'POST', { origin: 'https://elders.example' }))).rejects.toMatchObject({ status: 403 });
    await expect(guard.canActivate(contextFor(Routes.prototype.open, 'POST', { origin: 'http://koers.test' }))).resolves.toBe(true);
  });
});
