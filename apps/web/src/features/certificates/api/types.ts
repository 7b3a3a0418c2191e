export type CertificateStatus = 'valid' | 'revoked' | 'expired';

export interface Certificate {
  id: string;
  serial: string;
  templateId: string;
  title: string;
  titleEn: string | null;
  kind: string;
  recipientName: string;
  issuerName: string;
  issuedAt: string;
  expiresAt: string | null;
  status: CertificateStatus;
  revokedAt: string | null;
  revocationReason: string | null;
  verifyUrl: string;
}

export interface OfficerCertificate extends Certificate {
  personId: string;
  unitName: string | null;
  organisationName: string | null;
  issuedBy: 'auto' | 'officer';
  issueReason: string | null;
}

export interface TemplateProgress {
  templateId: string;
  title: string;
  titleEn: string | null;
  kind: string;
  modulesDone: number;
  modulesTotal: number;
  inPerson: boolean;
  held: boolean;
}

export interface CertificateTemplate {
  id: string;
  title: string;
  titleEn: string | null;
  kind: string;
  inPerson: boolean;
  description: string | null;
}

export interface CertificateFilters {
  q?: string;
  templateId?: string;
  status?: CertificateStatus;
}
