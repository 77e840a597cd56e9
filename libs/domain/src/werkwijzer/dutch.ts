/** Small helpers for the Dutch sentences the checks produce. */

/** "1 mijlpaal", "3 mijlpalen" */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a en b", "a, b en c" */
export function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** A title in quotes, shortened when long. */
export function quoted(title: string, max = 60): string {
  const t = title.trim();
  return `‘${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}’`;
}

/** Up to `max` quoted titles, then "en N andere". */
export function quotedList(titles: readonly string[], max = 3): string {
  const shown = titles.slice(0, max).map((t) => quoted(t));
  const rest = titles.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} en ${count(rest, 'ander', 'andere')}` : listNl(shown);
}

/** Joins sentence parts into one sentence that starts with a capital and ends with a full stop. */
export function sentence(parts: readonly string[]): string {
  const text = parts.filter(Boolean).join('; ');
  if (!text) return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
