import type { SessionResponse } from '@koers/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { type AuthUser, toCurrentUser } from './auth-user';
import { SessionEntity } from './session.entity';
import { TokenHasher } from './token-hasher';

const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  ip: string | null;
  name: string;
  email: string | null;
  role: AuthUser['role'];
  team_id: string | null;
  team_name: string | null;
}

/**
 * Server-side sessions: a random token in an httpOnly cookie, a keyed hash of it in the database,
 * an idle and an absolute timeout. Independent of how the user proved who they are (local password
 * now; an OIDC strategy can create sessions the same way).
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenHasher,
  ) {}

  get cookieName(): string {
    return this.config.secureCookies ? '__Host-koers_session' : 'koers_session';
  }

  /** Starts a new session (always a new id: no session fixation). */
  async create(user: AuthUser, ip: string | undefined): Promise<{ token: string; session: SessionEntity }> {
    const token = this.tokens.newToken();
    const now = new Date();
    const absolute = new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
    const session = this.db.getRepository(SessionEntity).create({
      tokenHash: this.tokens.hash('session', token),
      userId: user.id,
      csrfToken: this.tokens.newToken(24),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: this.idleExpiry(now, absolute),
      absoluteExpiresAt: absolute,
      ip: ip ?? null,
    });
    await this.db.getRepository(SessionEntity).insert(session);
    // Housekeeping: drop this user's expired sessions.
    await this.db.query(`DELETE FROM user_session WHERE user_id = $1 AND (idle_expires_at < now() OR absolute_expires_at < now())`, [user.id]);
    return { token, session };
  }

  /** The session and user for a cookie token, or null when unknown, expired or the account is inactive. */
  async resolve(token: string): Promise<{ user: AuthUser; session: SessionEntity } | null> {
    const tokenHash = this.tokens.hash('session', token);
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.*, u.name, u.email, u.role, u.team_id, t.name AS team_name
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id AND u.active
         LEFT JOIN team t ON t.id = u.team_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    const now = new Date();
    if (row.idle_expires_at <= now || row.absolute_expires_at <= now) {
      await this.db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
      return null;
    }
    const session = this.db.getRepository(SessionEntity).create({
      tokenHash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      idleExpiresAt: row.idle_expires_at,
      absoluteExpiresAt: row.absolute_expires_at,
      ip: row.ip,
    });
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      session.lastSeenAt = now;
      session.idleExpiresAt = this.idleExpiry(now, row.absolute_expires_at);
      await this.db.query(`UPDATE user_session SET last_seen_at = $2, idle_expires_at = $3 WHERE token_hash = $1`, [
        tokenHash,
        session.lastSeenAt,
        session.idleExpiresAt,
      ]);
    }
    const user: AuthUser = { id: row.user_id, name: row.name, email: row.email, role: row.role, teamId: row.team_id, teamName: row.team_name };
    return { user, session };
  }

  async destroyByToken(token: string): Promise<void> {
    await this.destroy(this.tokens.hash('session', token));
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
  }

  /** Ends every session of a user at once (deactivation, password change). */
  async destroyAllFor(userId: string, runner: Pick<DataSource, 'query'> = this.db): Promise<void> {
    await runner.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }

  toResponse(user: AuthUser, session: SessionEntity): SessionResponse {
    return {
      user: toCurrentUser(user),
      csrfToken: session.csrfToken,
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    };
  }

  setCookie(res: Response, token: string, session: SessionEntity): void {
    res.cookie(this.cookieName, token, { ...this.cookieOptions(), expires: session.absoluteExpiresAt });
  }

  clearCookie(res: Response): void {
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }

  private idleExpiry(now: Date, absolute: Date): Date {
    return new Date(Math.min(now.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000, absolute.getTime()));
  }
}
