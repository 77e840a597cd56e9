import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/** The hash purpose of "nieuw wachtwoord kiezen" links: such a token can never match an activation link, and back. */
export const PASSWORD_RESET_TOKEN = 'password_reset';

/** Random tokens for cookies and links; only their keyed hash (HMAC-SHA256 with SECRET_KEY) is stored. */
@Injectable()
export class TokenHasher {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  newToken(bytes = 32): string {
    return randomBytes(bytes).toString('base64url');
  }

  hash(purpose: string, token: string): string {
    return createHmac('sha256', this.config.SECRET_KEY).update(`${purpose}:${token}`).digest('base64url');
  }

  static equal(a: string, b: string): boolean {
    const ba = Buffer.from(a);
    const bb = Buffer.from(b);
    return ba.length === bb.length && timingSafeEqual(ba, bb);
  }
}
