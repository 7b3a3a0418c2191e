import type { Localized } from '../api/types';

/** Picks the text for the UI language; Vietnamese is the fallback. */
export function localized(text: Localized, language: string | undefined): string {
  return language === 'en' ? text.en || text.vi : text.vi || text.en;
}
