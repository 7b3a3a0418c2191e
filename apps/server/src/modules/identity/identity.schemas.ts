import { z } from 'zod';
import { permissions, roles } from '../access/access.policy.ts';
import { fullNameField } from '../people/people.schemas.ts';
import { ConsentInput } from '../privacy/privacy.schemas.ts';
import { UnitId } from '../units/units.schemas.ts';

const password = z
  .string()
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự|The password needs at least 8 characters')
  .max(200, 'Mật khẩu tối đa 200 ký tự|The password can have at most 200 characters');

export const LoginBody = z
  .object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) })
  .strict();

export const RegisterBody = z
  .object({
    fullName: fullNameField,
    login: z.string().trim().min(3).max(200),
    password,
    unitId: UnitId.nullish(),
    /** Consent to the privacy notice (Law 91/2025): required; checked by privacy/consent.service. */
    consent: ConsentInput.optional(),
  })
  .strict();

export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .strict();
export const ResetRequestBody = z.object({ login: z.string().trim().min(1).max(200) }).strict();
export const ResetConfirmBody = z
  .object({ token: z.string().min(10).max(200), newPassword: password })
  .strict();

export const RoleName = z.enum(roles);

export const RoleGrantReply = z.object({
  id: z.string(),
  role: RoleName,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
});

export const SessionReply = z.object({
  account: z.object({ id: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  person: z.object({ id: z.string(), fullName: z.string(), unitId: z.number().int().nullable() }),
  roles: z.array(RoleGrantReply),
  permissions: z.array(z.enum(permissions)),
  csrfToken: z.string(),
});

export const RoleAssignmentsQuery = z.object({ accountId: z.uuid() }).strict();
export const RoleAssignmentsReply = z.object({ items: z.array(RoleGrantReply) });
export const CreateRoleAssignmentBody = z
  .object({
    accountId: z.uuid(),
    role: RoleName,
    unitId: UnitId.nullish(),
    organisationId: z.uuid().nullish(),
  })
  .strict();
export const RoleAssignmentParams = z.object({ id: z.uuid() }).strict();
