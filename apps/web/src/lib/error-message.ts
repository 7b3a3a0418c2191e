import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api-error';

/** Human text for any thrown value: server messages are already translated; others are ours. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return t('common:errors.network');
  return t('common:errors.unexpected');
}
