// Wire shapes of the learner's side of the classes API (apps/server/src/modules/classes/
// classes.schemas.ts: MineReply, ByCodeReply, JoinReply, CheckinReply). Only the fields used here.

export type ClassMode = 'online' | 'in_person' | 'blended';
export type MyStatus = 'none' | 'pending' | 'active' | 'removed';

export interface NextSession {
  id: string;
  startsAt: string;
  minutes: number;
  topic: string | null;
}

export interface MyClass {
  class: {
    id: string;
    code: string;
    title: string;
    mode: ClassMode;
    kind: 'standard' | 'tot';
    unitName: string;
    venue: string | null;
    trainer: { personId: string; name: string };
    courses: { id: string; title: string }[];
    status: 'open' | 'finished' | 'cancelled';
    nextSession: NextSession | null;
  };
  status: 'pending' | 'active' | 'removed';
  modulesDone: number;
  modulesTotal: number;
  completedAt: string | null;
  attended: number;
  sessionsHeld: number;
  announcements: { id: string; body: string; createdAt: string; authorName: string }[];
}

export interface ClassPreview {
  id: string;
  code: string;
  title: string;
  trainerName: string;
  unitName: string;
  mode: ClassMode;
  venue: string | null;
  startsOn: string;
  nextSession: NextSession | null;
  closed: boolean;
  full: boolean;
  myStatus: MyStatus;
}

export type JoinVia = 'code' | 'link' | 'qr';

export interface JoinResult {
  classId: string;
  status: 'active' | 'pending';
}

export interface CheckinResult {
  classId: string;
  classTitle: string;
  sessionId: string;
  startsAt: string;
  status: 'present';
  already: boolean;
}
