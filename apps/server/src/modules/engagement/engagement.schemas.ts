// Engagement as data (content pack engagement.yaml): XP rules, badges and their criteria, and the
// weekly leagues' tiers. Also the request and reply shapes of the engagement API.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-_]*$/, 'chữ thường không dấu, số, "-" hoặc "_"');

/** The events XP is awarded for; each is recorded by the server when it validates the learning. */
export const XP_RULE_IDS = [
  'question_right_first_time',
  'module_mastered',
  'practice_passed',
  'daily_goal_met',
  'streak_kept',
  // A mentee of the learner (a "Đại sứ số") reached the mentor's level: once per mentee.
  'mentee_helped',
] as const;
export type XpRuleId = (typeof XP_RULE_IDS)[number];

export const XpRule = z
  .object({
    id: z.enum(XP_RULE_IDS),
    title: z.string().min(3),
    points: z.number().int().min(0).max(1000),
    dailyCap: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

export const BadgeCriteria = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('modules'), count: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('streak'), days: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('xp'), points: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('right_first_time'), count: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('course'), course: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/) }).strict(),
  z.object({ kind: z.literal('certificate'), template: slug }).strict(),
  z.object({ kind: z.literal('goal_days'), days: z.number().int().min(1) }).strict(),
  /** Mentees of the learner (as a "Đại sứ số") who reached the mentor's level. */
  z.object({ kind: z.literal('mentees_passed'), count: z.number().int().min(1) }).strict(),
]);
export type BadgeCriteriaT = z.infer<typeof BadgeCriteria>;

export const Badge = z
  .object({
    id: slug,
    title: z.string().min(3),
    titleEn: z.string().min(3).optional(),
    description: z.string().min(5),
    criteria: BadgeCriteria,
    /** An SVG of the pack, "images/badges/<id>.svg". */
    artwork: z.string().regex(/^images\/badges\/[\w.-]+\.svg$/, 'images/badges/<tên>.svg'),
  })
  .strict();

export const Leagues = z
  .object({
    tiers: z
      .array(z.object({ id: slug, title: z.string().min(2), titleEn: z.string().optional() }).strict())
      .min(2),
    size: z.number().int().min(5).max(100),
    promote: z.number().int().min(1),
    demote: z.number().int().min(1),
  })
  .strict();

export const EngagementConfig = z
  .object({
    xpRules: z.array(XpRule).min(1),
    badges: z.array(Badge).default([]),
    leagues: Leagues,
    streak: z
      .object({
        /** A freeze is earned every this many goal days in a row… */
        freezeEvery: z.number().int().min(2).max(60),
        /** …up to this many held at once. */
        maxFreezes: z.number().int().min(0).max(10),
      })
      .strict(),
  })
  .strict();
export type EngagementConfigT = z.infer<typeof EngagementConfig>;
export type BadgeT = z.infer<typeof Badge>;
