import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(checkPassword('kort-wachtw')).toBe('too-short');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe('too-short');
  });
  it('accepts a long passphrase without composition rules', () => {
    expect(checkPassword('fiets naar de markt op zaterdag')).toBeNull();
  });
  it('refuses passwords over the maximum length', () => {
    expect(checkPassword('x'.repeat(100) + 'y'.repeat(200))).toBe('too-long');
  });
  it('refuses repetitive passwords', () => {
    expect(checkPassword('aaaaaaaaaaaaaaa')).toBe('common');
    expect(checkPassword('abcabcabcabcabc')).toBe('common');
  });
  it('refuses passwords the common-password check knows, case-insensitively', () => {
    const common = new Set(['welkomwelkom123']);
    expect(checkPassword('WelkomWelkom123', (p) => common.has(p))).toBe('common');
    expect(checkPassword('WelkomWelkom124', (p) => common.has(p))).toBeNull();
  });
});
