import { pickEnum, pickPage, pickPositiveInt, pickString } from '../../../lib/search-params';
import { ORGANISATION_TYPES, type OrganisationType } from '../../../lib/types';

export const ORGANISATION_SORTS = ['name', '-name', '-createdAt', 'createdAt'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
export const DEFAULT_ORGANISATION_SORT: OrganisationSort = 'name';

export interface OrganisationsSearch {
  q?: string;
  page?: number;
  sort?: OrganisationSort;
  type?: OrganisationType;
  unitId?: number;
}

export function validateOrganisationsSearch(raw: Record<string, unknown>): OrganisationsSearch {
  return {
    q: pickString(raw.q),
    page: pickPage(raw.page),
    sort: pickEnum(raw.sort, ORGANISATION_SORTS),
    type: pickEnum(raw.type, ORGANISATION_TYPES),
    unitId: pickPositiveInt(raw.unitId),
  };
}
