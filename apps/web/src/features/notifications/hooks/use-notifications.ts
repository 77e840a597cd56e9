import type { AppNotification, MarkAllNotificationsReadResult, NotificationPage, UnreadNotificationCount } from '@koers/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/api-context';

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: ['notifications', 'list'] as const,
};

/**
 * The unread count for the bell. No polling on a timer: that would keep an idle session alive.
 * It refreshes on navigation back to the window and after every handover write.
 */
export function useUnreadCount() {
  const api = useApiClient();
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: ({ signal }) => api.get<UnreadNotificationCount>('/notifications/unread-count', { signal }),
  });
}

export function useNotifications(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => api.get<NotificationPage>('/notifications', { query: { limit: 20 }, signal }),
    enabled,
  });
}

export function useMarkRead() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null): Promise<AppNotification | MarkAllNotificationsReadResult> =>
      id ? api.post<AppNotification>(`/notifications/${id}/read`, {}) : api.post<MarkAllNotificationsReadResult>('/notifications/read-all', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
