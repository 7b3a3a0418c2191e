// Challenges (thử thách) as data — a goal over a window of Vietnam days for the learners of a place —
// and the request and reply shapes of the challenge API.
import { z } from 'zod';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

const isoDay = z.iso.date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD');

/** A course of the catalogue, "programme/course", or a whole programme. */
const CatalogueRef = z.union([
  z
    .object({
      course: z
        .string()
        .regex(
          /^[a-z0-9-]+\/[a-z0-9-]+$/,
          'Khóa học ghi dạng chương-trình/khóa-học|Write a course as programme/course',
        ),
    })
    .strict(),
  z
    .object({
      programme: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Mã chương trình không hợp lệ|Not a programme id'),
    })
    .strict(),
]);

export const ChallengeGoal = z.discriminatedUnion('kind', [
  /** Modules mastered inside the window (of a course or a programme, or any). */
  z
    .object({
      kind: z.literal('modules'),
      count: z.number().int().min(1).max(500),
      of: CatalogueRef.optional(),
    })
    .strict(),
  /** XP earned on days inside the window. */
  z.object({ kind: z.literal('xp'), points: z.number().int().min(1).max(1_000_000) }).strict(),
  /** Minutes of learning on days inside the window. */
  z.object({ kind: z.literal('minutes'), minutes: z.number().int().min(1).max(100_000) }).strict(),
]);
export type ChallengeGoalT = z.infer<typeof ChallengeGoal>;

/** What a goal asks for, as one number (modules, points or minutes). */
export const goalTarget = (g: ChallengeGoalT) =>
  g.kind === 'modules' ? g.count : g.kind === 'xp' ? g.points : g.minutes;

/** The longest window a challenge may have: a campaign year. */
export const MAX_CHALLENGE_DAYS = 366;

export const CreateChallengeBody = z
  .object({
    title: z.string().trim().min(3).max(150),
    description: z.string().trim().max(2000).optional(),
    unitId: UnitId.optional(),
    organisationId: z.uuid().optional(),
    startsOn: isoDay,
    endsOn: isoDay,
    goal: ChallengeGoal,
    contest: z.boolean().default(false),
  })
  .strict()
  .refine((b) => !!b.unitId !== !!b.organisationId, {
    message: 'Chọn một đơn vị hành chính hoặc một tổ chức|Choose one unit or one organisation',
    path: ['unitId'],
  })
  .refine((b) => b.endsOn >= b.startsOn, {
    message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi|The end date must be on or after the start date',
    path: ['endsOn'],
  });
export type CreateChallengeBodyT = z.infer<typeof CreateChallengeBody>;

export const ChallengeStatus = z.enum(['upcoming', 'active', 'ended']);

const PlaceRef = z.object({ kind: z.enum(['unit', 'organisation']), id: z.string(), name: z.string() });

export const ChallengeView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  place: PlaceRef,
  startsOn: z.string(),
  endsOn: z.string(),
  goal: ChallengeGoal,
  target: z.number().int(),
  contest: z.boolean(),
  status: ChallengeStatus,
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** False: set above my places (the province's challenge, seen by a commune officer); read only. */
  manageable: z.boolean(),
});
export type ChallengeViewT = z.infer<typeof ChallengeView>;

const placeFilter = {
  unitId: UnitIdParam.optional(),
  organisationId: z.uuid().optional(),
};

export const ManageQuery = z
  .object({ ...placeFilter, status: z.enum(['upcoming', 'active', 'ended', 'all']).default('all') })
  .strict()
  .refine((q) => !(q.unitId && q.organisationId), {
    message: 'Chọn một đơn vị hoặc một tổ chức|Choose a unit or an organisation',
    path: ['unitId'],
  });

export const ChallengeParams = z.object({ id: z.uuid() }).strict();

export const ResultsQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
    done: z.enum(['true', 'false']).optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    /** Which table a download holds: the learners, or a contest's places. */
    table: z.enum(['participants', 'contest']).default('participants'),
  })
  .strict();

export const Standing = z.object({
  rank: z.number().int().nullable(),
  id: z.string(),
  name: z.string(),
  learners: z.number().int(),
  done: z.number().int(),
  share: z.number().nullable(),
  meanProgress: z.number().nullable(),
});
export type StandingT = z.infer<typeof Standing>;

export const ResultsReply = z.object({
  challenge: ChallengeView,
  /** True: only the learners inside my scope are listed (the challenge is set above it). */
  restricted: z.boolean(),
  summary: z.object({ participants: z.number().int(), done: z.number().int() }),
  items: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      unitName: z.string().nullable(),
      organisationName: z.string().nullable(),
      value: z.number().int(),
      done: z.boolean(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  contest: z.object({ kind: z.enum(['unit', 'organisation']), items: z.array(Standing) }).nullable(),
});

export const MyChallengesReply = z.object({
  items: z.array(
    ChallengeView.omit({ manageable: true, createdBy: true }).extend({
      progress: z.object({ value: z.number().int(), target: z.number().int(), done: z.boolean() }),
      /** For a contest: where my commune (or organisation) stands among those competing. */
      standing: Standing.extend({ of: z.number().int() }).nullable(),
    }),
  ),
});
