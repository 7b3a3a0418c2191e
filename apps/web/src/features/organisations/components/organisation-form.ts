import type { TFunction } from 'i18next';
import type { PickedOrganisation } from '../../../components/pickers/OrganisationPicker';
import type { PickedUnit } from '../../../components/pickers/UnitPicker';
import type { OrganisationType } from '../../../lib/types';
import { emptyToNull, MIN_NAME_LENGTH } from '../../../lib/validation';
import type { Organisation, OrganisationInput } from '../api/types';

export interface OrganisationFormValues {
  name: string;
  type: OrganisationType | '';
  unit: PickedUnit | null;
  parent: PickedOrganisation | null;
  taxCode: string;
  address: string;
  workerCount: string;
}

/** Keyed like the API fields (unitId, parentId) so server `details` land in the same place. */
export type OrganisationFormErrors = Partial<Record<string, string>>;

export function errorKeyOf(key: keyof OrganisationFormValues): string {
  if (key === 'unit') return 'unitId';
  if (key === 'parent') return 'parentId';
  return key;
}

export const ORGANISATION_FIELD_ORDER = [
  'name',
  'type',
  'unitId',
  'parentId',
  'taxCode',
  'address',
  'workerCount',
];
const MAX_WORKERS = 1_000_000;

export const emptyOrganisationValues: OrganisationFormValues = {
  name: '',
  type: '',
  unit: null,
  parent: null,
  taxCode: '',
  address: '',
  workerCount: '',
};

export function valuesFromOrganisation(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    type: organisation.type,
    unit: { id: organisation.unitId, label: organisation.unitName },
    parent: organisation.parentId
      ? { id: organisation.parentId, label: organisation.parentName ?? '' }
      : null,
    taxCode: organisation.taxCode ?? '',
    address: organisation.address ?? '',
    workerCount: organisation.workerCount === null ? '' : String(organisation.workerCount),
  };
}

/** Accepts "1.234" or "1 234" as typed by Vietnamese users, returns NaN for anything else. */
function parseCount(text: string): number {
  const digits = text.replace(/[\s.]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export function validateOrganisation(values: OrganisationFormValues, t: TFunction): OrganisationFormErrors {
  const errors: OrganisationFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t('organisations:validation.nameRequired');
  else if (name.length < MIN_NAME_LENGTH)
    errors.name = t('organisations:validation.nameShort', { count: MIN_NAME_LENGTH });
  if (!values.type) errors.type = t('organisations:validation.typeRequired');
  if (!values.unit) errors.unitId = t('common:validation.unitRequired');
  if (values.taxCode.trim() && !/^\d{10}(-\d{3})?$/.test(values.taxCode.trim())) {
    errors.taxCode = t('organisations:validation.taxCode');
  }
  if (values.workerCount.trim()) {
    const count = parseCount(values.workerCount);
    if (Number.isNaN(count) || count > MAX_WORKERS)
      errors.workerCount = t('organisations:validation.workerCount');
  }
  return errors;
}

export function toOrganisationInput(values: OrganisationFormValues): OrganisationInput {
  return {
    name: values.name.trim().replace(/\s+/g, ' '),
    type: values.type as OrganisationType,
    unitId: values.unit?.id ?? 0,
    parentId: values.parent?.id ?? null,
    taxCode: emptyToNull(values.taxCode),
    address: emptyToNull(values.address),
    workerCount: values.workerCount.trim() ? parseCount(values.workerCount) : null,
  };
}
