import { CSRF_HEADER } from '@koers/contracts';
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException, ErrorCode } from '../errors/domain.exception';
import { currentRequest } from '../request/request-context';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import type { AuthenticatedRequest } from './auth-user';
import { SessionService } from './session.service';
import { TokenHasher } from './token-hasher';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one global guard. Deny by default: a route without an Access rule is refused (and the
 * route-enumeration test fails). It authenticates the session cookie, checks the role, and
 * protects state-changing requests against CSRF (token header for sessions, same-origin otherwise).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) {
      this.logger.error({ route: `${req.method} ${req.route?.path}` }, 'route without access rule denied');
      throw DomainException.forbidden();
    }
    const unsafe = !SAFE_METHODS.has(req.method);
    if (rule.kind === 'public') {
      if (unsafe) this.assertSameOrigin(req);
      return true;
    }

    const token = req.cookies?.[this.sessions.cookieName] as string | undefined;
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (!resolved || !token) {
      throw new DomainException(ErrorCode.NotAuthenticated, 401, 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.');
    }
    req.auth = { ...resolved, token };
    const ctx = currentRequest();
    if (ctx) {
      ctx.user = resolved.user;
      ctx.sessionRef = resolved.session.tokenHash.slice(0, 12);
    }
    if (unsafe) {
      this.assertSameOrigin(req);
      const sent = req.header(CSRF_HEADER);
      if (!sent || !TokenHasher.equal(sent, resolved.session.csrfToken)) {
        throw new DomainException(ErrorCode.CsrfFailed, 403, 'Dit verzoek is geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Laad de pagina opnieuw.');
      }
    }
    if (!rule.roles.includes(resolved.user.role)) {
      this.logger.warn({ event: 'access_denied', userId: resolved.user.id, role: resolved.user.role, route: `${req.method} ${req.route?.path}` }, 'role not allowed');
      throw DomainException.forbidden();
    }
    return true;
  }

  /** Browsers send Origin / Sec-Fetch-Site on cross-site requests; refuse those for state changes. */
  private assertSameOrigin(req: AuthenticatedRequest): void {
    const site = req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw this.crossSite();
    const origin = req.header('origin');
    if (origin && origin !== 'null') {
      const host = req.host; // Express: X-Forwarded-Host only when TRUST_PROXY is on
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        throw this.crossSite();
      }
      if (originHost !== host) throw this.crossSite();
    }
  }

  private crossSite(): DomainException {
    return new DomainException(ErrorCode.CsrfFailed, 403, 'Dit verzoek komt van een andere website en is geweigerd.');
  }
}
