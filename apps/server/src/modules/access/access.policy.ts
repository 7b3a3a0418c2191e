// Who may do what, and where. Every endpoint names a permission; a role grants permissions
// within a scope (everything, a unit subtree, or an organisation subtree). Record-level checks
// compare the scope with the units and organisations a record belongs to.
import { errors } from '../../errors.ts';

export const roles = [
  'system_admin',
  'campaign_office',
  'unit_officer',
  'organisation_officer',
  'trainer',
  'mentor',
  'content_author',
  'content_reviewer',
  'learner',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'people.read',
  'people.create',
  'people.update',
  'organisations.read',
  'organisations.create',
  'organisations.update',
  'accounts.create',
  'roles.read',
  'roles.manage',
  'audit.read',
  'content.author',
  'content.review',
  'certificates.read',
  'certificates.issue',
  'certificates.revoke',
  'monitoring.read',
  'campaigns.manage',
  'reports.submit',
  'engagement.manage',
  // Classes (F5): a trainer opens and runs their own classes in their place; officers see and
  // manage every class of theirs.
  'classes.teach',
  'classes.manage',
  // The cascade and the mentor network: trainers by tier, mentors and pairings, support people
  // for online public services, community digital technology teams.
  'network.manage',
  // Personal data (Law 91/2025): confirm or reject a person's request to erase their data.
  'people.erase',
] as const;
export type Permission = (typeof permissions)[number];

const officerPermissions: Permission[] = [
  'people.read',
  'people.create',
  'people.update',
  'organisations.read',
  'organisations.create',
  'organisations.update',
  'accounts.create',
  'roles.read',
  'certificates.read',
  'certificates.issue',
  'certificates.revoke',
  'monitoring.read',
  'reports.submit',
  // Challenges (thử thách) for the learners of their place: set, follow, export, cancel.
  'engagement.manage',
  'classes.manage',
  'network.manage',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: permissions,
  campaign_office: [...officerPermissions, 'roles.manage', 'campaigns.manage', 'people.erase'],
  // An organisation officer does not erase people: residence (the commune) decides, not the workplace.
  unit_officer: [...officerPermissions, 'people.erase'],
  // Periodic reports are made per administrative unit; an organisation exports its dashboard.
  organisation_officer: officerPermissions.filter((p) => p !== 'reports.submit'),
  // Their powers (classes, mentees, content) come with the modules that own those records.
  trainer: ['classes.teach'],
  // A mentor's powers are over their own mentees (the mentorship record), not over a place.
  mentor: [],
  content_author: ['content.author'],
  content_reviewer: ['content.review'],
  learner: [],
};

/** Roles whose permissions are not scoped to a place. */
export const globalRoles: readonly Role[] = ['content_author', 'content_reviewer'];

/** Roles that must be tied to a unit / an organisation when granted. */
export const unitScopedRoles: readonly Role[] = ['campaign_office', 'unit_officer'];
export const organisationScopedRoles: readonly Role[] = ['organisation_officer'];

export interface Grant {
  id: string;
  role: Role;
  unitId: number | null;
  unitPath: string | null;
  unitName: string | null;
  organisationId: string | null;
  organisationPath: string | null;
  organisationName: string | null;
}

export interface Actor {
  accountId: string;
  personId: string;
  grants: Grant[];
}

export interface Scope {
  all: boolean;
  unitPaths: string[];
  organisationPaths: string[];
}

/** The union of the places where the actor holds `permission`. */
export function scopeOf(actor: Actor, permission: Permission): Scope {
  const scope: Scope = { all: false, unitPaths: [], organisationPaths: [] };
  for (const g of actor.grants) {
    if (!rolePermissions[g.role].includes(permission)) continue;
    // Content is not tied to places: admins and content roles act on all of it.
    if (g.role === 'system_admin' || globalRoles.includes(g.role)) scope.all = true;
    else if (g.unitPath) scope.unitPaths.push(g.unitPath);
    else if (g.organisationPath) scope.organisationPaths.push(g.organisationPath);
  }
  return scope;
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  const s = scopeOf(actor, permission);
  return s.all || s.unitPaths.length > 0 || s.organisationPaths.length > 0;
}

export function allPermissions(actor: Actor): Permission[] {
  return permissions.filter((p) => hasPermission(actor, p));
}

/** Where a record sits: the unit paths and organisation path it belongs to. */
export interface Placement {
  unitPaths: (string | null | undefined)[];
  organisationPath?: string | null;
}

export function scopeCovers(scope: Scope, place: Placement): boolean {
  if (scope.all) return true;
  const inUnit = place.unitPaths.some((p) => p && scope.unitPaths.some((s) => p.startsWith(s)));
  if (inUnit) return true;
  const op = place.organisationPath;
  return !!op && scope.organisationPaths.some((s) => op.startsWith(s));
}

/** Throws FORBIDDEN when the actor lacks the permission anywhere. Returns the scope for list filters. */
export function requirePermission(actor: Actor, permission: Permission): Scope {
  const scope = scopeOf(actor, permission);
  if (!scope.all && scope.unitPaths.length === 0 && scope.organisationPaths.length === 0) {
    throw errors.forbidden();
  }
  return scope;
}

/** The named check every handler calls: permission anywhere, then the record's placement. */
export function authorize(actor: Actor, permission: Permission, place: Placement): void {
  const scope = requirePermission(actor, permission);
  if (!scopeCovers(scope, place)) throw errors.outOfScope();
}
