import { buildQuery } from '../../../lib/api-client';

/** The full error report of an import (every rejected row), as a plain download link. */
export const errorReportHref = (id: string, format: 'csv' | 'xlsx') =>
  `/api/imports/${id}/errors${buildQuery({ format })}`;
