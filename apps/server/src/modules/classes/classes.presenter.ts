// Class rows → the JSON the API sends (whitelisted fields; the join link built from the origin).
import type { ClassRow } from './classes.repository.ts';
import type { ClassViewT } from './classes.schemas.ts';

export interface CourseInfo {
  id: string;
  title: string;
  programmeTitle: string;
  modules: string[];
}

export const joinUrlOf = (origin: string, code: string) => `${origin}/learn/join/${code}`;

export function presentClass(
  c: ClassRow,
  courses: Map<string, CourseInfo>,
  origin: string,
  canManage: boolean,
): ClassViewT {
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    description: c.description,
    kind: c.kind,
    courseIds: c.courseIds,
    courses: c.courseIds.map((id) => ({ id, title: courses.get(id)?.title ?? id })),
    mode: c.mode,
    targetGroups: c.targetGroups,
    vulnerabilities: c.vulnerabilities,
    unitId: c.unitId,
    unitName: c.unitName,
    organisationId: c.organisationId,
    organisationName: c.organisationName,
    teamId: c.teamId,
    venueKind: c.venueKind,
    venue: c.venue,
    capacity: c.capacity,
    closed: c.closed,
    trainer: { personId: c.trainerId, name: c.trainerName },
    generation: c.generation,
    status: c.status,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    membersCount: c.membersCount,
    completedCount: c.completedCount,
    pendingCount: c.pendingCount,
    nextSession: c.nextSession,
    joinUrl: joinUrlOf(origin, c.code),
    canManage,
  };
}

/** "0912 345 678" → "0912•••678": enough to tell people apart on a list, not to call them. */
export const maskPhone = (phone: string | null) =>
  phone && phone.length >= 7 ? `${phone.slice(0, 4)}•••${phone.slice(-3)}` : null;
