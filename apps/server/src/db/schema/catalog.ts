// Competence frameworks (F1) and content (F2): packs, programmes, courses, modules and the
// immutable versions of each module that learners' attempts point at.
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const contentPacks = pgTable('content_packs', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  version: integer('version').notNull(),
  language: text('language').notNull(),
  manifest: jsonb('manifest').notNull(),
  checksum: text('checksum').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const frameworks = pgTable('frameworks', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  version: text('version').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  kind: text('kind').notNull(),
  source: jsonb('source'),
  levels: jsonb('levels').notNull(),
  attainment: jsonb('attainment'),
  /** Placement self-assessment statements: [{ area, statements: { level: text } }]. */
  placement: jsonb('placement'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const competenceAreas = pgTable(
  'competence_areas',
  {
    frameworkId: text('framework_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    status: text('status').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.code] })],
);

export const competences = pgTable(
  'competences',
  {
    /** "<framework>:<code>", e.g. "six-pillars:4.1". */
    id: text('id').primaryKey(),
    frameworkId: text('framework_id').notNull(),
    areaCode: text('area_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    status: text('status').notNull(),
    description: text('description'),
    descriptors: jsonb('descriptors'),
    equivalents: text('equivalents').array().notNull().default([]),
    position: integer('position').notNull(),
  },
  (t) => [index('competences_framework_idx').on(t.frameworkId, t.areaCode)],
);

export const programmes = pgTable('programmes', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  /** Courses with their ordered module ids, and target-group tracks. */
  courses: jsonb('courses').notNull(),
  position: integer('position').notNull(),
});

export const tracks = pgTable('tracks', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  title: text('title').notNull(),
  targetGroups: text('target_groups').array().notNull(),
  moduleIds: text('module_ids').array().notNull(),
  position: integer('position').notNull(),
});

export const modules = pgTable(
  'modules',
  {
    id: text('id').primaryKey(),
    packId: text('pack_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    minutes: integer('minutes').notNull(),
    level: text('level').notNull(),
    language: text('language').notNull(),
    targetGroups: text('target_groups').array().notNull(),
    competenceIds: text('competence_ids').array().notNull(),
    /** Version learners get now; older versions stay for attempts made on them. */
    currentVersion: integer('current_version').notNull(),
    /** draft → in_review → published (console workflow). Imported packs publish directly. */
    status: text('status').notNull().default('published'),
    questionCount: integer('question_count').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('modules_pack_idx').on(t.packId)],
);

export const moduleVersions = pgTable(
  'module_versions',
  {
    moduleId: text('module_id').notNull(),
    version: integer('version').notNull(),
    checksum: text('checksum').notNull(),
    /** The parsed blocks (text, steps, image, video, quiz, practice) with their answer keys. */
    blocks: jsonb('blocks').notNull(),
    sourcePath: text('source_path'),
    /** The Markdown the version was made from, for authors to edit. */
    source: text('source'),
    masteryThreshold: real('mastery_threshold').notNull().default(0.8),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    reviewed: boolean('reviewed').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.version] })],
);

/** A module being written or changed in the console: author → reviewer → published. */
export const moduleDrafts = pgTable('module_drafts', {
  moduleId: text('module_id').primaryKey(),
  source: text('source').notNull(),
  /** draft → in_review → (approved: becomes a version) | rejected (back to the author). */
  status: text('status').notNull(),
  authorAccountId: uuid('author_account_id').notNull(),
  reviewerAccountId: uuid('reviewer_account_id'),
  reviewNote: text('review_note'),
  baseVersion: integer('base_version'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
