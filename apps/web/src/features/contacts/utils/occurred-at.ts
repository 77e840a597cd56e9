/** Local date and time of the user's device, as the values of `<input type="date">` and `<input type="time">`. */
export function localDateAndTime(now: Date = new Date()): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The moment a user typed (a date and a time on their own clock) as an ISO timestamp with their
 * time zone offset, e.g. '2027-03-12T14:30:00+01:00' — what the API asks for. Null when the date or
 * time is not valid (such as 31 February, or 25:00).
 */
export function toZonedIso(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const local = new Date(y, m - 1, day, h, min);
  if (local.getFullYear() !== y || local.getMonth() !== m - 1 || local.getDate() !== day || local.getHours() !== h || local.getMinutes() !== min) {
    // Not a real date, or a time that does not exist on this clock (the hour skipped in spring).
    return null;
  }
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
