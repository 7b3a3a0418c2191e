// Certificate rows → JSON. The public form carries the name and achievement only.

import { verifyUrl } from './credential.ts';
import type { CertificateRow, TemplateRow } from './credentials.repository.ts';
import { statusOf } from './credentials.service.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCertificate(
  c: CertificateRow,
  origin: string,
  t?: Pick<TemplateRow, 'titleEn' | 'kind'>,
) {
  return {
    id: c.id,
    serial: c.serial,
    templateId: c.templateId,
    title: c.title,
    titleEn: t?.titleEn ?? null,
    kind: t?.kind ?? 'course',
    recipientName: c.recipientName,
    issuerName: c.issuerName,
    issuedAt: c.issuedAt.toISOString(),
    expiresAt: iso(c.expiresAt),
    status: statusOf(c),
    revokedAt: iso(c.revokedAt),
    revocationReason: c.revocationReason,
    verifyUrl: verifyUrl(origin, c.id),
  };
}

export function presentOfficerCertificate(
  row: { certificate: CertificateRow; unitName: string | null; organisationName: string | null },
  origin: string,
  t?: Pick<TemplateRow, 'titleEn' | 'kind'>,
) {
  const c = row.certificate;
  return {
    ...presentCertificate(c, origin, t),
    personId: c.personId,
    unitName: row.unitName,
    organisationName: row.organisationName,
    issuedBy: c.issuedBy ? ('officer' as const) : ('auto' as const),
    issueReason: c.issueReason,
  };
}

export function presentPublic(c: CertificateRow, t?: Pick<TemplateRow, 'titleEn' | 'kind' | 'criteria'>) {
  const { templateId: _t, status: _s, verifyUrl: _v, ...shown } = presentCertificate(c, '', t);
  return { ...shown, criteria: t?.criteria ?? '' };
}
