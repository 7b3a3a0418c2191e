import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { NewActivity, TeamDetail, TeamSummary } from './types';

/** The community digital technology teams of my scope. */
export const teamsQueryOptions = () =>
  queryOptions({
    queryKey: networkKeys.teams,
    queryFn: ({ signal }) => apiRequest<{ items: TeamSummary[] }>('/network/teams', { signal }),
  });

/** One team with its members and activities. */
export const teamQueryOptions = (id: string) =>
  queryOptions({
    queryKey: networkKeys.team(id),
    queryFn: ({ signal }) => apiRequest<TeamDetail>(`/network/teams/${id}`, { signal }),
  });

function useNetworkMutation<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export const useCreateTeam = () =>
  useNetworkMutation((body: { unitId: number; name: string }) =>
    apiRequest<TeamDetail>('/network/teams', { method: 'POST', body }),
  );

/** Deletes a team; `onDone` runs before the lists refresh, so the team's page is left first. */
export function useDeleteTeam(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/network/teams/${id}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      onDone?.();
      queryClient.removeQueries({ queryKey: networkKeys.team(id) });
      return queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
}

export const useAddMember = (teamId: string) =>
  useNetworkMutation((body: { personId: string; role: 'leader' | 'member' }) =>
    apiRequest<TeamDetail>(`/network/teams/${teamId}/members`, { method: 'POST', body }),
  );

export const useRemoveMember = (teamId: string) =>
  useNetworkMutation((personId: string) =>
    apiRequest(`/network/teams/${teamId}/members/${personId}`, { method: 'DELETE' }),
  );

export const useLogActivity = (teamId: string) =>
  useNetworkMutation((body: NewActivity) =>
    apiRequest<{ id: string }>(`/network/teams/${teamId}/activities`, { method: 'POST', body }),
  );

export const useRemoveActivity = (teamId: string) =>
  useNetworkMutation((activityId: string) =>
    apiRequest(`/network/teams/${teamId}/activities/${activityId}`, { method: 'DELETE' }),
  );
