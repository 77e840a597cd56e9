/** A page of a keyset-paginated list. Pass `nextCursor` as `cursor` to get the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
