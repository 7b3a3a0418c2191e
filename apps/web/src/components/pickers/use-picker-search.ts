import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../lib/error-message';
import { MIN_SEARCH_LENGTH } from './picker-queries';

/** The one-line message a picker shows instead of options. */
export function pickerStatus(
  text: string,
  query: UseQueryResult<{ items: unknown[] }>,
  t: TFunction,
): string {
  if (text.trim().length < MIN_SEARCH_LENGTH) return t('picker.typeMore', { count: MIN_SEARCH_LENGTH });
  if (query.isError) return errorMessage(query.error, t);
  if (query.isFetching || !query.data) return t('picker.searching');
  if (query.data.items.length === 0) return t('picker.noMatches');
  return '';
}
