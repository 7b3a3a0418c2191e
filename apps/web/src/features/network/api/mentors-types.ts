// Shapes of the officer's mentor ("Đại sứ số") API, read by the console's MentorsPanel.

export interface MentorLevel {
  id: string;
  kind: 'attainment' | 'course';
  title: string;
  titleEn: string | null;
  programme: string | null;
}

export interface OfficerMentor {
  id: string;
  personId: string;
  name: string;
  level: MentorLevel;
  unitId: number;
  unitName: string | null;
  organisationName: string | null;
  source: 'volunteer' | 'appointed';
  status: 'active' | 'paused';
  since: string;
  record: { helped: number; active: number; passed: number; target: number; met: boolean };
}

export interface OfficerMentors {
  items: OfficerMentor[];
  summary: { mentors: number; met: number; passed: number };
}

export interface MentorsFilter {
  q?: string;
  met?: 'true' | 'false';
}

export interface PersonOption {
  id: string;
  fullName: string;
  unitName: string | null;
}

export const mentorsKeys = {
  all: ['network', 'mentors'] as const,
  list: (f: MentorsFilter) => ['network', 'mentors', 'list', f] as const,
  levels: ['network', 'mentors', 'levels'] as const,
  people: (q: string) => ['network', 'mentors', 'people', q] as const,
};
