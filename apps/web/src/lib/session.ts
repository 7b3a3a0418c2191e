import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from './api-client';
import { ApiError } from './api-error';

// The signed-in session is shared by the router guard, the layout shell and several features,
// so it lives here rather than in a feature.

export type RoleName =
  | 'system_admin'
  | 'campaign_office'
  | 'unit_officer'
  | 'organisation_officer'
  | 'trainer'
  | 'mentor'
  | 'content_author'
  | 'content_reviewer'
  | 'learner';

export interface RoleAssignment {
  id: string;
  role: RoleName;
  unitId: number | null;
  unitName: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

export interface Session {
  account: { id: string; phone: string | null; email: string | null };
  person: { id: string; fullName: string; unitId: number | null };
  roles: RoleAssignment[];
  permissions: string[];
  csrfToken: string;
}

export const sessionQueryKey = ['session'] as const;

/** Resolves to null when nobody is signed in (401), so the guard can redirect without throwing. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>('/auth/session', { skipAuthRedirect: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

/** For components rendered under the guarded layout, where a session is known to exist. */
export function useSession(): Session {
  const { data } = useQuery(sessionQueryOptions);
  if (!data) throw new Error('useSession() used outside the signed-in area');
  return data;
}

export function hasPermission(session: Session | null | undefined, permission: string): boolean {
  return Boolean(session?.permissions.includes(permission));
}

/** A learner without any console role: their home is the learner app (/learn), not the console. */
export function isLearnerOnly(session: Session | null | undefined): boolean {
  return Boolean(session && session.roles.length > 0 && session.roles.every((r) => r.role === 'learner'));
}
