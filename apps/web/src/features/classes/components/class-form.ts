// The "Mở lớp mới" form's values, its checks (the server's rules, said in plain Vietnamese first)
// and the request body it becomes. Kept apart from the component so the rules read in one place.
import type { TFunction } from 'i18next';
import { parseDisplayDay } from '../../../lib/format';
import type { ClassKind, ClassMode, NewClass, VenueKind } from '../api/types';
import { displayDayIn, parseTime, vnTimestamp } from './schedule';

export interface SessionDraft {
  key: number;
  day: string;
  time: string;
  minutes: string;
  topic: string;
}

export interface ClassFormValues {
  title: string;
  description: string;
  courseIds: string[];
  mode: ClassMode;
  kind: ClassKind;
  targetGroups: string[];
  vulnerabilities: string[];
  unit: { id: number; label: string } | null;
  teamId: string;
  venueKind: VenueKind | '';
  venue: string;
  capacity: string;
  closed: boolean;
  startsOn: string;
  endsOn: string;
  sessions: SessionDraft[];
}

export const FORM_FIELDS = [
  'title',
  'courseIds',
  'mode',
  'kind',
  'targetGroups',
  'vulnerabilities',
  'unit',
  'teamId',
  'venueKind',
  'venue',
  'capacity',
  'closed',
  'startsOn',
  'endsOn',
  'sessions',
  'description',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormErrors = Partial<Record<FormField, string>>;

export function emptyClassForm(): ClassFormValues {
  return {
    title: '',
    description: '',
    courseIds: [],
    mode: 'in_person',
    kind: 'standard',
    targetGroups: [],
    vulnerabilities: [],
    unit: null,
    teamId: '',
    venueKind: 'cultural_house',
    venue: '',
    capacity: '30',
    closed: false,
    startsOn: displayDayIn(0),
    endsOn: '',
    sessions: [{ key: 1, day: displayDayIn(0), time: '08:00', minutes: '90', topic: '' }],
  };
}

/** A server detail path ("courseIds.0", "unitId", "sessions.1.startsAt") → the field showing it. */
export function fieldOfPath(path: string): FormField | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'unitId') return 'unit';
  return (FORM_FIELDS as readonly string[]).includes(head) ? (head as FormField) : null;
}

const MAX_MINUTES = 600;

/** Every problem of the form, by field (empty when it can be sent). */
export function validateClassForm(v: ClassFormValues, t: TFunction): FormErrors {
  const e: FormErrors = {};
  const title = v.title.trim();
  if (title.length < 3) e.title = t('form.errors.title');
  else if (title.length > 150) e.title = t('form.errors.titleLong');
  if (v.courseIds.length === 0) e.courseIds = t('form.errors.courses');
  if (!v.unit) e.unit = t('form.errors.unit');
  if (v.mode !== 'online' && !v.venue.trim()) e.venue = t('form.errors.venue');
  if (v.capacity.trim()) {
    const n = Number(v.capacity.trim());
    if (!Number.isInteger(n) || n < 1 || n > 5000) e.capacity = t('form.errors.capacity');
  }
  const from = parseDisplayDay(v.startsOn);
  if (!from) e.startsOn = t('form.errors.date');
  if (v.endsOn.trim()) {
    const to = parseDisplayDay(v.endsOn);
    if (!to) e.endsOn = t('form.errors.date');
    else if (from && to < from) e.endsOn = t('form.errors.order');
  }
  for (const [i, s] of v.sessions.entries()) {
    const n = i + 1;
    if (!parseDisplayDay(s.day)) e.sessions = t('form.errors.sessionDay', { n });
    else if (!parseTime(s.time)) e.sessions = t('form.errors.sessionTime', { n });
    else if (s.minutes.trim() && !isMinutes(s.minutes)) e.sessions = t('form.errors.sessionMinutes', { n });
    if (e.sessions) break;
  }
  return e;
}

function isMinutes(text: string): boolean {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 15 && n <= MAX_MINUTES;
}

/** The request body of a checked form. */
export function toNewClass(v: ClassFormValues): NewClass {
  const inPerson = v.mode !== 'online';
  const endsOn = parseDisplayDay(v.endsOn);
  return {
    title: v.title.trim(),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    kind: v.kind,
    courseIds: v.courseIds,
    mode: v.mode,
    targetGroups: v.targetGroups,
    vulnerabilities: v.vulnerabilities,
    unitId: v.unit?.id ?? 0,
    ...(v.teamId ? { teamId: v.teamId } : {}),
    ...(inPerson && v.venueKind ? { venueKind: v.venueKind } : {}),
    ...(inPerson && v.venue.trim() ? { venue: v.venue.trim() } : {}),
    ...(v.capacity.trim() ? { capacity: Number(v.capacity.trim()) } : {}),
    closed: v.closed,
    startsOn: parseDisplayDay(v.startsOn) ?? '',
    ...(endsOn ? { endsOn } : {}),
    sessions: v.sessions.map((s) => ({
      startsAt: vnTimestamp(s.day, s.time) ?? '',
      ...(s.minutes.trim() ? { minutes: Number(s.minutes.trim()) } : {}),
      ...(s.topic.trim() ? { topic: s.topic.trim() } : {}),
      inPerson,
    })),
  };
}
