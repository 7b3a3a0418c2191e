// Wire types shared by more than one feature. Feature-only shapes live in their feature.

export interface Paged<T> {
  items: T[];
  total: number;
  /** True when there are more matches than `total` (the server stops counting at 10.000). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export type UnitType = 'province' | 'city' | 'district' | 'commune' | 'ward' | 'special_zone';

export interface Unit {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  fullName: string;
  type: UnitType;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  childCount: number;
}

export interface UnitAncestor {
  id: number;
  name: string;
  fullName: string;
  type: UnitType;
}

export type UnitWithAncestors = Unit & { ancestors: UnitAncestor[] };

export const ORGANISATION_TYPES = [
  'state_agency',
  'enterprise',
  'cooperative',
  'household_business',
  'school',
  'university',
  'vocational_school',
  'community_team',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface OrganisationSummary {
  id: string;
  name: string;
  type: OrganisationType;
  unitId: number;
  unitName: string;
}

export const TARGET_GROUPS = [
  'official',
  'pupil',
  'student',
  'enterprise_worker',
  'freelancer',
  'citizen',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const VULNERABILITIES = [
  'elderly',
  'disabled',
  'ethnic_minority',
  'poor_household',
  'meritorious',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export type SortDirection<F extends string> = F | `-${F}`;
