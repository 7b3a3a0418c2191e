import type { TFunction } from 'i18next';
import type { PickedOrganisation } from '../../../components/pickers/OrganisationPicker';
import type { PickedUnit } from '../../../components/pickers/UnitPicker';
import { formatIsoDay, parseDisplayDay } from '../../../lib/format';
import type { Gender, TargetGroup, Vulnerability } from '../../../lib/types';
import {
  emptyToNull,
  isBirthYear,
  isEmail,
  isNationalId,
  isPhone,
  MIN_BIRTH_YEAR,
  MIN_NAME_LENGTH,
  normalisePhone,
} from '../../../lib/validation';
import type { Person, PersonInput } from '../api/types';

// Form state is kept as display strings (dd/MM/yyyy, free text) and converted to the API shape
// only on submit, so half-typed values never get lost or reformatted under the cursor.

export interface PersonFormValues {
  fullName: string;
  birthDate: string;
  birthYear: string;
  gender: Gender | '';
  phone: string;
  email: string;
  nationalId: string;
  unit: PickedUnit | null;
  organisation: PickedOrganisation | null;
  targetGroups: TargetGroup[];
  vulnerabilities: Vulnerability[];
}

/** Keyed like the API fields (unitId, not unit) so server `details` land in the same place. */
export type PersonFormErrors = Partial<Record<string, string>>;

export function errorKeyOf(key: keyof PersonFormValues): string {
  if (key === 'unit') return 'unitId';
  if (key === 'organisation') return 'organisationId';
  return key;
}

/** Form order, used to focus the first invalid field. */
export const PERSON_FIELD_ORDER = [
  'fullName',
  'birthDate',
  'birthYear',
  'gender',
  'phone',
  'email',
  'nationalId',
  'unitId',
  'organisationId',
  'targetGroups',
  'vulnerabilities',
];

export const emptyPersonValues: PersonFormValues = {
  fullName: '',
  birthDate: '',
  birthYear: '',
  gender: '',
  phone: '',
  email: '',
  nationalId: '',
  unit: null,
  organisation: null,
  targetGroups: [],
  vulnerabilities: [],
};

export function valuesFromPerson(person: Person): PersonFormValues {
  return {
    fullName: person.fullName,
    birthDate: formatIsoDay(person.birthDate),
    birthYear: person.birthYear ? String(person.birthYear) : '',
    gender: person.gender ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    nationalId: '', // empty keeps the stored number; only the masked value is ever sent to us
    unit: person.unitId ? { id: person.unitId, label: person.unitName ?? String(person.unitId) } : null,
    organisation: person.organisationId
      ? { id: person.organisationId, label: person.organisationName ?? '' }
      : null,
    targetGroups: person.targetGroups,
    vulnerabilities: person.vulnerabilities,
  };
}

export function validatePerson(values: PersonFormValues, t: TFunction): PersonFormErrors {
  const errors: PersonFormErrors = {};
  const name = values.fullName.trim();
  if (!name) errors.fullName = t('common:validation.fullNameRequired');
  else if (name.length < MIN_NAME_LENGTH)
    errors.fullName = t('common:validation.fullNameShort', { count: MIN_NAME_LENGTH });

  const birthDate = values.birthDate.trim() ? parseDisplayDay(values.birthDate) : null;
  if (values.birthDate.trim()) {
    const today = new Date().toISOString().slice(0, 10);
    if (!birthDate) errors.birthDate = t('common:validation.birthDate');
    else if (birthDate > today || Number(birthDate.slice(0, 4)) < MIN_BIRTH_YEAR) {
      errors.birthDate = t('common:validation.birthDateRange');
    }
  }
  if (values.birthYear.trim()) {
    if (!isBirthYear(values.birthYear)) errors.birthYear = t('common:validation.birthYear');
    else if (birthDate && birthDate.slice(0, 4) !== values.birthYear.trim()) {
      errors.birthYear = t('common:validation.birthYearMismatch');
    }
  }
  if (values.phone.trim() && !isPhone(values.phone)) errors.phone = t('common:validation.phone');
  if (values.email.trim() && !isEmail(values.email)) errors.email = t('common:validation.email');
  if (values.nationalId.trim() && !isNationalId(values.nationalId)) {
    errors.nationalId = t('common:validation.nationalId');
  }
  if (!values.unit) errors.unitId = t('common:validation.unitRequired');
  return errors;
}

/** API body; call only after validatePerson() found nothing (unit is then set). */
export function toPersonInput(values: PersonFormValues): PersonInput {
  const birthDate = values.birthDate.trim() ? parseDisplayDay(values.birthDate) : null;
  const birthYear = birthDate
    ? Number(birthDate.slice(0, 4))
    : values.birthYear.trim()
      ? Number(values.birthYear)
      : null;
  const nationalId = values.nationalId.replace(/\s/g, '');
  return {
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    birthDate,
    birthYear,
    gender: values.gender || null,
    phone: values.phone.trim() ? normalisePhone(values.phone) : null,
    email: emptyToNull(values.email),
    ...(nationalId ? { nationalId } : {}),
    unitId: values.unit?.id ?? 0,
    organisationId: values.organisation?.id ?? null,
    targetGroups: values.targetGroups,
    vulnerabilities: values.vulnerabilities,
  };
}
