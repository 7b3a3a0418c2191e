// Query keys of this feature, in one place so mutations invalidate exactly what they change.
import type { LaggardKind, PlaceParams } from './types';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  campaigns: ['monitoring', 'campaigns'] as const,
  overview: (campaignId: string, place: PlaceParams, asOf: string | undefined) =>
    ['monitoring', 'overview', campaignId, place, asOf ?? null] as const,
  breakdown: (targetId: string, params: object) => ['monitoring', 'breakdown', targetId, params] as const,
  subjects: (targetId: string, params: object) => ['monitoring', 'subjects', targetId, params] as const,
  laggards: (campaignId: string, kind: LaggardKind, params: object) =>
    ['monitoring', 'laggards', campaignId, kind, params] as const,
  communeMap: (provinceCode: string) => ['monitoring', 'geo', provinceCode] as const,
  reports: ['monitoring', 'reports'] as const,
  population: (unitId: number) => ['monitoring', 'population', unitId] as const,
  reportBoard: (campaignId: string, period: string, unitId: number | undefined) =>
    ['monitoring', 'reports', campaignId, period, unitId ?? null] as const,
};
