// Shapes of the mentor ("Đại sứ số") API as the learner's pages read them.

export interface Level {
  id: string;
  kind: 'attainment' | 'course';
  title: string;
  titleEn: string | null;
  programme: string | null;
}

export interface MentorRecord {
  helped: number;
  active: number;
  passed: number;
  target: number;
  met: boolean;
}

export interface MyMentoring {
  mentor: {
    personId: string;
    name: string;
    level: Level;
    unitName: string | null;
    source: 'volunteer' | 'appointed';
    since: string;
    inviteCode: string;
    inviteUrl: string;
    qrSvg: string;
    record: MentorRecord;
  } | null;
  levels: (Level & { reached: boolean; done: number; total: number })[];
  myMentor: {
    personId: string;
    name: string;
    level: Level;
    since: string;
    source: 'invite' | 'officer';
  } | null;
}

export interface Mentee {
  personId: string;
  name: string;
  unitName: string | null;
  status: 'active' | 'passed';
  source: 'invite' | 'officer';
  startedAt: string;
  passedAt: string | null;
  progress: { done: number; total: number; reached: boolean };
  lastActiveAt: string | null;
  minutesThisWeek: number;
  streak: number;
  lastNudgedAt: string | null;
  canNudge: boolean;
}

export interface Mentees {
  level: Level;
  record: MentorRecord;
  items: Mentee[];
}

export interface Invite {
  code: string;
  mentor: { personId: string; name: string; unitName: string | null };
  level: Level;
  state: 'own' | 'accepted' | 'has_other_mentor' | 'reached' | 'open';
}

/** The level's title in the interface language. */
export const levelTitle = (l: Level, language: string) =>
  language.startsWith('en') && l.titleEn ? l.titleEn : l.title;
