/**
 * A staff member's work phone number (shown to the jongere as "Bel <naam>"). Dutch numbers only:
 * a 10-digit national number (06 12345678, 030-123 45 67), the same with +31 or 0031
 * (+31 6 12345678), or a gemeente's 14 + area code number (14 030). Spaces, dashes and a pair of
 * brackets around the area code are allowed while typing; at most WORK_PHONE_MAX characters.
 */
export const WORK_PHONE_MAX = 20;

export const WORK_PHONE_MESSAGE = 'Vul een Nederlands telefoonnummer in, bijvoorbeeld 06 12345678, 030 123 4567 of +31 6 12345678.';

const digitsOf = (value: string) => value.replace(/[\s\-()]/g, '');

export function isDutchPhone(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > WORK_PHONE_MAX) return false;
  if (!/^\+?[0-9\s\-()]+$/.test(trimmed)) return false;
  const digits = digitsOf(trimmed);
  return /^(0[1-9][0-9]{8}|\+31[1-9][0-9]{8}|0031[1-9][0-9]{8}|140[1-9][0-9]{1,2})$/.test(digits);
}

/** The number as a tel: link (digits, and a leading + for an international number). */
export function telHref(value: string): string {
  const digits = digitsOf(value.trim());
  return `tel:${digits.startsWith('0031') ? `+31${digits.slice(4)}` : digits}`;
}
