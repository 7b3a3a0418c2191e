// Request and reply schemas of the audit log: its search filters, the page and the export.
import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';

/** A calendar day "YYYY-MM-DD" (read in Vietnam time by the filters). */
const Day = z.iso
  .date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD')
  // The log starts with the platform: years outside 2000–2999 are typing mistakes, and year 0000
  // is not a date PostgreSQL knows.
  .refine((d) => d >= '2000-01-01' && d <= '2999-12-31', {
    message: 'Ngày phải trong khoảng năm 2000–2999|The date must be within the years 2000–2999',
  });

export const AuditFilterQuery = z.object({
  /** Text in the action, the target id, the details, or the actor's or target person's name. */
  q: z.string().trim().max(100).optional(),
  /** An exact action ("person.viewed"), or a prefix ending in a dot ("person.") for a family. */
  action: z.string().trim().max(100).optional(),
  actorAccountId: z.uuid().optional(),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  /** First and last day, both inclusive, in Vietnam time. */
  from: Day.optional(),
  to: Day.optional(),
});

const daysInOrder = [
  (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to,
  {
    path: ['to'],
    message: 'Ngày kết thúc không được trước ngày bắt đầu|The end date cannot come before the start date',
  },
] satisfies [unknown, { path: string[]; message: string }];

export const AuditQuery = PageQuery.extend(AuditFilterQuery.shape)
  .strict()
  .refine(...daysInOrder);
export type AuditQueryT = z.infer<typeof AuditQuery>;

export const AuditExportQuery = AuditFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') })
  .strict()
  .refine(...daysInOrder);

export type AuditFilterT = z.infer<typeof AuditFilterQuery>;

export const AuditEntryReply = z.object({
  id: z.number().int(),
  at: z.string(),
  actorAccountId: z.string().nullable(),
  /** The full name of the person behind the actor's account (null for the system). */
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  /** The full name of the target person, when the target is a person. */
  targetName: z.string().nullable(),
  details: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const AuditReply = Page(AuditEntryReply);
