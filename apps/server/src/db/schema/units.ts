// Administrative units (F7): a tree that holds both the pre-July-2025 three-level structure
// and today's two-level one, told apart by validity dates.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const unitType = pgEnum('unit_type', [
  'province',
  'city',
  'district',
  'commune',
  'ward',
  'special_zone',
]);

export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    fullName: text('full_name').notNull(),
    type: unitType('type').notNull(),
    parentId: integer('parent_id'),
    /** Materialised path of ids, "/12/345/", so a subtree is one prefix match. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** Lower-case text without diacritics, for search. */
    searchText: text('search_text').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_code_valid_from_key').on(t.code, t.validFrom),
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('units_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('units_current_idx').on(t.type).where(sql`valid_to IS NULL`),
  ],
);

/** Links a pre-reform unit to the unit(s) that took over its territory. */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    predecessorId: integer('predecessor_id').notNull(),
    successorId: integer('successor_id').notNull(),
    effectiveDate: date('effective_date').notNull(),
  },
  (t) => [uniqueIndex('unit_successions_key').on(t.predecessorId, t.successorId)],
);
