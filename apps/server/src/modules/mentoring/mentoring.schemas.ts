// Request and reply shapes of the mentor ("Đại sứ số") API: levels a mentor guides, volunteering
// and appointment, invitations, pairings, the mentor's mentees and record, the officer's list.
import { z } from 'zod';
import { UnitIdParam } from '../units/units.schemas.ts';

/** What a mentor guides: "attainment" (đạt phổ cập) or a course "programme/course". */
export const LevelId = z
  .string()
  .trim()
  .regex(
    /^(attainment|[a-z0-9-]+\/[a-z0-9-]+)$/,
    'Cấp độ là "attainment" hoặc một khóa học chương-trình/khóa-học|The level is "attainment" or a course programme/course',
  );

/** The mentor's target: mentees who reached the level. */
export const MENTEE_TARGET = 5;

/** Invite codes: 8 characters without look-alikes (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const InviteCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, 'Mã mời không hợp lệ|Not an invite code'));

export const Level = z.object({
  id: z.string(),
  kind: z.enum(['attainment', 'course']),
  title: z.string(),
  titleEn: z.string().nullable(),
  /** The course's programme (null for attainment). */
  programme: z.string().nullable(),
});
export type LevelT = z.infer<typeof Level>;

export const LevelsReply = z.object({ items: z.array(Level) });

export const MentorRecord = z.object({
  /** Everyone ever paired with the mentor (ended ones included). */
  helped: z.number().int(),
  active: z.number().int(),
  passed: z.number().int(),
  target: z.number().int(),
  met: z.boolean(),
});

export const MentorView = z.object({
  personId: z.string(),
  name: z.string(),
  level: Level,
  unitId: z.number().int(),
  unitName: z.string().nullable(),
  source: z.enum(['volunteer', 'appointed']),
  status: z.enum(['active', 'paused']),
  since: z.string(),
  inviteCode: z.string(),
  record: MentorRecord,
});
export type MentorViewT = z.infer<typeof MentorView>;

export const VolunteerBody = z.object({ level: LevelId }).strict();

export const MyMentoringReply = z.object({
  mentor: MentorView.extend({ inviteUrl: z.string(), qrSvg: z.string() }).nullable(),
  /** Levels I could guide: reached (may volunteer) or not yet, with the reason. */
  levels: z.array(
    Level.extend({
      reached: z.boolean(),
      /** For a course: modules mastered / total. */
      done: z.number().int(),
      total: z.number().int(),
    }),
  ),
  /** My own mentor, while the mentorship is active. */
  myMentor: z
    .object({
      personId: z.string(),
      name: z.string(),
      level: Level,
      since: z.string(),
      source: z.enum(['invite', 'officer']),
    })
    .nullable(),
});

export const Mentee = z.object({
  personId: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
  status: z.enum(['active', 'passed']),
  source: z.enum(['invite', 'officer']),
  startedAt: z.string(),
  passedAt: z.string().nullable(),
  /** Towards the mentor's level: modules mastered / total (attainment: 1 / 1 once reached). */
  progress: z.object({ done: z.number().int(), total: z.number().int(), reached: z.boolean() }),
  lastActiveAt: z.string().nullable(),
  minutesThisWeek: z.number().int(),
  streak: z.number().int(),
  lastNudgedAt: z.string().nullable(),
  /** False: nudged today already (Vietnam day). */
  canNudge: z.boolean(),
});

export const MenteesReply = z.object({ level: Level, record: MentorRecord, items: z.array(Mentee) });

export const PersonParams = z.object({ personId: z.uuid() }).strict();
export const CodeParams = z.object({ code: InviteCode }).strict();

export const InviteReply = z.object({
  code: z.string(),
  mentor: z.object({ personId: z.string(), name: z.string(), unitName: z.string().nullable() }),
  level: Level,
  /** My relation to it: my own invite, accepted already, another mentor of mine, or open. */
  state: z.enum(['own', 'accepted', 'has_other_mentor', 'reached', 'open']),
});

export const AcceptReply = z.object({
  mentor: z.object({ personId: z.string(), name: z.string() }),
  level: Level,
  since: z.string(),
  /** False: it was accepted before (a retried request). */
  created: z.boolean(),
});

export const AppointBody = z.object({ personId: z.uuid(), level: LevelId }).strict();

export const PairBody = z
  .object({ mentorId: z.uuid(), menteeId: z.uuid() })
  .strict()
  .refine((b) => b.mentorId !== b.menteeId, {
    message: 'Người hướng dẫn không thể tự kèm chính mình|A mentor cannot mentor themself',
    path: ['menteeId'],
  });

export const PairReply = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  since: z.string(),
  created: z.boolean(),
});

export const MentorsQuery = z
  .object({
    unitId: UnitIdParam.optional(),
    q: z.string().trim().max(100).optional(),
    /** Only mentors who met (true) or not (false) the target. */
    met: z.enum(['true', 'false']).optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .strict();

export const MentorsReply = z.object({
  items: z.array(
    MentorView.omit({ inviteCode: true }).extend({
      id: z.string(),
      organisationName: z.string().nullable(),
    }),
  ),
  summary: z.object({ mentors: z.number().int(), met: z.number().int(), passed: z.number().int() }),
});

export const Ok = z.object({ ok: z.literal(true) });
