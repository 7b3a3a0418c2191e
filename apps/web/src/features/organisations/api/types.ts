import type { OrganisationType } from '../../../lib/types';

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  unitId: number;
  unitName: string;
  parentId: string | null;
  parentName: string | null;
  taxCode: string | null;
  address: string | null;
  workerCount: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  unitId: number;
  parentId: string | null;
  taxCode: string | null;
  address: string | null;
  workerCount: number | null;
}
