import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '@koers/contracts';
import { DomainException } from '../errors/domain.exception';

/** Opaque cursors for keyset pagination: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through
  }
  throw DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
}

export function pageSize(limit: number | undefined): number {
  return Math.min(Math.max(limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells whether there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, key: (row: R) => (string | number | null)[]): Page<T> {
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: hasMore && last ? encodeCursor(key(last)) : null };
}
