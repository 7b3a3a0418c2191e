import type { TFunction } from 'i18next';

/** The purpose's title from the notice texts; a code the app does not know yet stays readable. */
export function purposeTitle(t: TFunction, code: string): string {
  return t(`privacy:purposes.${code}.title`, { defaultValue: t('privacy:purposes.unknown', { code }) });
}

export function purposeSummary(t: TFunction, code: string): string {
  return t(`privacy:purposes.${code}.summary`, { defaultValue: '' });
}
