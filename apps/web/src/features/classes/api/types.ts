// Wire shapes of the classes API (apps/server/src/modules/classes/classes.schemas.ts; the contract
// is /tmp/brief/classes-api.md). Days are 'YYYY-MM-DD', timestamps ISO.

export type ClassMode = 'online' | 'in_person' | 'blended';
export type ClassKind = 'standard' | 'tot';
export type ClassStatus = 'open' | 'finished' | 'cancelled';
export type VenueKind = 'school' | 'cultural_house' | 'digital_centre' | 'office' | 'other';
export type MemberStatus = 'pending' | 'active' | 'removed';
export type MemberFlag = 'stuck' | 'inactive' | 'completed';

export interface NextSession {
  id: string;
  startsAt: string;
  minutes: number;
  topic: string | null;
}

export interface ClassView {
  id: string;
  code: string;
  title: string;
  description: string | null;
  kind: ClassKind;
  courseIds: string[];
  courses: { id: string; title: string }[];
  mode: ClassMode;
  targetGroups: string[];
  vulnerabilities: string[];
  unitId: number;
  unitName: string;
  organisationId: string | null;
  organisationName: string | null;
  teamId: string | null;
  venueKind: VenueKind | null;
  venue: string | null;
  capacity: number | null;
  closed: boolean;
  trainer: { personId: string; name: string };
  generation: number | null;
  status: ClassStatus;
  startsOn: string;
  endsOn: string | null;
  membersCount: number;
  completedCount: number;
  pendingCount: number;
  nextSession: NextSession | null;
  joinUrl: string;
  canManage: boolean;
}

export interface ClassList {
  items: ClassView[];
  total: number;
}

export interface ClassListParams {
  q?: string;
  status?: ClassStatus;
  mode?: ClassMode;
  kind?: ClassKind;
  page: number;
  pageSize: number;
}

export interface ClassOptions {
  courses: { id: string; title: string; programmeTitle: string }[];
  units: { id: number; name: string }[];
  teams: { id: string; name: string; unitId: number }[];
}

export interface NewSession {
  startsAt: string;
  minutes?: number;
  topic?: string;
  inPerson?: boolean;
}

export interface NewClass {
  title: string;
  description?: string;
  kind?: ClassKind;
  courseIds: string[];
  mode: ClassMode;
  targetGroups?: string[];
  vulnerabilities?: string[];
  unitId: number;
  teamId?: string;
  venueKind?: VenueKind;
  venue?: string;
  capacity?: number;
  closed?: boolean;
  startsOn: string;
  endsOn?: string;
  sessions?: NewSession[];
}

export interface Member {
  personId: string;
  name: string;
  phoneMasked: string | null;
  hasAccount: boolean;
  status: MemberStatus;
  source: string;
  joinedAt: string;
  modulesDone: number;
  modulesTotal: number;
  completedAt: string | null;
  lastActiveAt: string | null;
  attended: number;
}

export interface Candidate {
  personId: string;
  name: string;
  birthYear: number | null;
  phoneMasked: string | null;
  inClass: boolean;
}

export interface Session {
  id: string;
  startsAt: string;
  minutes: number;
  topic: string | null;
  inPerson: boolean;
  attended: number;
  checkinUrl: string | null;
}

export interface AttendanceRow {
  personId: string;
  name: string;
  hasAccount: boolean;
  present: boolean;
  method: 'qr' | 'trainer' | null;
}

export interface Announcement {
  id: string;
  body: string;
  createdAt: string;
  authorName: string;
}

export interface DashboardMember {
  personId: string;
  name: string;
  modulesDone: number;
  modulesTotal: number;
  completedAt: string | null;
  lastActiveAt: string | null;
  attended: number;
  sessionsHeld: number;
  flags: MemberFlag[];
  certifiedTrainer: boolean;
  eligibleForTrainer: boolean;
}

export interface QuestionStat {
  moduleId: string;
  moduleTitle: string;
  questionId: string;
  prompt: string;
  attempts: number;
  rightFirstTime: number;
}

export interface Dashboard {
  class: ClassView;
  summary: {
    members: number;
    active7d: number;
    completed: number;
    stuck: number;
    inactive: number;
    pending: number;
    averageProgress: number;
  };
  members: DashboardMember[];
  questions: QuestionStat[];
  announcements: Announcement[];
}
