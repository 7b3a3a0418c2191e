// Engagement (F4): XP awarded by rules from validated learning events, daily minutes and goals,
// streaks with freezes, badges, leaderboards (totals per period with a score histogram per place
// for ranks), weekly leagues, challenges and in-app notifications.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people } from './orgs.ts';
import { units } from './units.ts';

/** One award of XP: a rule applied to one source (a question, a module, a day); never twice. */
export const xpEvents = pgTable(
  'xp_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    rule: text('rule').notNull(),
    /** What earned it: "question:<module>/<question>", "module:<id>", "streak:<day>"… */
    sourceKey: text('source_key').notNull(),
    points: integer('points').notNull(),
    /** The learning day (Vietnam) it counts for. */
    day: date('day').notNull(),
    awardedAt: timestamp('awarded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('xp_events_source_key').on(t.personId, t.rule, t.sourceKey),
    index('xp_events_person_day_idx').on(t.personId, t.day),
  ],
);

/** A learner's learning per day (Vietnam time): minutes from the statements, XP, goal met. */
export const learnerDays = pgTable(
  'learner_days',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    seconds: integer('seconds').notNull().default(0),
    goalMinutes: smallint('goal_minutes').notNull(),
    goalMet: boolean('goal_met').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.personId, t.day] })],
);

/** A learner's engagement state: XP, streak, freezes, league, how they appear on boards. */
export const learnerStats = pgTable('learner_stats', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  xp: integer('xp').notNull().default(0),
  streak: integer('streak').notNull().default(0),
  streakBest: integer('streak_best').notNull().default(0),
  /** The last day the streak counts (a goal met, or a day bridged by a freeze). */
  streakDay: date('streak_day'),
  freezes: smallint('freezes').notNull().default(0),
  freezesUsed: integer('freezes_used').notNull().default(0),
  /** Shown on public boards instead of the full name; null = the name as "Nguyễn V. A.". */
  displayName: text('display_name'),
  /** False: not listed on learners' boards (officers still see their own unit's). */
  public: boolean('public').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** XP per learner and period ("all", "w:2026-11-30", "m:2026-12"), with where they count. */
export const xpTotals = pgTable(
  'xp_totals',
  {
    period: text('period').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    xp: integer('xp').notNull(),
    provinceId: integer('province_id'),
    unitId: integer('unit_id'),
    organisationId: uuid('organisation_id'),
  },
  (t) => [
    primaryKey({ columns: [t.period, t.personId] }),
    index('xp_totals_province_idx').on(t.period, t.provinceId, t.xp.desc(), t.personId),
    index('xp_totals_unit_idx').on(t.period, t.unitId, t.xp.desc(), t.personId),
    index('xp_totals_organisation_idx').on(t.period, t.organisationId, t.xp.desc(), t.personId),
  ],
);

/** How many learners of a place hold each XP score in a period: a rank is one short sum. */
export const xpHistogram = pgTable(
  'xp_histogram',
  {
    period: text('period').notNull(),
    /** "p:<province id>", "u:<unit id>", "o:<organisation id>". */
    place: text('place').notNull(),
    xp: integer('xp').notNull(),
    learners: integer('learners').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.place, t.xp] })],
);

export const learnerBadges = pgTable(
  'learner_badges',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    badgeId: text('badge_id').notNull(),
    awardedAt: timestamp('awarded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.badgeId] })],
);

/** Weekly leagues: ~30 similar learners per league, five tiers, promotion and demotion weekly. */
export const leagueMembers = pgTable(
  'league_members',
  {
    /** Monday of the league's week (Vietnam). */
    week: date('week').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tier: smallint('tier').notNull(),
    league: integer('league').notNull(),
    /** Set at the rollover: +1 promoted, -1 demoted, 0 stayed. */
    outcome: smallint('outcome'),
  },
  (t) => [
    primaryKey({ columns: [t.week, t.personId] }),
    index('league_members_league_idx').on(t.week, t.tier, t.league),
  ],
);

/** A time-boxed challenge set for a place (a unit or an organisation), as data. */
export const challenges = pgTable(
  'challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description'),
    unitId: integer('unit_id').references(() => units.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** { kind: 'modules' | 'xp' | 'minutes', count, of?: { course | programme } }. */
    goal: jsonb('goal').notNull(),
    /** True: the communes (or organisations) below the place compete on their learners' mean progress. */
    contest: boolean('contest').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('challenges_dates_idx').on(t.endsOn, t.startsOn)],
);

/** In-app notifications (the channel for push, SMS or Zalo is pluggable). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Once per kind and key ("streak_at_risk" + day): repeats are skipped. */
    dedupeKey: text('dedupe_key').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    unique('notifications_dedupe_key').on(t.personId, t.kind, t.dedupeKey),
    index('notifications_person_idx').on(t.personId, t.createdAt),
  ],
);

/** Badges of the content packs: criteria as data, artwork as an SVG of the pack. */
export const badges = pgTable('badges', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  description: text('description').notNull(),
  /** { kind: 'modules' | 'streak' | 'xp' | 'course' | 'certificate' | 'right_first_time', … }. */
  criteria: jsonb('criteria').notNull(),
  /** "<pack>/images/badges/<id>.svg", served under /packs/. */
  artwork: text('artwork').notNull(),
  position: integer('position').notNull(),
});
