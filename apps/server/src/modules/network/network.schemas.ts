// Request and reply shapes of the network API (F5): the trainer register and ToT certification,
// the cascade summary, support people for online public services, community digital teams.
import { z } from 'zod';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';

const isoDay = z.iso.date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD');

export const TrainerTier = z.enum(['provincial', 'core', 'community']);
export type TrainerTierT = z.infer<typeof TrainerTier>;

/** The generation a tier starts at: provincial trainers are the root of the cascade. */
export const tierGeneration: Record<TrainerTierT, number> = { provincial: 0, core: 1, community: 2 };
export const tierOfGeneration = (g: number): TrainerTierT =>
  g <= 0 ? 'provincial' : g === 1 ? 'core' : 'community';

/** A core member's "mở 2–3 lớp" status: met with two classes or more. */
export const CoreStatus = z.enum(['met', 'one', 'none']);

export const PersonParams = z.object({ personId: z.uuid() });
export const UnitQuery = z.object({ unitId: UnitIdParam.optional() });

// ---------------------------------------------------------------------------------------------
// Trainers

export const TrainerView = z.object({
  personId: z.string(),
  name: z.string(),
  tier: TrainerTier,
  generation: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  trainedById: z.string().nullable(),
  trainedByName: z.string().nullable(),
  trainedInClass: z.string().nullable(),
  certificateId: z.string().nullable(),
  hasAccount: z.boolean(),
  since: z.string(),
  classesOpened: z.number().int(),
  learnersReached: z.number().int(),
  completed: z.number().int(),
  /** Core members only: opened two classes or more (met), one, none. */
  coreStatus: CoreStatus.nullable(),
});
export type TrainerViewT = z.infer<typeof TrainerView>;

export const TrainersQuery = z.object({
  tier: TrainerTier.optional(),
  unitId: UnitIdParam.optional(),
  q: z.string().trim().max(100).optional(),
  coreStatus: CoreStatus.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type TrainersQueryT = z.infer<typeof TrainersQuery>;

export const TrainersReply = z.object({
  items: z.array(TrainerView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const AppointTrainerBody = z
  .object({
    personId: z.uuid(),
    tier: TrainerTier,
    /** Where the trainer works; default: the person's commune (or their organisation's). */
    unitId: UnitId.optional(),
    teamId: z.uuid().optional(),
    /** The trainer who trained them (lineage), when known. */
    trainedBy: z.uuid().optional(),
  })
  .strict();
export type AppointTrainerBodyT = z.infer<typeof AppointTrainerBody>;

export const UpdateTrainerBody = z
  .object({
    tier: TrainerTier.optional(),
    unitId: UnitId.optional(),
    teamId: z.uuid().nullable().optional(),
  })
  .strict();
export type UpdateTrainerBodyT = z.infer<typeof UpdateTrainerBody>;

export const CertifyBody = z.object({ classId: z.uuid(), personId: z.uuid() }).strict();
export const CertifyReply = z.object({
  personId: z.string(),
  tier: TrainerTier,
  generation: z.number().int(),
  certificateId: z.string().nullable(),
});

// ---------------------------------------------------------------------------------------------
// The cascade

const Figures = {
  trainers: z.number().int(),
  classes: z.number().int(),
  learners: z.number().int(),
  completed: z.number().int(),
};

export const TreeNode: z.ZodType<TreeNodeT> = z.lazy(() =>
  z.object({
    name: z.string(),
    kind: z.enum(['root', 'trainer', 'class', 'other']),
    id: z.string().nullable(),
    value: z.number().int(),
    children: z.array(TreeNode).optional(),
  }),
);
export interface TreeNodeT {
  name: string;
  kind: 'root' | 'trainer' | 'class' | 'other';
  id: string | null;
  /** Learners (class memberships) under this node. */
  value: number;
  children?: TreeNodeT[];
}

export const CascadeReply = z.object({
  unit: z.object({ id: z.number().int().nullable(), name: z.string() }),
  generations: z.array(
    z.object({
      /** null: classes of trainers who are not in the register. */
      generation: z.number().int().nullable(),
      tier: TrainerTier.nullable(),
      ...Figures,
      completionRate: z.number(),
      communesReached: z.number().int(),
    }),
  ),
  communes: z.array(
    z.object({
      unitId: z.number().int(),
      name: z.string(),
      ...Figures,
      supportPersons: z.number().int(),
      teams: z.number().int(),
    }),
  ),
  core: z.object({
    total: z.number().int(),
    met: z.number().int(),
    one: z.number().int(),
    none: z.number().int(),
  }),
  teams: z.object({
    teams: z.number().int(),
    members: z.number().int(),
    classes: z.number().int(),
    learners: z.number().int(),
  }),
  tree: TreeNode,
});
export type CascadeReplyT = z.infer<typeof CascadeReply>;

export const CascadeQuery = z.object({
  unitId: UnitIdParam.optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

// ---------------------------------------------------------------------------------------------
// Support people for online public services

export const SupportPerson = z.object({
  personId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  whereToFind: z.string().nullable(),
  appointedAt: z.string(),
});

export const SupportReply = z.object({
  communes: z.array(z.object({ unitId: z.number().int(), name: z.string(), people: z.array(SupportPerson) })),
  /** The communes in scope without anyone named. */
  missing: z.array(z.object({ unitId: z.number().int(), name: z.string() })),
});

export const AppointSupportBody = z
  .object({
    unitId: UnitId,
    personId: z.uuid(),
    whereToFind: z.string().trim().max(300).optional(),
  })
  .strict();
export type AppointSupportBodyT = z.infer<typeof AppointSupportBody>;

export const SupportParams = z.object({ unitId: UnitIdParam, personId: z.uuid() });

// ---------------------------------------------------------------------------------------------
// Community digital technology teams

export const TeamMemberRole = z.enum(['leader', 'member']);
export const ActivityKind = z.enum(['support', 'communication', 'class', 'other']);

export const TeamSummary = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  members: z.number().int(),
  leaderName: z.string().nullable(),
  activities: z.number().int(),
  lastActivityOn: z.string().nullable(),
  classes: z.number().int(),
  learners: z.number().int(),
});
export type TeamSummaryT = z.infer<typeof TeamSummary>;

export const TeamActivity = z.object({
  id: z.string(),
  day: z.string(),
  kind: ActivityKind,
  title: z.string(),
  participants: z.number().int(),
  notes: z.string().nullable(),
});

export const TeamDetail = TeamSummary.extend({
  memberList: z.array(
    z.object({ personId: z.string(), name: z.string(), role: TeamMemberRole, joinedAt: z.string() }),
  ),
  activityList: z.array(TeamActivity),
});
export type TeamDetailT = z.infer<typeof TeamDetail>;

export const TeamParams = z.object({ id: z.uuid() });
export const TeamMemberParams = z.object({ id: z.uuid(), personId: z.uuid() });
export const TeamActivityParams = z.object({ id: z.uuid(), activityId: z.uuid() });

export const CreateTeamBody = z.object({ unitId: UnitId, name: z.string().trim().min(3).max(200) }).strict();
export const AddTeamMemberBody = z
  .object({ personId: z.uuid(), role: TeamMemberRole.default('member') })
  .strict();
export const CreateActivityBody = z
  .object({
    day: isoDay,
    kind: ActivityKind,
    title: z.string().trim().min(3).max(200),
    participants: z.number().int().min(0).max(100_000).default(0),
    notes: z.string().trim().max(2000).optional(),
  })
  .strict();
export type CreateActivityBodyT = z.infer<typeof CreateActivityBody>;

export const Ok = z.object({ ok: z.literal(true) });
