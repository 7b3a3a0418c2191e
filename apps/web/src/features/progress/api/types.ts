// Shapes of the learner's engagement API (apps/server/src/modules/engagement/*.routes.ts).

export type BoardPlace = 'class' | 'commune' | 'organisation' | 'province';
export type BoardPeriod = 'week' | 'month' | 'all';

// "class": the class I joined last (F5), a tab only when I am in one.
export const BOARD_PLACES: readonly BoardPlace[] = ['class', 'commune', 'organisation', 'province'];
export const BOARD_PERIODS: readonly BoardPeriod[] = ['week', 'month', 'all'];

export interface BoardEntry {
  personId: string;
  name: string;
  xp: number;
  rank: number;
  me: boolean;
}

export interface Leaderboard {
  place: BoardPlace;
  /** Null when the learner has no such place (no commune, works nowhere): an empty board. */
  placeName: string | null;
  period: BoardPeriod;
  top: BoardEntry[];
  me: { xp: number; rank: number; of: number } | null;
}

export interface LeagueTable {
  week: string;
  tier: number;
  members: BoardEntry[];
}

export type NotificationKind =
  | 'streak_at_risk'
  | 'badge'
  | 'league'
  | 'challenge'
  | 'class'
  | 'mentoring'
  | 'trainer';

export interface LearnerNotification {
  id: string;
  kind: NotificationKind | string;
  payload: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export type ChallengeGoal =
  | { kind: 'modules'; count: number; of?: { course: string } | { programme: string } }
  | { kind: 'xp'; points: number }
  | { kind: 'minutes'; minutes: number };

/** Where my commune (or organisation) stands among the places competing in a contest. */
export interface ChallengeStanding {
  rank: number | null;
  id: string;
  name: string;
  learners: number;
  done: number;
  share: number | null;
  meanProgress: number | null;
  of: number;
}

/** A challenge of one of my places (active, or ended lately), with my progress. */
export interface Challenge {
  id: string;
  title: string;
  description: string | null;
  place: { kind: 'unit' | 'organisation'; id: string; name: string };
  startsOn: string;
  endsOn: string;
  goal: ChallengeGoal;
  target: number;
  contest: boolean;
  status: 'upcoming' | 'active' | 'ended';
  progress: { value: number; target: number; done: boolean };
  standing: ChallengeStanding | null;
}
