import { pickEnum } from '../../../lib/search-params';
import { IMPORT_KINDS, type ImportKind } from '../api/types';

export interface ImportsSearch {
  kind?: ImportKind;
  /** The import shown (and followed while it runs). */
  job?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateImportsSearch(raw: Record<string, unknown>): ImportsSearch {
  return {
    kind: pickEnum(raw.kind, IMPORT_KINDS),
    job: typeof raw.job === 'string' && UUID.test(raw.job) ? raw.job : undefined,
  };
}
