import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { type Session, sessionQueryKey } from '../../../lib/session';

export interface LoginInput {
  /** Phone number (0912345678) or email address. */
  login: string;
  password: string;
}

export function login(input: LoginInput): Promise<Session> {
  // A wrong password is a 401 too; it must show on the form, not bounce to /login.
  return apiRequest<Session>('/auth/login', { method: 'POST', body: input, skipAuthRedirect: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Data cached for a previous user must never leak into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
