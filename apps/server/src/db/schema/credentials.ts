// Certificates (F6): templates from the content packs, the certificates issued from them, and the
// public halves of every issuer key ever used, so credentials signed before a rotation still verify.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** One number per certificate: its serial number and its index in the revocation status list. */
export const certificateNumberSeq = pgSequence('certificate_number_seq', { startWith: 1 });

export const certificateTemplates = pgTable('certificate_templates', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  description: text('description'),
  criteria: text('criteria').notNull(),
  serialPrefix: text('serial_prefix').notNull(),
  issuerName: text('issuer_name'),
  /** The issuance rule as data: { course | programme | modules, minScore, competences, attainment, inPerson }. */
  rule: jsonb('rule').notNull(),
  validMonths: integer('valid_months'),
  position: integer('position').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const certificates = pgTable(
  'certificates',
  {
    /** Random (v4) uuid: the unguessable id in the QR code and the verification address. */
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').notNull(),
    serial: text('serial').notNull(),
    templateId: text('template_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** What was certified and to whom, as at issuance (the public page shows these). */
    title: text('title').notNull(),
    recipientName: text('recipient_name').notNull(),
    issuerName: text('issuer_name').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Null when issued automatically by the rule; else the officer's account, with a reason. */
    issuedBy: uuid('issued_by'),
    issueReason: text('issue_reason'),
    /** The signed Open Badges 3.0 credential (compact JWS) and the key that signed it. */
    credentialJwt: text('credential_jwt').notNull(),
    keyId: text('key_id').notNull(),
    reissuedAt: timestamp('reissued_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revocationReason: text('revocation_reason'),
  },
  (t) => [
    uniqueIndex('certificates_number_key').on(t.number),
    uniqueIndex('certificates_serial_key').on(t.serial),
    // A learner holds a template's certificate once (a revoked one may be followed by a new one).
    uniqueIndex('certificates_person_template_live_key')
      .on(t.personId, t.templateId)
      .where(sql`${t.revokedAt} is null`),
    index('certificates_person_idx').on(t.personId),
    index('certificates_template_issued_idx').on(t.templateId, t.issuedAt),
    index('certificates_issued_idx').on(t.issuedAt, t.id),
  ],
);

export const issuerKeys = pgTable('issuer_keys', {
  kid: text('kid').primaryKey(),
  /** Public JWK (OKP / Ed25519). The private half never enters the database. */
  publicJwk: jsonb('public_jwk').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});
