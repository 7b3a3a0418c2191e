// Personal data under Law 91/2025/QH15: consents (purpose + notice version, kept as proof) and
// requests to erase a person's data, which an officer confirms or rejects.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from './orgs.ts';

/** One row per person, purpose and notice version; a withdrawal stamps the row, a new grant adds one. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** 'learning' | 'campaign_statistics' | 'reminders' (privacy.catalog noticePurposes). */
    purpose: text('purpose').notNull(),
    /** Version of the privacy notice the person agreed to ("2026-12-01"). */
    version: text('version').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** 'self_registration' | 'self_service' (the learner's privacy screen, first sign-in included). */
    channel: text('channel').notNull(),
    ip: text('ip'),
  },
  (t) => [index('consents_person_idx').on(t.personId, t.grantedAt)],
);

export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** 'pending' | 'completed' | 'rejected' | 'cancelled' */
    status: text('status').notNull().default('pending'),
    reason: text('reason'),
    /** 'self' (the learner's app) | 'officer' (asked in person at the office). */
    requestedBy: text('requested_by').notNull(),
    requestedByAccountId: uuid('requested_by_account_id'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByAccountId: uuid('decided_by_account_id'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    // One open request per person at a time.
    uniqueIndex('erasure_requests_pending_key').on(t.personId).where(sql`${t.status} = 'pending'`),
    index('erasure_requests_status_idx').on(t.status, t.requestedAt),
    index('erasure_requests_person_idx').on(t.personId, t.requestedAt),
  ],
);
