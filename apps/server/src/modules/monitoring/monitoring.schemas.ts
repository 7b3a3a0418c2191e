import { z } from 'zod';
import { PageQuery } from '../../lib/paging.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

const isoDay = z.iso.date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD');
const Status = z.enum(['met', 'on_track', 'at_risk', 'behind', 'no_data']);
const Source = z.enum(['roster', 'official', 'mixed']);

export const CampaignParams = z.object({ id: z.string().min(1).max(120) });
export const TargetParams = z.object({ id: z.string().min(1).max(160) });

/** The place looked at: a unit of the campaign or an organisation located there (default: the widest in scope). */
export const PlaceQuery = z
  .object({
    unitId: UnitIdParam.optional(),
    organisationId: z.uuid().optional(),
    asOf: isoDay.optional(),
  })
  .strict();

export const CampaignSummary = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  status: z.enum(['active', 'closed']),
  startsOn: z.string(),
  endsOn: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  targets: z.number().int(),
});
export const CampaignsReply = z.object({ items: z.array(CampaignSummary) });

export const TemplatesReply = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      reference: z.string(),
      starts: z.string(),
      ends: z.string(),
      targets: z.array(z.object({ code: z.string(), title: z.string(), share: z.number(), due: z.string() })),
    }),
  ),
});

export const CreateCampaignBody = z
  .object({
    templateId: z.string().min(1).max(80),
    unitId: UnitId,
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{2,79}$/,
        'Mã chiến dịch: chữ thường không dấu, số, dấu gạch ngang|Lower-case letters, digits and dashes',
      )
      .optional(),
    name: z.string().trim().min(5).max(200).optional(),
    startsOn: isoDay.optional(),
    endsOn: isoDay.optional(),
  })
  .strict();

export const UpdateTargetBody = z
  .object({
    title: z.string().trim().min(5).max(300).optional(),
    targetShare: z.number().min(0).max(1).optional(),
    dueOn: isoDay.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để sửa|Nothing to change' });

const Figure = {
  achieved: z.number().int(),
  population: z.number().int(),
  populationSource: Source,
  value: z.number().nullable(),
};

export const PlaceView = z.object({
  kind: z.enum(['unit', 'organisation']),
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  trail: z.array(
    z.object({ kind: z.enum(['unit', 'organisation']), id: z.string(), name: z.string(), open: z.boolean() }),
  ),
  /** Units below this place (0 for a commune or an organisation). */
  children: z.number().int(),
});

export const OverviewReply = z.object({
  campaign: CampaignSummary.extend({ reference: z.string().nullable(), issuingBody: z.string().nullable() }),
  place: PlaceView,
  day: z.string(),
  /** People whose changes are still being counted. */
  pending: z.number().int(),
  targets: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      subject: z.enum(['person', 'household', 'organisation']),
      targetShare: z.number(),
      dueOn: z.string(),
      ...Figure,
      expected: z.number(),
      status: Status,
      trend: z.array(z.object({ day: z.string(), value: z.number().nullable() })),
    }),
  ),
});

export const BreakdownQuery = PlaceQuery.extend({
  by: z.enum(['unit', 'group', 'organisation']).default('unit'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const BreakdownReply = z.object({
  target: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    targetShare: z.number(),
    dueOn: z.string(),
  }),
  place: PlaceView,
  by: z.enum(['unit', 'group', 'organisation']),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      code: z.string().nullable(),
      drill: z.enum(['unit', 'organisation']).nullable(),
      status: Status,
      detail: z.string().nullable(),
      ...Figure,
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const SubjectsQuery = PageQuery.extend({
  unitId: UnitIdParam.optional(),
  organisationId: z.uuid().optional(),
  achieved: z.enum(['true', 'false']).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
}).strict();

export const SubjectsReply = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      unitName: z.string().nullable(),
      organisationName: z.string().nullable(),
      targetGroup: z.string(),
      achievedAt: z.string().nullable(),
      lastActiveAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const LaggardsQuery = PageQuery.extend({
  kind: z.enum(['units', 'organisations', 'people']),
  unitId: UnitIdParam.optional(),
  organisationId: z.uuid().optional(),
  /** People who learned before but not in this many days. */
  days: z.coerce.number().int().min(1).max(365).default(14),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
}).strict();

export const LaggardsReply = z.object({
  kind: z.enum(['units', 'organisations', 'people']),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      detail: z.string().nullable(),
      /** Units and organisations: targets behind or at risk, and the mean share of their targets. */
      behind: z.number().int().nullable(),
      meanValue: z.number().nullable(),
      /** People: when they last learned. */
      lastActiveAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
