import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';

export interface PopulationFigure {
  key: string;
  unitId: number | null;
  unitName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  value: number;
  source: string;
  asOf: string;
}

export interface PopulationFigures {
  keys: { key: string; label: string }[];
  items: PopulationFigure[];
}

export interface SetPopulationFigure {
  key: string;
  unitId: number;
  value: number;
  source: string;
  asOf: string;
}

/** The official figures of a unit and the units below it. */
export const populationFiguresQueryOptions = (unitId: number) =>
  queryOptions({
    queryKey: monitoringKeys.population(unitId),
    queryFn: ({ signal }) =>
      apiRequest<PopulationFigures>('/monitoring/population-figures', { query: { unitId }, signal }),
  });

/** Enters or corrects one figure; the dashboards divide by it at once. */
export function useSetPopulationFigure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPopulationFigure) =>
      apiRequest<{ key: string; value: number }>('/monitoring/population-figures', { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
}
