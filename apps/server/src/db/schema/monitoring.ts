// Campaign monitoring (F7 import, F8, F9): campaigns and their targets as data, population
// denominators, the KPI rollups kept current from the learning records, their daily history,
// roster import jobs and periodic reports.
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people } from './orgs.ts';
import { units } from './units.ts';

/** Campaign templates of the content packs (campaigns.yaml): the seeds' targets, ready to run for a place. */
export const campaignTemplates = pgTable('campaign_templates', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  /** The document the targets come from ("Quyết định 234/QĐ-UBND ngày 05/02/2025 …"). */
  reference: text('reference').notNull(),
  issuingBody: text('issuing_body'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** The targets as data (monitoring/targets.schemas.ts TemplateTarget[]). */
  targets: jsonb('targets').notNull(),
  position: integer('position').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A campaign run for a place (a province, or a commune pilot), made from a template of a content pack. */
export const campaigns = pgTable('campaigns', {
  id: text('id').primaryKey(),
  templateId: text('template_id'),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  /** The place the campaign covers: its subtree and the organisations located there. */
  unitId: integer('unit_id')
    .notNull()
    .references(() => units.id),
  issuingBody: text('issuing_body'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  status: text('status').notNull().default('active'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One target of a campaign: which subjects (people, households or organisations, filtered), what
 * they must achieve, what share of them, by when. `population` and `achievement` are validated by
 * monitoring/targets.ts.
 */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    subject: text('subject').notNull(),
    population: jsonb('population').notNull(),
    achievement: jsonb('achievement').notNull(),
    targetShare: real('target_share').notNull(),
    dueOn: date('due_on').notNull(),
    /** Key of the official population figures used as denominator (else the roster count). */
    denominatorKey: text('denominator_key'),
    position: integer('position').notNull().default(0),
    notes: text('notes'),
  },
  (t) => [index('campaign_targets_campaign_idx').on(t.campaignId, t.position)],
);

/** Official denominators (working-age population of a commune, officials of an agency…), with source and date. */
export const populationFigures = pgTable(
  'population_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    value: integer('value').notNull(),
    source: text('source').notNull(),
    asOf: date('as_of').notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('population_figures_place_key').on(t.key, t.unitId, t.organisationId).nullsNotDistinct(),
    index('population_figures_unit_idx').on(t.unitId),
  ],
);

/** A person enrolled in a course by an officer or an import (the class of a campaign target). */
export const enrolments = pgTable(
  'enrolments',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    courseId: text('course_id').notNull(),
    source: text('source').notNull(),
    enrolledBy: uuid('enrolled_by'),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.courseId] }), index('enrolments_course_idx').on(t.courseId)],
);

/**
 * People whose records changed since the KPIs last looked at them: filled by triggers on the
 * learning, certificate and people tables (migration 0007) in the same transaction as the change,
 * emptied by the KPI refresher.
 */
export const kpiDirty = pgTable('kpi_dirty', {
  personId: uuid('person_id').primaryKey(),
  markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every subject (person, household, organisation) in a target's population, where it sits, and
 * since when it meets the target (null: not yet). The refresher keeps it current; drill-down
 * lists ("who in this commune has not reached it") read it through its indexes.
 */
export const kpiSubjects = pgTable(
  'kpi_subjects',
  {
    targetId: text('target_id')
      .notNull()
      .references(() => campaignTargets.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id').notNull(),
    unitId: integer('unit_id'),
    organisationId: uuid('organisation_id'),
    targetGroup: text('target_group').notNull().default(''),
    achievedAt: timestamp('achieved_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.targetId, t.subjectId] }),
    index('kpi_subjects_unit_idx').on(t.targetId, t.unitId, t.achievedAt),
    index('kpi_subjects_organisation_idx').on(t.targetId, t.organisationId, t.achievedAt),
  ],
);

/**
 * Rollup per target, commune (of residence) and first target group: subjects achieved and subjects
 * in the population (roster). Unit places (a province: a few hundred rows per target) read this.
 */
export const kpiCounts = pgTable(
  'kpi_counts',
  {
    targetId: text('target_id')
      .notNull()
      .references(() => campaignTargets.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id'),
    targetGroup: text('target_group').notNull().default(''),
    achieved: integer('achieved').notNull().default(0),
    population: integer('population').notNull().default(0),
  },
  (t) => [unique('kpi_counts_place_key').on(t.targetId, t.unitId, t.targetGroup).nullsNotDistinct()],
);

/** The same rollup per organisation (its people wherever they live): organisation places read this. */
export const kpiOrganisationCounts = pgTable(
  'kpi_organisation_counts',
  {
    targetId: text('target_id')
      .notNull()
      .references(() => campaignTargets.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    targetGroup: text('target_group').notNull().default(''),
    achieved: integer('achieved').notNull().default(0),
    population: integer('population').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.targetId, t.organisationId, t.targetGroup] }),
    index('kpi_organisation_counts_org_idx').on(t.organisationId),
  ],
);

/** Daily values per target and commune (the last refresh of a day wins): trends and "as of" dates. */
export const kpiHistory = pgTable(
  'kpi_history',
  {
    targetId: text('target_id')
      .notNull()
      .references(() => campaignTargets.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    unitId: integer('unit_id').notNull(),
    achieved: integer('achieved').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.unitId, t.day] })],
);

/** A roster import: a background job with progress and a row-by-row error report. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('queued'),
    fileName: text('file_name').notNull(),
    fileHash: text('file_hash').notNull(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** [{ row, column, message }] for every rejected row (not imported). */
    errors: jsonb('errors').notNull().default(sql`'[]'::jsonb`),
    message: text('message'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_created_by_idx').on(t.createdBy, t.createdAt)],
);

/** A periodic report of a campaign for a place: the figures as generated, and its submission. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** "2026-M11", "2026-Q4", "2026-H2", "2026-Y". */
    period: text('period').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueOn: date('due_on').notNull(),
    figures: jsonb('figures').notNull(),
    notes: text('notes'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null when the scheduler made it. */
    generatedBy: uuid('generated_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
  },
  (t) => [
    unique('reports_period_key').on(t.campaignId, t.unitId, t.period),
    index('reports_campaign_period_idx').on(t.campaignId, t.period),
  ],
);
