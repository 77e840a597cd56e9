import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@koers/contracts';

export type PasswordProblem = 'too-short' | 'too-long' | 'common';

/**
 * The password rules (NIST SP 800-63B style): a minimum length, long passphrases allowed,
 * no composition rules, and no commonly used passwords. `isCommon` is injected so that the
 * (large) list of common passwords only has to be loaded where it is needed: on the server.
 */
export function checkPassword(password: string, isCommon: (candidate: string) => boolean = () => false): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (isCommon(password.toLowerCase()) || isRepetitive(password)) return 'common';
  return null;
}

/** "aaaaaaaaaaaa" or "abcabcabcabc": long, but trivially guessable. */
function isRepetitive(password: string): boolean {
  const chars = [...password];
  for (let size = 1; size <= 4; size++) {
    const unit = chars.slice(0, size).join('');
    if (unit.repeat(Math.ceil(chars.length / size)).slice(0, password.length) === password) return true;
  }
  return false;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden werkt goed.`,
  'too-long': `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens hebben.`,
  common: 'Dit wachtwoord wordt te vaak gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
};
