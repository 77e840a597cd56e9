import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per account key (keyed hash of the lower-cased e-mail address). */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ name: 'account_key', type: 'text' })
  accountKey!: string;

  @Column({ type: 'int' })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
