import { hash, verify } from '@node-rs/argon2';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '../errors/domain.exception';

let commonPasswords: Set<string> | undefined;

function isCommonPassword(candidate: string): boolean {
  if (!commonPasswords) {
    // ~50,000 most used passwords (zxcvbn's list); loaded on first use only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return commonPasswords.has(candidate);
}

/** argon2id hashing (OWASP parameters: 19 MiB, 2 iterations) and the password policy. */
@Injectable()
export class PasswordService {
  /** A hash to verify against when the account does not exist, so timing does not reveal which e-mails exist. */
  private dummyHash?: Promise<string>;

  async hash(password: string): Promise<string> {
    return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.dummyHash ??= this.hash('koers-dummy-password-for-timing');
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }

  /** Throws a 400 with a Dutch message on `field` when the password breaks the policy. */
  assertAcceptable(password: string, field = 'password'): void {
    const problem = checkPassword(password, isCommonPassword);
    if (problem) {
      throw new DomainException(ErrorCode.PasswordRejected, 400, 'Kies een ander wachtwoord.', {
        errors: [{ field, message: PASSWORD_PROBLEM_MESSAGES[problem] }],
      });
    }
  }
}
