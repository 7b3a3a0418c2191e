import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';

/** Unit ids are PostgreSQL `integer` identities: no larger number can name a unit. */
export const UNIT_ID_MAX = 2_147_483_647;
/** A unit id in a JSON body. */
export const UnitId = z.number().int().positive().max(UNIT_ID_MAX);
/** A unit id in a query string or a path (text, coerced). */
export const UnitIdParam = z.coerce.number().int().positive().max(UNIT_ID_MAX);

export const UnitType = z.enum(['province', 'city', 'district', 'commune', 'ward', 'special_zone']);

export const UnitReply = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  fullName: z.string(),
  type: UnitType,
  parentId: z.number().int().nullable(),
  /** Full name of the parent (the province of a commune), to tell same-named communes apart. */
  parentName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});

export const UnitDetailReply = UnitReply.extend({
  ancestors: z.array(
    z.object({ id: z.number().int(), name: z.string(), fullName: z.string(), type: UnitType }),
  ),
});

export const UnitsQuery = PageQuery.extend({
  parentId: UnitIdParam.optional(),
  q: z.string().trim().max(100).optional(),
  type: UnitType.optional(),
  /** Include units no longer valid (pre-reform structure). */
  includeHistoric: z.enum(['true', 'false']).optional(),
}).strict();

export const UnitsReply = Page(UnitReply);
export const UnitParams = z.object({ id: UnitIdParam }).strict();
