import { z } from 'zod';
import { Page, PageQuery } from '../../lib/paging.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

export const TargetGroup = z.enum([
  'official',
  'pupil',
  'student',
  'enterprise_worker',
  'freelancer',
  'citizen',
]);
export const Vulnerability = z.enum([
  'elderly',
  'disabled',
  'ethnic_minority',
  'poor_household',
  'meritorious',
]);
export const Gender = z.enum(['male', 'female', 'other']);

const thisYear = new Date().getFullYear();

export const fullNameField = z
  .string()
  .trim()
  .min(2, 'Họ và tên cần ít nhất 2 ký tự|The full name needs at least 2 characters')
  .max(100, 'Họ và tên tối đa 100 ký tự|The full name can have at most 100 characters');

export const phoneField = z
  .string()
  .trim()
  .regex(
    /^(\+?84|0)[35789](\s?\d){8}$/,
    'Số điện thoại di động không hợp lệ (ví dụ 0912345678)|Not a valid mobile number (e.g. 0912345678)',
  );

export const emailField = z.email('Email không hợp lệ|Not a valid email address').max(200);

export const birthYearField = z
  .number()
  .int()
  .min(1900, 'Năm sinh không hợp lệ|Birth year is not valid')
  .max(thisYear, 'Năm sinh không hợp lệ|Birth year is not valid');

const birthDateField = z.iso
  .date('Ngày sinh phải có dạng YYYY-MM-DD|Birth date must be YYYY-MM-DD')
  .refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), {
    message: 'Ngày sinh không hợp lệ|Birth date is not valid',
  });

export const nationalIdField = z
  .string()
  .trim()
  .regex(
    /^(\d{9}|\d{12})$/,
    'Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)|A national ID has 12 digits (old ID cards: 9)',
  );

const uniqueList = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .max(10)
    .transform((xs) => [...new Set(xs)] as z.infer<T>[]);

export const CreatePersonBody = z
  .object({
    fullName: fullNameField,
    birthDate: birthDateField.nullish(),
    birthYear: birthYearField.nullish(),
    gender: Gender.nullish(),
    phone: phoneField.nullish(),
    email: emailField.nullish(),
    nationalId: nationalIdField.nullish(),
    unitId: UnitId,
    organisationId: z.uuid().nullish(),
    householdId: z.uuid().nullish(),
    targetGroups: uniqueList(TargetGroup).default([]),
    vulnerabilities: uniqueList(Vulnerability).default([]),
  })
  .strict()
  .refine((p) => !p.birthDate || !p.birthYear || Number(p.birthDate.slice(0, 4)) === p.birthYear, {
    path: ['birthYear'],
    message: 'Năm sinh không khớp với ngày sinh|Birth year does not match the birth date',
  });

export const UpdatePersonBody = z
  .object({
    fullName: fullNameField,
    birthDate: birthDateField.nullable(),
    birthYear: birthYearField.nullable(),
    gender: Gender.nullable(),
    phone: phoneField.nullable(),
    email: emailField.nullable(),
    nationalId: nationalIdField.nullable(),
    unitId: UnitId,
    organisationId: z.uuid().nullable(),
    householdId: z.uuid().nullable(),
    targetGroups: uniqueList(TargetGroup),
    vulnerabilities: uniqueList(Vulnerability),
  })
  .partial()
  .strict();

export const PersonReply = z.object({
  id: z.string(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: Gender.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  nationalIdMasked: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  householdId: z.string().nullable(),
  targetGroups: z.array(TargetGroup),
  vulnerabilities: z.array(Vulnerability),
  hasAccount: z.boolean(),
  /** Set once the person's data was erased (modules/privacy): identifying fields are empty. */
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PeopleQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: UnitIdParam.optional(),
  organisationId: z.uuid().optional(),
  targetGroup: TargetGroup.optional(),
  vulnerability: Vulnerability.optional(),
  nationalId: nationalIdField.optional(),
  sort: z.enum(['fullName', '-fullName', 'createdAt', '-createdAt']).default('fullName'),
}).strict();

export type PeopleQueryT = z.infer<typeof PeopleQuery>;

export const PeopleExportQuery = PeopleQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const PeopleReply = Page(PersonReply).extend({
  /** True when there are more than `total` matches (counting stops at 10,000). */
  totalCapped: z.boolean(),
});
export const PersonParams = z.object({ id: z.uuid() }).strict();

export const UpdateMeBody = z
  .object({
    fullName: fullNameField,
    phone: phoneField.nullable(),
    email: emailField.nullable(),
    birthYear: birthYearField.nullable(),
    gender: Gender.nullable(),
    unitId: UnitId,
  })
  .partial()
  .strict();

export const CreatePersonAccountBody = z
  .object({ login: z.string().trim().min(3).max(200), password: z.string().min(8).max(200) })
  .strict();

export type CreatePersonInput = z.infer<typeof CreatePersonBody>;
export type UpdatePersonInput = z.infer<typeof UpdatePersonBody>;
