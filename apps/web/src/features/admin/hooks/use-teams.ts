import { type CreateTeamRequest, MAX_PAGE_SIZE, type Page, type Team } from '@koers/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';
import { adminKeys } from './admin-query-keys';

/** Teams by name, a page at a time ("Meer laden"). */
export function useTeamPages() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: adminKeys.teamList,
    queryFn: ({ pageParam, signal }) => api.get<Page<Team>>('/teams', { query: { cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Every team, for a choice list. Municipalities have few teams; this follows the cursor to the end. */
export function useAllTeams() {
  const api = useApiClient();
  return useQuery({
    queryKey: adminKeys.allTeams,
    queryFn: async ({ signal }) => {
      const teams: Team[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Team> = await api.get<Page<Team>>('/teams', { query: { cursor, limit: MAX_PAGE_SIZE }, signal });
        teams.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return teams;
    },
  });
}

export function useCreateTeam() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTeamRequest) => api.post<Team>('/teams', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.teams }),
  });
}
