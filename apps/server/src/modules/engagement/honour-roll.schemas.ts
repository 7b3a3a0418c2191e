// Request and reply shapes of the honour roll (vinh danh).
import { z } from 'zod';
import { UnitIdParam } from '../units/units.schemas.ts';

export const HonourRollQuery = z
  .object({
    /** "2026-11"; the last complete month when absent. */
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng ghi dạng YYYY-MM|Write the month as YYYY-MM')
      .optional(),
    unitId: UnitIdParam.optional(),
    organisationId: z.uuid().optional(),
    top: z.coerce.number().int().min(1).max(500).default(50),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    /** Which table a download holds: the learners, the places below, or the mentors. */
    table: z.enum(['learners', 'places', 'mentors']).default('learners'),
  })
  .strict()
  .refine((q) => !!q.unitId !== !!q.organisationId, {
    message: 'Chọn một đơn vị hoặc một tổ chức|Choose a unit or an organisation',
    path: ['unitId'],
  });

export const HonourRollReply = z.object({
  month: z.string(),
  from: z.string(),
  to: z.string(),
  /** False while the month is still running: the figures so far. */
  complete: z.boolean(),
  /** Learners who met their daily goal on at least this many days are counted. */
  goalDays: z.number().int(),
  place: z.object({ kind: z.enum(['unit', 'organisation']), id: z.string(), name: z.string() }),
  learners: z.array(
    z.object({
      rank: z.number().int(),
      personId: z.string(),
      name: z.string(),
      unitName: z.string().nullable(),
      organisationName: z.string().nullable(),
      xp: z.number().int(),
      goalDays: z.number().int(),
      badges: z.array(z.string()),
      /** False: the learner chose not to appear on public boards (ask before publishing). */
      public: z.boolean(),
    }),
  ),
  places: z
    .object({
      kind: z.enum(['unit', 'organisation']),
      items: z.array(
        z.object({
          rank: z.number().int().nullable(),
          id: z.string(),
          name: z.string(),
          activeLearners: z.number().int(),
          meanXp: z.number().nullable(),
          totalXp: z.number().int(),
          goalLearners: z.number().int(),
        }),
      ),
    })
    .nullable(),
  /** Mentors ("Đại sứ số") of the place by their mentees who reached the level during the month. */
  mentors: z.array(
    z.object({
      rank: z.number().int(),
      personId: z.string(),
      name: z.string(),
      unitName: z.string().nullable(),
      organisationName: z.string().nullable(),
      passed: z.number().int(),
      /** All their mentees who reached the level so far (the target is 5). */
      passedTotal: z.number().int(),
      public: z.boolean(),
    }),
  ),
});
