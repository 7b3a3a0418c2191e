// Wire shapes of the officers' engagement API (apps/server/src/modules/engagement/challenges.schemas.ts,
// honour-roll.schemas.ts and the boards of engagement.routes.ts). Days are 'YYYY-MM-DD'.

export type PlaceKind = 'unit' | 'organisation';

/** A unit or an organisation of the caller's scope, as the URL and the API name it. */
export type PlaceParams = { unitId?: number; organisationId?: string };

export type ChallengeGoal =
  | { kind: 'modules'; count: number; of?: { course: string } | { programme: string } }
  | { kind: 'xp'; points: number }
  | { kind: 'minutes'; minutes: number };

export type ChallengeStatus = 'upcoming' | 'active' | 'ended';

export interface Challenge {
  id: string;
  title: string;
  description: string | null;
  place: { kind: PlaceKind; id: string; name: string };
  startsOn: string;
  endsOn: string;
  goal: ChallengeGoal;
  target: number;
  contest: boolean;
  status: ChallengeStatus;
  closedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  /** False: set above my scope (read only, my own learners). */
  manageable: boolean;
}

export interface NewChallenge {
  title: string;
  description?: string;
  unitId?: number;
  organisationId?: string;
  startsOn: string;
  endsOn: string;
  goal: ChallengeGoal;
  contest: boolean;
}

export interface Standing {
  rank: number | null;
  id: string;
  name: string;
  learners: number;
  done: number;
  share: number | null;
  meanProgress: number | null;
}

export interface ChallengeResults {
  challenge: Challenge;
  restricted: boolean;
  summary: { participants: number; done: number };
  items: {
    personId: string;
    name: string;
    unitName: string | null;
    organisationName: string | null;
    value: number;
    done: boolean;
  }[];
  total: number;
  page: number;
  pageSize: number;
  contest: { kind: PlaceKind; items: Standing[] } | null;
}

export type BoardPeriod = 'week' | 'month' | 'all';

export interface Board {
  placeName: string;
  period: BoardPeriod;
  top: { personId: string; name: string; xp: number; rank: number }[];
}

export interface HonourRoll {
  month: string;
  from: string;
  to: string;
  complete: boolean;
  goalDays: number;
  place: { kind: PlaceKind; id: string; name: string };
  learners: {
    rank: number;
    personId: string;
    name: string;
    unitName: string | null;
    organisationName: string | null;
    xp: number;
    goalDays: number;
    badges: string[];
    public: boolean;
  }[];
  places: {
    kind: PlaceKind;
    items: {
      rank: number | null;
      id: string;
      name: string;
      activeLearners: number;
      meanXp: number | null;
      totalXp: number;
      goalLearners: number;
    }[];
  } | null;
  /** Mentors ("Đại sứ số") by their mentees who reached the level during the month. */
  mentors: {
    rank: number;
    personId: string;
    name: string;
    unitName: string | null;
    organisationName: string | null;
    passed: number;
    passedTotal: number;
    public: boolean;
  }[];
}

export interface CatalogueProgramme {
  id: string;
  title: string;
  courses: { id: string; title: string; modules: string[] }[];
}
