import type { Gender, TargetGroup, Vulnerability } from '../../../lib/types';

export interface Person {
  id: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: Gender | null;
  phone: string | null;
  email: string | null;
  /** The server never returns the full CCCD number once stored. */
  nationalIdMasked: string | null;
  unitId: number | null;
  unitName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  householdId: string | null;
  targetGroups: TargetGroup[];
  vulnerabilities: Vulnerability[];
  hasAccount: boolean;
  /** Set once the person's data was erased (name then comes back empty). */
  erasedAt?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonInput {
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: Gender | null;
  phone: string | null;
  email: string | null;
  nationalId?: string;
  unitId: number;
  organisationId: string | null;
  targetGroups: TargetGroup[];
  vulnerabilities: Vulnerability[];
}
