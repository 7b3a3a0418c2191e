// The courses a class may teach, from the catalogue (programmes.courses), and the modules a class
// asks its members to master (resolved the same way the KPIs and challenges do: moduleIdsOf).
import type { Db } from '../../db/client.ts';
import { listProgrammes } from '../catalog/catalog.repository.ts';
import type { ProgrammeCourses } from '../credentials/rules.ts';
import { moduleIdsOf } from '../monitoring/kpi.sql.ts';
import type { CourseInfo } from './classes.presenter.ts';

export interface Catalogue {
  courses: Map<string, CourseInfo>;
  programmes: ProgrammeCourses[];
}

export async function loadCatalogue(db: Db): Promise<Catalogue> {
  const { programmes } = await listProgrammes(db);
  const courses = new Map<string, CourseInfo>();
  const shaped: ProgrammeCourses[] = [];
  for (const p of programmes) {
    const list = (p.courses ?? []) as { id: string; title?: string; modules?: string[] }[];
    shaped.push({ id: p.id, courses: list.map((c) => ({ id: c.id, modules: c.modules ?? [] })) });
    for (const c of list)
      courses.set(`${p.id}/${c.id}`, {
        id: `${p.id}/${c.id}`,
        title: c.title ?? c.id,
        programmeTitle: p.title,
        modules: c.modules ?? [],
      });
  }
  return { courses, programmes: shaped };
}

/** The modules of a class's courses, in course order, without repeats. */
export function classModules(cat: Catalogue, courseIds: string[]): string[] {
  return [...new Set(courseIds.flatMap((course) => moduleIdsOf({ course }, cat.programmes)))];
}
