import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST', skipAuthRedirect: true });
}

export function logoutEverywhere(): Promise<void> {
  return apiRequest<void>('/auth/logout-all', { method: 'POST', skipAuthRedirect: true });
}

/** Forget everything about the signed-in user locally, whatever the server said. */
function useEndLocalSession() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async () => {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(sessionQueryKey, null);
    await router.navigate({ to: '/login' });
  };
}

export function useLogout() {
  const end = useEndLocalSession();
  // An already-expired session still counts as signed out, so errors end the session too.
  return useMutation({ mutationFn: logout, onSettled: end });
}

export function useLogoutEverywhere() {
  const end = useEndLocalSession();
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: end });
}
