import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

export const OrganisationType = z.enum([
  'state_agency',
  'enterprise',
  'cooperative',
  'household_business',
  'school',
  'university',
  'vocational_school',
  'community_team',
]);

const name = z
  .string()
  .trim()
  .min(2, 'Tên tổ chức cần ít nhất 2 ký tự|The name needs at least 2 characters')
  .max(200, 'Tên tổ chức tối đa 200 ký tự|The name can have at most 200 characters');

export const CreateOrganisationBody = z
  .object({
    name,
    type: OrganisationType,
    unitId: UnitId,
    parentId: z.uuid().nullish(),
    taxCode: z
      .string()
      .trim()
      .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (hoặc 10-3)|A tax code has 10 digits (or 10-3)')
      .nullish(),
    address: z.string().trim().max(300).nullish(),
    workerCount: z.number().int().min(0).max(1_000_000).nullish(),
  })
  .strict();

export const UpdateOrganisationBody = CreateOrganisationBody.partial().strict();

export const OrganisationReply = z.object({
  id: z.string(),
  name: z.string(),
  type: OrganisationType,
  unitId: z.number().int(),
  unitName: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  taxCode: z.string().nullable(),
  address: z.string().nullable(),
  workerCount: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const OrganisationsQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  type: OrganisationType.optional(),
  unitId: UnitIdParam.optional(),
  parentId: z.uuid().optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
}).strict();

export type OrganisationsQueryT = z.infer<typeof OrganisationsQuery>;

export const OrganisationsExportQuery = OrganisationsQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const OrganisationsReply = Page(OrganisationReply);
export const OrganisationParams = z.object({ id: z.uuid() }).strict();

export type CreateOrganisationInput = z.infer<typeof CreateOrganisationBody>;
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationBody>;
