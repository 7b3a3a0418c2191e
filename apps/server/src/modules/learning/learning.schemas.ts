import { z } from 'zod';
import { TargetGroup } from '../people/people.schemas.ts';
import { UnitId } from '../units/units.schemas.ts';

export const ProfileBody = z
  .object({
    targetGroup: TargetGroup,
    unitId: UnitId,
    dailyGoalMinutes: z.number().int().min(5).max(120).default(15),
  })
  .strict();

export const ProfileReply = z.object({
  targetGroup: z.string(),
  dailyGoalMinutes: z.number().int(),
  unitId: z.number().int().nullable(),
  placement: z.record(z.string(), z.number()).nullable(),
  placedAt: z.string().nullable(),
});

export const PlacementReply = z.object({
  framework: z.string(),
  areas: z.array(
    z.object({
      area: z.string(),
      name: z.string(),
      levels: z.array(z.object({ level: z.number().int(), statement: z.string() })),
    }),
  ),
});

export const PlacementBody = z
  .object({
    answers: z
      .array(
        z
          .object({ area: z.string().max(20), level: z.number().int().min(1).max(8), canDo: z.boolean() })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

export const PlacementResultReply = z.object({ placement: z.record(z.string(), z.number()) });

export const TodayReply = z.object({
  goalMinutes: z.number().int(),
  track: z.object({ id: z.string(), title: z.string() }).nullable(),
  items: z.array(
    z.object({
      moduleId: z.string(),
      title: z.string(),
      minutes: z.number().int(),
      reason: z.enum(['continue', 'next', 'review']),
      score: z.number(),
      blockIndex: z.number().int(),
      mastered: z.boolean(),
    }),
  ),
  minutes: z.number().int(),
  placed: z.boolean(),
  minutesToday: z.number().int(),
});

export const MasteryReply = z.object({
  framework: z.string(),
  areas: z.array(z.object({ area: z.string(), name: z.string(), score: z.number() })),
});

export const ModuleParams = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(100),
  })
  .strict();

export const ModulePlayerReply = z.object({
  id: z.string(),
  packId: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  minutes: z.number().int(),
  level: z.string(),
  version: z.number().int(),
  competences: z.array(z.string()),
  masteryThreshold: z.number(),
  blocks: z.array(z.record(z.string(), z.unknown())),
  progress: z.object({
    blockIndex: z.number().int(),
    score: z.number(),
    mastered: z.boolean(),
    questions: z.array(
      z.object({
        questionId: z.string(),
        bestScore: z.number(),
        lastScore: z.number(),
        attempts: z.number().int(),
      }),
    ),
    practice: z.array(z.object({ blockId: z.string(), grade: z.unknown() })),
  }),
});

export const AnswersBody = z
  .object({
    answers: z
      .array(
        z
          .object({
            id: z.uuid(),
            moduleId: z.string().max(100),
            questionId: z.string().max(100),
            response: z.unknown(),
            timestamp: z.iso.datetime({ offset: true }).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

const Localized = z.object({ vi: z.string(), en: z.string() });

export const AnswersReply = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      questionId: z.string(),
      correct: z.boolean(),
      score: z.number(),
      expected: Localized,
      explanation: z.string(),
      moduleScore: z.number(),
      mastered: z.boolean(),
      duplicate: z.boolean(),
    }),
  ),
  /** Certificates this answer earned (issued at once), for the player to announce. */
  certificates: z.array(z.object({ id: z.string(), serial: z.string(), title: z.string() })).default([]),
});

export const PracticeBody = z
  .object({
    id: z.uuid(),
    moduleId: z.string().max(100),
    blockId: z.string().max(100),
    text: z.string().max(20_000).nullish(),
    file: z
      .object({
        name: z.string().min(1).max(200),
        type: z.string().min(1).max(100),
        dataBase64: z.base64().max(4_000_000, 'Tệp tối đa 3 MB|The file can be at most 3 MB'),
      })
      .strict()
      .nullish(),
  })
  .strict();

export const PracticeReply = z.object({
  duplicate: z.boolean(),
  grade: z.object({
    score: z.number(),
    passed: z.boolean(),
    grader: z.string(),
    criteria: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        score: z.number(),
        weight: z.number(),
        feedback: Localized,
      }),
    ),
  }),
});

export const StatementsQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
