import { pickEnum, pickPage, pickPositiveInt, pickString } from '../../../lib/search-params';
import { TARGET_GROUPS, type TargetGroup, VULNERABILITIES, type Vulnerability } from '../../../lib/types';

export const PEOPLE_SORTS = ['-createdAt', 'createdAt', 'fullName', '-fullName'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const DEFAULT_PEOPLE_SORT: PeopleSort = '-createdAt';

export interface PeopleSearch {
  q?: string;
  page?: number;
  sort?: PeopleSort;
  targetGroup?: TargetGroup;
  vulnerability?: Vulnerability;
  unitId?: number;
}

export function validatePeopleSearch(raw: Record<string, unknown>): PeopleSearch {
  return {
    q: pickString(raw.q),
    page: pickPage(raw.page),
    sort: pickEnum(raw.sort, PEOPLE_SORTS),
    targetGroup: pickEnum(raw.targetGroup, TARGET_GROUPS),
    vulnerability: pickEnum(raw.vulnerability, VULNERABILITIES),
    unitId: pickPositiveInt(raw.unitId),
  };
}
