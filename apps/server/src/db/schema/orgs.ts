// Organisations, households and people (F7).
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from './units.ts';

export const organisationType = pgEnum('organisation_type', [
  'state_agency',
  'enterprise',
  'cooperative',
  'household_business',
  'school',
  'university',
  'vocational_school',
  'community_team',
]);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    searchText: text('search_text').notNull(),
    type: organisationType('type').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    parentId: uuid('parent_id'),
    /** Materialised path of ids, "/uuid/uuid/", for organisation-subtree scope checks. */
    path: text('path').notNull(),
    taxCode: text('tax_code'),
    address: text('address'),
    workerCount: integer('worker_count'),
    /** Name of the industrial zone an enterprise sits in (the seeds' weekly-training rule applies there). */
    industrialZone: text('industrial_zone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_unit_idx').on(t.unitId),
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('organisations_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('organisations_tax_code_idx').on(t.taxCode),
  ],
);

export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code'),
    headName: text('head_name'),
    address: text('address'),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('households_unit_idx').on(t.unitId),
    // A household's code is unique within its commune: imports find it again by (commune, code).
    uniqueIndex('households_unit_code_key').on(t.unitId, t.code),
  ],
);

export const gender = pgEnum('gender', ['male', 'female', 'other']);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    searchText: text('search_text').notNull(),
    birthDate: date('birth_date'),
    birthYear: smallint('birth_year'),
    gender: gender('gender'),
    phone: text('phone'),
    email: text('email'),
    /** AES-256-GCM ciphertext; never leaves the server. */
    nationalIdCipher: text('national_id_cipher'),
    /** HMAC-SHA256 of the normalised number: exact-match lookup without decrypting. */
    nationalIdHash: text('national_id_hash'),
    nationalIdLast4: text('national_id_last4'),
    /** Unit of residence; empty until a self-registered learner finishes onboarding. */
    unitId: integer('unit_id').references(() => units.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    householdId: uuid('household_id').references(() => households.id),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    vulnerabilities: text('vulnerabilities').array().notNull().default(sql`'{}'::text[]`),
    /** When the person's identity was confirmed on VNeID (roster import or single sign-on). */
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
    /** Set when the person's data was erased (modules/privacy): identifying fields are wiped, figures stay. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Names sort and prefix-match by their folded form in byte order (see people.repository).
    // Migration 0007 adds INCLUDE (target_groups, vulnerabilities) to this index and the
    // organisation one: a commune's filtered lists count without reading the table.
    index('people_unit_name_idx').on(t.unitId, sql`${t.searchText} collate "C"`),
    // The scope columns ride along so a walk in name order filters without visiting the table.
    index('people_name_idx').on(sql`${t.searchText} collate "C"`, t.id, t.unitId, t.organisationId),
    index('people_created_idx').on(t.createdAt, t.id),
    // With the name and unit, a commune's search counts the commune organisations' people who
    // live elsewhere from this index alone.
    index('people_organisation_idx').on(t.organisationId, sql`${t.searchText} collate "C"`, t.unitId),
    index('people_household_idx').on(t.householdId),
    uniqueIndex('people_national_id_hash_key').on(t.nationalIdHash),
    index('people_phone_idx').on(t.phone),
    index('people_target_groups_idx').using('gin', t.targetGroups),
    index('people_vulnerabilities_idx').using('gin', t.vulnerabilities),
  ],
);

/**
 * Each later word of a person's folded name with the words after it ("nguyen thi thu thuy" →
 * "thi thu thuy", "thu thuy", "thuy"), so a search for a word inside a name is a range of one
 * index. Kept by triggers on people (migration 0005): every insert path fills it.
 */
export const personNameTails = pgTable(
  'person_name_tails',
  {
    tail: text('tail').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The person's unit and organisation (kept by the same triggers): a commune's search stays in the index. */
    unitId: integer('unit_id'),
    organisationId: uuid('organisation_id'),
  },
  (t) => [
    // Migration 0007 adds INCLUDE (unit_id, organisation_id).
    index('person_name_tails_tail_idx').on(sql`${t.tail} collate "C"`, t.personId),
    index('person_name_tails_person_idx').on(t.personId),
  ],
);
