import { describe, expect, it } from 'vitest';
import { isDutchPhone, telHref, WORK_PHONE_MAX } from './phone';

describe('work phone (Dutch numbers)', () => {
  it.each(['06 12345678', '0612345678', '06-12345678', '030 123 4567', '(030) 123 45 67', '+31 6 12345678', '+31612345678', '0031 30 1234567', '14 030', '14020'])('accepts %s', (value) => {
    expect(isDutchPhone(value)).toBe(true);
  });

  it.each(['', '   ', '12345', '06 1234567', '06 123456789', '+32 6 12345678', '+31 06 12345678', 'bel me', '06 1234 5678 ext', '0612345678'.padEnd(WORK_PHONE_MAX + 1, ' ') + '1', '+31-6-1234-5678-9'])('refuses %j', (value) => {
    expect(isDutchPhone(value)).toBe(false);
  });

  it('makes a tel: link of digits only', () => {
    expect(telHref('06 12 34 56 78')).toBe('tel:0612345678');
    expect(telHref('+31 (0)6')).toBe('tel:+3106');
    expect(telHref('0031 6 12345678')).toBe('tel:+31612345678');
    expect(telHref('14 030')).toBe('tel:14030');
  });
});
