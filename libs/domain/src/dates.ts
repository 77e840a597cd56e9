/** Calendar dates as 'YYYY-MM-DD' strings (no time zone surprises). */
export type IsoDate = string;

export function parseIsoDate(value: IsoDate): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not an ISO date: ${value}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function toIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in the Netherlands, as an ISO date. */
export function todayInNl(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Adds years to a date; 29 February becomes 28 February in a non-leap year (as PostgreSQL does). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { y, m, d } = parseIsoDate(date);
  const ny = y + years;
  const last = new Date(Date.UTC(ny, m, 0)).getUTCDate();
  return toIsoDate(ny, m, Math.min(d, last));
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parseIsoDate(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return toIsoDate(ny, nm, Math.min(d, last));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = parseIsoDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Age in whole years on a given day. */
export function ageOn(dateOfBirth: IsoDate, day: IsoDate): number {
  const b = parseIsoDate(dateOfBirth);
  const t = parseIsoDate(day);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age--;
  return age;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "12 maart 2027" */
export function formatDateNl(date: IsoDate): string {
  const { y, m, d } = parseIsoDate(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
