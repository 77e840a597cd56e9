import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../../api/api-context';
import { PATHS } from '../../../routing/paths';
import { endSession, forgetUserData } from './use-session';

export function useLogout() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', undefined, { anonymous: true }),
    // Also when the server says the session had already ended: the user wanted out, and is out.
    onSettled: async () => {
      endSession(queryClient, 'logout');
      await navigate(PATHS.login, { replace: true, state: { loggedOut: true } });
      forgetUserData(queryClient);
    },
  });
}
