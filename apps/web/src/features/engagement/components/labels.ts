// Words for the engagement data: a goal in a sentence, a status, the place an officer starts from.
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import type { Session } from '../../../lib/session';
import type { CatalogueProgramme, ChallengeGoal, PlaceParams } from '../api/types';

/** "Đạt 5 học phần của khóa “An toàn trên mạng”", "Đạt 500 điểm", "Học 120 phút". */
export function goalText(t: TFunction, goal: ChallengeGoal, programmes: CatalogueProgramme[] = []): string {
  if (goal.kind === 'xp') return t('engagement:goal.xpText', { points: formatNumber(goal.points) });
  if (goal.kind === 'minutes')
    return t('engagement:goal.minutesText', { minutes: formatNumber(goal.minutes) });
  const count = formatNumber(goal.count);
  if (!goal.of) return t('engagement:goal.modulesText', { count });
  if ('programme' in goal.of) {
    const id = goal.of.programme;
    const name = programmes.find((p) => p.id === id)?.title ?? id;
    return t('engagement:goal.modulesOfProgramme', { count, name });
  }
  const [programmeId, courseId] = goal.of.course.split('/');
  const name =
    programmes.find((p) => p.id === programmeId)?.courses.find((c) => c.id === courseId)?.title ??
    goal.of.course;
  return t('engagement:goal.modulesOfCourse', { count, name });
}

export interface PlaceChoice {
  params: PlaceParams;
  label: string;
}

const OFFICER_ROLES = ['campaign_office', 'unit_officer', 'organisation_officer'] as const;

/** The widest place of my officer roles (the province for the campaign office), if any. */
export function defaultPlace(session: Session): PlaceChoice | null {
  for (const role of OFFICER_ROLES) {
    const grant = session.roles.find((r) => r.role === role);
    if (grant?.unitId) return { params: { unitId: grant.unitId }, label: grant.unitName ?? '' };
    if (grant?.organisationId)
      return { params: { organisationId: grant.organisationId }, label: grant.organisationName ?? '' };
  }
  return null;
}

export const samePlace = (a: PlaceParams, b: PlaceParams) =>
  (a.unitId ?? null) === (b.unitId ?? null) && (a.organisationId ?? null) === (b.organisationId ?? null);
