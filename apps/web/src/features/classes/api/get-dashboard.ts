import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { Dashboard } from './types';

/** A class's dashboard: summary, each member's progress and flags, questions to re-teach, news. */
export const dashboardQueryOptions = (id: string) =>
  queryOptions({
    queryKey: classKeys.dashboard(id),
    queryFn: ({ signal }) => apiRequest<Dashboard>(`/classes/${id}/dashboard`, { signal }),
    // Progress moves while the trainer watches (learners learn during the session).
    refetchInterval: 30_000,
  });

/** Files of the class: the A4 poster, the join QR, the member list as a spreadsheet. */
export const posterUrl = (id: string) => `/api/classes/${id}/poster.pdf`;
export const joinQrUrl = (id: string) => `/api/classes/${id}/qr.svg`;
export const membersFileUrl = (id: string, format: 'csv' | 'xlsx') => `/api/classes/${id}/members.${format}`;
