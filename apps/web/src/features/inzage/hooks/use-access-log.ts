import type { AccessLogPage } from '@koers/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export const inzageKeys = {
  accessLog: ['me', 'access-log'] as const,
};

/** Where the two downloads are (same origin, the session cookie goes along). */
export const INZAGE_DOWNLOADS = {
  pdf: '/api/me/inzage.pdf',
  json: '/api/me/inzage',
} as const;

/** "Wie keek er in jouw dossier": newest first, a page at a time ("Meer laden"). */
export function useAccessLog() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: inzageKeys.accessLog,
    queryFn: ({ pageParam, signal }) => api.get<AccessLogPage>('/me/access-log', { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
