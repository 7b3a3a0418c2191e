import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';
import { purposeCodes } from './privacy.catalog.ts';

export const PurposeCode = z.enum(purposeCodes as [string, ...string[]]);

/** The consent given with a registration or on the privacy screen. */
export const ConsentInput = z
  .object({
    version: z.string().trim().min(1).max(40),
    purposes: z
      .array(z.string().trim().min(1).max(60))
      .max(20)
      .transform((xs) => [...new Set(xs)]),
  })
  .strict();
export type ConsentInputT = z.infer<typeof ConsentInput>;

export const NoticeReply = z.object({
  version: z.string(),
  purposes: z.array(z.object({ code: z.string(), required: z.boolean() })),
});

export const ErasureStatus = z.enum(['pending', 'completed', 'rejected', 'cancelled']);

export const ErasureRequestReply = z.object({
  id: z.string(),
  status: ErasureStatus,
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const MyPrivacyReply = z.object({
  noticeVersion: z.string(),
  consents: z.array(
    z.object({
      purpose: z.string(),
      version: z.string(),
      grantedAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  erasureRequest: ErasureRequestReply.nullable(),
});

// Bodies with only optional fields may be left out altogether.
export const MyErasureBody = z
  .object({ reason: z.string().trim().max(1000).optional() })
  .strict()
  .default({});
export const OfficerErasureBody = MyErasureBody;

export const ErasureListQuery = PageQuery.extend({
  status: ErasureStatus.optional(),
  /** One person's requests (the console's person page). */
  personId: z.uuid().optional(),
}).strict();

export const ErasureListItem = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  status: ErasureStatus,
  reason: z.string().nullable(),
  requestedAt: z.string(),
  requestedBy: z.enum(['self', 'officer']),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const ErasureListReply = Page(ErasureListItem);

export const ErasureParams = z.object({ id: z.uuid() }).strict();
export const PersonIdParams = z.object({ id: z.uuid() }).strict();

export const ConfirmErasureBody = z
  .object({ note: z.string().trim().max(1000).optional() })
  .strict()
  .default({});
export const RejectErasureBody = z
  .object({
    note: z
      .string()
      .trim()
      .min(
        5,
        'Cần ghi lý do từ chối (ít nhất 5 ký tự)|Give the reason for the refusal (at least 5 characters)',
      )
      .max(1000),
  })
  .strict();

/** The download: one object per section (see privacy.catalog); rows as stored, secrets left out. */
export const DataExportReply = z.record(z.string(), z.unknown());
