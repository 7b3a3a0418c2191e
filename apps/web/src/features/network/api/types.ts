// The shapes the network API answers with (apps/server/src/modules/network/network.schemas.ts).

export type TrainerTier = 'provincial' | 'core' | 'community';
export type CoreStatus = 'met' | 'one' | 'none';

export interface Trainer {
  personId: string;
  name: string;
  tier: TrainerTier;
  generation: number;
  unitId: number;
  unitName: string;
  teamId: string | null;
  teamName: string | null;
  trainedById: string | null;
  trainedByName: string | null;
  trainedInClass: string | null;
  certificateId: string | null;
  hasAccount: boolean;
  since: string;
  classesOpened: number;
  learnersReached: number;
  completed: number;
  coreStatus: CoreStatus | null;
}

export interface TrainerFilter {
  tier?: TrainerTier;
  unitId?: number;
  coreStatus?: CoreStatus;
  q?: string;
  page: number;
}

export interface TrainerPage {
  items: Trainer[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NewTrainer {
  personId: string;
  tier: TrainerTier;
  unitId?: number;
  teamId?: string;
  trainedBy?: string;
}

export interface TreeNode {
  name: string;
  kind: 'root' | 'trainer' | 'class' | 'other';
  id: string | null;
  value: number;
  children?: TreeNode[];
}

export interface GenerationFigures {
  generation: number | null;
  tier: TrainerTier | null;
  trainers: number;
  classes: number;
  learners: number;
  completed: number;
  completionRate: number;
  communesReached: number;
}

export interface CommuneFigures {
  unitId: number;
  name: string;
  trainers: number;
  classes: number;
  learners: number;
  completed: number;
  supportPersons: number;
  teams: number;
}

export interface Cascade {
  unit: { id: number | null; name: string };
  generations: GenerationFigures[];
  communes: CommuneFigures[];
  core: { total: number; met: number; one: number; none: number };
  teams: { teams: number; members: number; classes: number; learners: number };
  tree: TreeNode;
}

export interface SupportPerson {
  personId: string;
  name: string;
  phone: string | null;
  whereToFind: string | null;
  appointedAt: string;
}

export interface SupportList {
  communes: { unitId: number; name: string; people: SupportPerson[] }[];
  missing: { unitId: number; name: string }[];
}

export type ActivityKind = 'support' | 'communication' | 'class' | 'other';

export interface TeamSummary {
  id: string;
  name: string;
  unitId: number;
  unitName: string;
  members: number;
  leaderName: string | null;
  activities: number;
  lastActivityOn: string | null;
  classes: number;
  learners: number;
}

export interface TeamDetail extends TeamSummary {
  memberList: { personId: string; name: string; role: 'leader' | 'member'; joinedAt: string }[];
  activityList: {
    id: string;
    day: string;
    kind: ActivityKind;
    title: string;
    participants: number;
    notes: string | null;
  }[];
}

export interface NewActivity {
  day: string;
  kind: ActivityKind;
  title: string;
  participants: number;
  notes?: string;
}

export interface PersonOption {
  id: string;
  fullName: string;
  unitName: string | null;
  birthYear: number | null;
}
