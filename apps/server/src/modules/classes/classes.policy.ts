// Who may do what with a class. A trainer (classes.teach) opens classes in the places of their
// trainer grant and runs their OWN classes; an officer (classes.manage) sees and runs every class
// whose commune (unit subtree) or organisation is in their scope. A member sees the class they are in.
import { type SQL, sql } from 'drizzle-orm';
import { errors } from '../../errors.ts';
import { escapeLike } from '../../lib/text.ts';
import { type Actor, hasPermission, type Placement, scopeCovers, scopeOf } from '../access/access.policy.ts';
import { pgArray } from '../access/access.sql.ts';
import type { ClassRow } from './classes.repository.ts';

export type ClassRole = 'officer' | 'trainer';

export const placementOf = (c: Pick<ClassRow, 'unitPath' | 'organisationPath'>): Placement => ({
  unitPaths: [c.unitPath],
  organisationPath: c.organisationPath,
});

/** How the actor may run the class: as an officer of its place, as its trainer, or not at all. */
export function roleIn(
  actor: Actor,
  c: Pick<ClassRow, 'unitPath' | 'organisationPath' | 'trainerId'>,
): ClassRole | null {
  if (hasPermission(actor, 'classes.manage') && scopeCovers(scopeOf(actor, 'classes.manage'), placementOf(c)))
    return 'officer';
  if (c.trainerId === actor.personId && hasPermission(actor, 'classes.teach')) return 'trainer';
  return null;
}

/** Throws unless the actor runs the class (FORBIDDEN without any class permission, else OUT_OF_SCOPE). */
export function authorizeRun(
  actor: Actor,
  c: Pick<ClassRow, 'unitPath' | 'organisationPath' | 'trainerId'>,
): ClassRole {
  const role = roleIn(actor, c);
  if (role) return role;
  if (!hasPermission(actor, 'classes.manage') && !hasPermission(actor, 'classes.teach'))
    throw errors.forbidden();
  throw errors.outOfScope();
}

/** How the actor may open a class at a place: officers anywhere in scope, trainers in their grant's places. */
export function roleToOpen(actor: Actor, place: Placement): ClassRole {
  if (hasPermission(actor, 'classes.manage') && scopeCovers(scopeOf(actor, 'classes.manage'), place))
    return 'officer';
  if (hasPermission(actor, 'classes.teach') && scopeCovers(scopeOf(actor, 'classes.teach'), place))
    return 'trainer';
  if (!hasPermission(actor, 'classes.manage') && !hasPermission(actor, 'classes.teach'))
    throw errors.forbidden();
  throw errors.outOfScope();
}

const prefixes = (paths: string[]) => sql`${pgArray(paths.map((p) => `${escapeLike(p)}%`))}::text[]`;

/** The classes an actor sees in the console, as SQL over the alias `c` (trainer: own; officer: scope). */
export function visibleClassesSql(actor: Actor): SQL {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'classes.teach')) parts.push(sql`c.trainer_id = ${actor.personId}`);
  if (hasPermission(actor, 'classes.manage')) {
    const s = scopeOf(actor, 'classes.manage');
    if (s.all) return sql`true`;
    if (s.unitPaths.length) parts.push(sql`c.unit_path like any(${prefixes(s.unitPaths)})`);
    if (s.organisationPaths.length)
      parts.push(sql`exists (select 1 from organisations vo where vo.id = c.organisation_id
        and vo.path like any(${prefixes(s.organisationPaths)}))`);
  }
  if (parts.length === 0) throw errors.forbidden();
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The scope an actor opens classes in (options: the communes offered). */
export function openingScope(actor: Actor) {
  const manage = scopeOf(actor, 'classes.manage');
  const teach = scopeOf(actor, 'classes.teach');
  return {
    all: manage.all || teach.all,
    unitPaths: [...manage.unitPaths, ...teach.unitPaths],
    organisationPaths: [...manage.organisationPaths, ...teach.organisationPaths],
  };
}
