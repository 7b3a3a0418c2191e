// The levels a mentor guides: "attainment" (đạt phổ cập) and every course of the catalogue, with
// the modules that make a course; and where a person stands on each.
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { levelStanding, listCourses } from './mentoring.repository.ts';
import type { LevelT } from './mentoring.schemas.ts';

export const ATTAINMENT: LevelT = {
  id: 'attainment',
  kind: 'attainment',
  title: 'Đạt phổ cập kỹ năng số',
  titleEn: 'Digital skills attainment',
  programme: null,
};

export interface LevelDef extends LevelT {
  modules: string[];
}

export async function listLevels(db: Db): Promise<LevelDef[]> {
  const courses = (await listCourses(db)).flatMap((p) =>
    p.courses.map(
      (c): LevelDef => ({
        id: `${p.id}/${c.id}`,
        kind: 'course',
        title: c.title ?? c.id,
        titleEn: c.titleEn ?? null,
        programme: p.title,
        modules: c.modules,
      }),
    ),
  );
  return [{ ...ATTAINMENT, modules: [] }, ...courses];
}

/** The level by id; a level no longer in the catalogue keeps its id as its title. */
export async function levelOf(db: Db, id: string): Promise<LevelDef> {
  const found = (await listLevels(db)).find((l) => l.id === id);
  return found ?? { id, kind: 'course', title: id, titleEn: null, programme: null, modules: [] };
}

/** The level asked for in a request: it must exist. */
export async function requireLevel(db: Db, id: string): Promise<LevelDef> {
  const found = (await listLevels(db)).find((l) => l.id === id);
  if (!found)
    throw errors.validation([
      {
        path: 'level',
        message: 'Không có cấp độ này trong học liệu|There is no such level in the catalogue',
      },
    ]);
  return found;
}

export const publicLevel = ({ modules: _m, ...l }: LevelDef): LevelT => l;

/** Where a person stands on a level: reached, and modules mastered of its total. */
export async function standingOn(db: Db, personId: string, level: LevelDef) {
  const s = await levelStanding(db, personId, level.id, level.modules);
  const total = level.kind === 'attainment' ? 1 : level.modules.length;
  return { reached: s.reached, done: level.kind === 'attainment' ? (s.reached ? 1 : 0) : s.done, total };
}
