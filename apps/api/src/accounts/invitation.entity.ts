import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time link: an activation link with which a jongere sets a first password, or a "nieuw
 * wachtwoord kiezen" link for an active account (`purpose`). Only a keyed hash of the token is stored.
 */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** The jongere's account, created inactive with the invitation. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'text', default: 'activation' })
  purpose!: 'activation' | 'password_reset';

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
