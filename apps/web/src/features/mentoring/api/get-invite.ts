import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';
import type { Invite } from './types';

/** A mentor's invitation by its code, and whether I can accept it. */
export const inviteQueryOptions = (code: string) =>
  queryOptions({
    queryKey: mentoringKeys.invite(code),
    queryFn: ({ signal }) => apiRequest<Invite>(`/mentoring/invites/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });
