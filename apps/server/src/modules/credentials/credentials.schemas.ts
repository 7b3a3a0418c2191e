// Request and reply schemas of the certificate endpoints (learner, officer, public verification).
import { z } from 'zod';
import { PageQuery } from '../../lib/paging.ts';

export const CertificateStatus = z.enum(['valid', 'revoked', 'expired']);
const Kind = z.string();

export const CertificateView = z.object({
  id: z.uuid(),
  serial: z.string(),
  templateId: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  kind: Kind,
  recipientName: z.string(),
  issuerName: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string().nullable(),
  status: CertificateStatus,
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  verifyUrl: z.string(),
});

export const OfficerCertificateView = CertificateView.extend({
  personId: z.uuid(),
  unitName: z.string().nullable(),
  organisationName: z.string().nullable(),
  issuedBy: z.enum(['auto', 'officer']),
  issueReason: z.string().nullable(),
});

export const MyCertificatesReply = z.object({
  items: z.array(CertificateView),
  progress: z.array(
    z.object({
      templateId: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      kind: Kind,
      modulesDone: z.number().int(),
      modulesTotal: z.number().int(),
      inPerson: z.boolean(),
      held: z.boolean(),
    }),
  ),
});

export const CertificateParams = z.object({ id: z.uuid() }).strict();

export const TemplatesReply = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      kind: Kind,
      inPerson: z.boolean(),
      description: z.string().nullable(),
    }),
  ),
});

export const CertificatesQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  templateId: z.string().max(100).optional(),
  status: CertificateStatus.optional(),
}).strict();

export const CertificatesExportQuery = CertificatesQuery.omit({ page: true, pageSize: true }).strict();

const Reason = z
  .string()
  .trim()
  .min(3, 'Cần ghi lý do (ít nhất 3 ký tự)|Give a reason (at least 3 characters)')
  .max(500);

export const IssueCertificateBody = z
  .object({ personId: z.uuid(), templateId: z.string().min(1).max(100), reason: Reason })
  .strict();

export const BulkIssueBody = z
  .object({
    personIds: z.array(z.uuid()).min(1).max(10_000),
    templateId: z.string().min(1).max(100),
    reason: Reason,
  })
  .strict();

export const RevokeCertificateBody = z.object({ reason: Reason }).strict();

export const ReissueBody = z
  .object({
    ids: z.array(z.uuid()).min(1).max(10_000).optional(),
    templateId: z.string().max(100).optional(),
  })
  .strict();

export const PublicCertificate = CertificateView.pick({
  id: true,
  serial: true,
  title: true,
  titleEn: true,
  kind: true,
  recipientName: true,
  issuerName: true,
  issuedAt: true,
  expiresAt: true,
  revokedAt: true,
  revocationReason: true,
}).extend({ criteria: z.string() });

export const VerifyByIdReply = z.object({ status: CertificateStatus, certificate: PublicCertificate });

export const VerifyBody = z
  .object({
    credential: z.union([z.string().min(1).max(20_000), z.record(z.string(), z.unknown())]),
  })
  .strict();

export const VerifyReply = z.object({
  valid: z.boolean(),
  status: z.enum(['valid', 'revoked', 'expired', 'invalid']),
  problem: z.enum(['MALFORMED', 'UNKNOWN_KEY', 'SIGNATURE_INVALID', 'NOT_ISSUED_HERE']).nullable(),
  certificate: PublicCertificate.nullable(),
  checks: z.object({
    signature: z.boolean(),
    issuer: z.boolean(),
    notRevoked: z.boolean(),
    notExpired: z.boolean(),
  }),
});
