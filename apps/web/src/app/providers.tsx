import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { Suspense } from 'react';
import { Loading } from '../components/ui/Loading';
import { ToastProvider } from '../components/ui/Toast';
import { setUnauthenticatedHandler } from '../lib/api-client';
import { sessionQueryKey } from '../lib/session';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

// Created once per page load, outside React: StrictMode runs state initialisers twice, and the
// 401 hook must point at the router that is actually rendered.
function createApp() {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);

  // Any API call answering 401 UNAUTHENTICATED means the session expired or was revoked
  // elsewhere ("sign out everywhere"): drop cached data and send the user to sign in again.
  setUnauthenticatedHandler(() => {
    const { pathname, href } = router.state.location;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData(sessionQueryKey, null);
    if (pathname !== '/login') {
      void router.navigate({ to: '/login', search: { redirect: href } });
    }
  });

  return { queryClient, router };
}

const { queryClient, router } = createApp();

export function AppProviders() {
  return (
    <QueryClientProvider client={queryClient}>
      <Suspense fallback={<Loading />}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </Suspense>
    </QueryClientProvider>
  );
}
