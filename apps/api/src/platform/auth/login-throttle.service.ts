import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainException, ErrorCode } from '../errors/domain.exception';
import { TokenHasher } from './token-hasher';

/**
 * Counts failed logins per account (keyed by a hash of the e-mail address, so the table holds no
 * addresses) in the database, so the limit holds across restarts and several app instances.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenHasher,
  ) {}

  key(email: string): string {
    return this.tokens.hash('login', email.trim().toLowerCase());
  }

  /** Throws 429 (with Retry-After) while the account is locked. */
  async assertNotLocked(key: string): Promise<void> {
    const rows: { seconds: number }[] = await this.db.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle WHERE account_key = $1 AND locked_until > now()`,
      [key],
    );
    if (rows[0]) throw this.locked(rows[0].seconds);
  }

  /** Records a failure; locks the account when the limit is reached. */
  async recordFailure(key: string, userId: string | null): Promise<void> {
    const window = `${this.config.LOGIN_LOCK_MINUTES} minutes`;
    const rows: { failures: number }[] = await this.db.query(
      `INSERT INTO login_throttle (account_key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (account_key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at < now() - $2::interval THEN 1 ELSE login_throttle.failures + 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at < now() - $2::interval THEN now() ELSE login_throttle.window_started_at END
       RETURNING failures`,
      [key, window],
    );
    const failures = rows[0]?.failures ?? 0;
    this.logger.warn({ event: 'login_failed', userId, failures }, 'failed login');
    if (failures >= this.config.LOGIN_MAX_FAILURES) {
      await this.db.query(
        `UPDATE login_throttle SET locked_until = now() + $2::interval, failures = 0, window_started_at = now() WHERE account_key = $1`,
        [key, window],
      );
      this.logger.warn({ event: 'login_locked', userId, minutes: this.config.LOGIN_LOCK_MINUTES }, 'login locked after repeated failures');
    }
  }

  async reset(key: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE account_key = $1`, [key]);
  }

  private locked(seconds: number): DomainException {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new DomainException(ErrorCode.LoginLocked, 429, `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`, {
      headers: { 'Retry-After': String(Math.max(1, seconds)) },
    });
  }
}
