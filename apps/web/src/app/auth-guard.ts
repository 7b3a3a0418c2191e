import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { safeRedirectTarget } from '../lib/safe-redirect';
import { sessionQueryOptions } from '../lib/session';

export async function requireSession(queryClient: QueryClient, href: string): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions);
  if (!session) {
    throw redirect({ to: '/login', search: { redirect: href === '/' ? undefined : href } });
  }
}

export async function redirectIfSignedIn(
  queryClient: QueryClient,
  target: string | undefined,
): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions);
  if (session) throw redirect({ href: safeRedirectTarget(target) });
}
