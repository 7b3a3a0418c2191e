// Classes and the people who multiply the campaign (F5): classes with sessions, members and
// attendance; trainers by tier with the lineage of who trained whom (the ToT cascade); "Đại sứ số"
// mentors and their mentees; each commune's support people for online public services; community
// digital technology teams (tổ công nghệ số cộng đồng) with their members and activities.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people } from './orgs.ts';
import { units } from './units.ts';

/** A community digital technology team of a commune. */
export const communityTeams = pgTable(
  'community_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_teams_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

export const communityTeamMembers = pgTable(
  'community_team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => communityTeams.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** 'leader' | 'member' */
    role: text('role').notNull().default('member'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.personId] }),
    index('community_team_members_person_idx').on(t.personId),
  ],
);

/** What a team did: a class, a support session at the commune, a communication drive… */
export const communityTeamActivities = pgTable(
  'community_team_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => communityTeams.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    /** 'support' | 'communication' | 'class' | 'other' */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    participants: integer('participants').notNull().default(0),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_team_activities_team_idx').on(t.teamId, t.day)],
);

/**
 * A trainer of the cascade: provincial trainers (giảng viên nguồn, generation 0) train core
 * members (cán bộ nòng cốt, generation 1), who train community trainers (generation 2)…
 * `trainedInClass` is the ToT class a trainer was trained in: the lineage of the tree.
 */
export const trainers = pgTable(
  'trainers',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** 'provincial' | 'core' | 'community' */
    tier: text('tier').notNull(),
    generation: smallint('generation').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    teamId: uuid('team_id').references(() => communityTeams.id, { onDelete: 'set null' }),
    trainedInClass: uuid('trained_in_class'),
    trainedBy: uuid('trained_by').references(() => people.id, { onDelete: 'set null' }),
    /** The provincial trainer at the root of this trainer's line (themself for generation 0). */
    rootId: uuid('root_id'),
    certificateId: uuid('certificate_id'),
    appointedBy: uuid('appointed_by'),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trainers_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('trainers_trained_by_idx').on(t.trainedBy),
    index('trainers_root_idx').on(t.rootId, t.generation),
  ],
);

/** A class run by a trainer: online, in person or blended, for one or more courses. */
export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Join code printed on the poster and put in links and QR codes. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** 'standard' | 'tot' (a training of trainers: its members become trainers of the next generation). */
    kind: text('kind').notNull().default('standard'),
    /** Course ids "programme/course". */
    courseIds: text('course_ids').array().notNull(),
    /** 'online' | 'in_person' | 'blended' */
    mode: text('mode').notNull(),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    vulnerabilities: text('vulnerabilities').array().notNull().default(sql`'{}'::text[]`),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    teamId: uuid('team_id').references(() => communityTeams.id, { onDelete: 'set null' }),
    /** 'school' | 'cultural_house' | 'digital_centre' | 'office' | 'other' (null when online). */
    venueKind: text('venue_kind'),
    venue: text('venue'),
    capacity: integer('capacity'),
    /** Closed classes: a join asks the trainer's approval. */
    closed: boolean('closed').notNull().default(false),
    trainerId: uuid('trainer_id')
      .notNull()
      .references(() => people.id),
    /**
     * The trainer's generation and line when the class opened (the cascade reads these); null when
     * the trainer is not in the cascade's register.
     */
    generation: smallint('generation'),
    rootId: uuid('root_id'),
    /** 'open' | 'finished' | 'cancelled' */
    status: text('status').notNull().default('open'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    /** Kept current by the class refresher: active members, those who completed the courses. */
    membersCount: integer('members_count').notNull().default(0),
    completedCount: integer('completed_count').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('classes_code_key').on(t.code),
    index('classes_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('classes_trainer_idx').on(t.trainerId),
    index('classes_root_idx').on(t.rootId, t.generation),
  ],
);

/** A dated session of a class (in person or online), with the secret its check-in QR is signed with. */
export const classSessions = pgTable(
  'class_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull().default(90),
    topic: text('topic'),
    inPerson: boolean('in_person').notNull().default(true),
    checkinSecret: text('checkin_secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('class_sessions_class_idx').on(t.classId, t.startsAt)],
);

/** A person in a class (people without an account too: the trainer ticks them on the list). */
export const classMembers = pgTable(
  'class_members',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** 'pending' (asked to join a closed class) | 'active' | 'removed' */
    status: text('status').notNull(),
    /** 'code' | 'link' | 'qr' | 'roster' | 'trainer' */
    source: text('source').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by'),
    /** Kept by the class refresher from module progress: modules of the class's courses mastered. */
    modulesDone: integer('modules_done').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.classId, t.personId] }), index('class_members_person_idx').on(t.personId)],
);

export const classAttendance = pgTable(
  'class_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    classId: uuid('class_id').notNull(),
    /** 'qr' (the learner scanned) | 'trainer' (ticked on the list) */
    method: text('method').notNull(),
    markedBy: uuid('marked_by'),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.personId] }),
    index('class_attendance_class_idx').on(t.classId),
  ],
);

export const classAnnouncements = pgTable(
  'class_announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('class_announcements_class_idx').on(t.classId, t.createdAt)],
);

/** A "Đại sứ số": a learner who reached a level and guides others through it. */
export const mentors = pgTable(
  'mentors',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** What they guide: a course "programme/course" or "attainment" (đạt phổ cập). */
    level: text('level').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    inviteCode: text('invite_code').notNull(),
    /** 'volunteer' | 'appointed' */
    source: text('source').notNull(),
    appointedBy: uuid('appointed_by'),
    /** 'active' | 'paused' */
    status: text('status').notNull().default('active'),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentors_invite_code_key').on(t.inviteCode),
    index('mentors_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
  ],
);

export const mentorships = pgTable(
  'mentorships',
  {
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    menteeId: uuid('mentee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** 'active' | 'passed' (the mentee reached the mentor's level) | 'ended' */
    status: text('status').notNull().default('active'),
    /** 'invite' | 'officer' */
    source: text('source').notNull(),
    pairedBy: uuid('paired_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    passedAt: timestamp('passed_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    lastNudgedAt: timestamp('last_nudged_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.mentorId, t.menteeId] }), index('mentorships_mentee_idx').on(t.menteeId)],
);

/** The people a commune names to help residents with online public services. */
export const supportPersons = pgTable(
  'support_persons',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Where and when residents find them ("Bộ phận một cửa, sáng thứ Hai–Sáu"). */
    whereToFind: text('where_to_find'),
    appointedBy: uuid('appointed_by'),
    appointedAt: timestamp('appointed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.personId] })],
);
