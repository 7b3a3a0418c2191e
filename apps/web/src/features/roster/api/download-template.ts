import { buildQuery } from '../../../lib/api-client';
import type { ImportKind } from './types';

/** The template of a kind, as a plain download link (XLSX with a guide sheet, or CSV). */
export const templateHref = (kind: ImportKind, format: 'xlsx' | 'csv') =>
  `/api/imports/templates/${kind}${buildQuery({ format })}`;
