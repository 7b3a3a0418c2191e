import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { safeRedirectTarget } from '../lib/safe-redirect';
import { isLearnerOnly, sessionQueryOptions } from '../lib/session';

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

/** The console home is for staff; an account that only learns is sent to the learner app. */
export async function redirectLearnerToLearn(queryClient: QueryClient): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions);
  if (isLearnerOnly(session)) throw redirect({ to: '/learn', replace: true });
}
