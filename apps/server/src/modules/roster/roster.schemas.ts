import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';
import { importKinds } from './roster.types.ts';

export const ImportKind = z.enum(importKinds);
export const ImportStatus = z.enum(['queued', 'running', 'completed', 'failed']);

export const TemplateParams = z.object({ kind: ImportKind }).strict();
export const TemplateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict();

export const UploadQuery = z
  .object({
    kind: ImportKind,
    fileName: z
      .string()
      .trim()
      .min(1, 'Cần tên tệp|The file name is required')
      .max(255, 'Tên tệp tối đa 255 ký tự|The file name can have at most 255 characters'),
  })
  .strict();

export const ImportParams = z.object({ id: z.uuid() }).strict();
export const ImportsQuery = PageQuery.strict();
export const ErrorReportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }).strict();

export const RowProblemReply = z.object({
  /** Spreadsheet row number: the header is row 1. */
  row: z.number().int(),
  /** The column's header. */
  column: z.string(),
  message: z.string(),
});

export const ImportSummaryReply = z.object({
  id: z.string(),
  kind: ImportKind,
  status: ImportStatus,
  fileName: z.string(),
  /** Data rows in the file (empty rows not counted). */
  total: z.number().int(),
  /** Rows dealt with so far (written, unchanged or rejected). */
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows rejected (not imported) because of at least one problem. */
  failed: z.number().int(),
  /** Problems found (a rejected row can have several). */
  errorCount: z.number().int(),
  message: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const ImportJobReply = ImportSummaryReply.extend({
  /** The first 200 problems; the full list is in the error report. */
  errors: z.array(RowProblemReply),
});

export const ImportsReply = Page(ImportSummaryReply);
