import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { Member, MemberStatus } from './types';

/** The people of a class with a given status (pending: the requests to approve). */
export const membersQueryOptions = (id: string, status?: MemberStatus) =>
  queryOptions({
    queryKey: classKeys.members(id, status),
    queryFn: ({ signal }) =>
      apiRequest<{ items: Member[] }>(`/classes/${id}/members`, { query: { status }, signal }),
  });
