import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { type Session, sessionQueryKey } from '../../../lib/session';

export interface RegisterInput {
  fullName: string;
  /** Phone number (0912345678) or email address. */
  login: string;
  password: string;
  /** The privacy notice version shown and the purposes ticked (Law 91/2025/QH15). */
  consent: { version: string; purposes: string[] };
}

/** Creates a learner account and signs it in (201 with the new session). */
export function register(input: RegisterInput): Promise<Session> {
  return apiRequest<Session>('/auth/register', { method: 'POST', body: input, skipAuthRedirect: true });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
