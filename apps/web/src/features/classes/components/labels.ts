// Option lists of the class forms and filters (values are the API's; labels in the classes namespace).
import type { TFunction } from 'i18next';
import type { SelectOption } from '../../../components/ui/SelectField';

export const MODES = ['online', 'in_person', 'blended'] as const;
export const KINDS = ['standard', 'tot'] as const;
export const STATUSES = ['open', 'finished', 'cancelled'] as const;
export const VENUE_KINDS = ['school', 'cultural_house', 'digital_centre', 'office', 'other'] as const;
// The audience lists are the people feature's (shared in lib/types).
export { TARGET_GROUPS, VULNERABILITIES } from '../../../lib/types';

export const optionsOf = (t: TFunction, prefix: string, values: readonly string[]): SelectOption[] =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
