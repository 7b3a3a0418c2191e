import { describe, expect, it } from 'vitest';
import { type Actor, authorize, type Grant, hasPermission, scopeCovers, scopeOf } from './access.policy.ts';

const grant = (g: Partial<Grant>): Grant => ({
  id: 'g',
  role: 'learner',
  unitId: null,
  unitPath: null,
  unitName: null,
  organisationId: null,
  organisationPath: null,
  organisationName: null,
  ...g,
});
const actor = (...grants: Grant[]): Actor => ({ accountId: 'a', personId: 'p', grants });

describe('access policy', () => {
  it('gives a system admin everything', () => {
    const a = actor(grant({ role: 'system_admin' }));
    expect(scopeOf(a, 'people.update').all).toBe(true);
    expect(() => authorize(a, 'audit.read', { unitPaths: [] })).not.toThrow();
  });

  it('limits a unit officer to the unit subtree', () => {
    const a = actor(grant({ role: 'unit_officer', unitId: 2, unitPath: '/1/2/' }));
    expect(() => authorize(a, 'people.read', { unitPaths: ['/1/2/'] })).not.toThrow();
    expect(() => authorize(a, 'people.read', { unitPaths: ['/1/2/7/'] })).not.toThrow();
    expect(() => authorize(a, 'people.read', { unitPaths: ['/1/3/'] })).toThrow('OUT_OF_SCOPE');
    // "/1/2/" must not cover "/1/20/": paths end with a slash for this reason.
    expect(() => authorize(a, 'people.read', { unitPaths: ['/1/20/'] })).toThrow('OUT_OF_SCOPE');
  });

  it('limits an organisation officer to the organisation subtree', () => {
    const a = actor(grant({ role: 'organisation_officer', organisationId: 'o', organisationPath: '/o/' }));
    expect(scopeCovers(scopeOf(a, 'people.read'), { unitPaths: ['/9/'], organisationPath: '/o/x/' })).toBe(
      true,
    );
    expect(scopeCovers(scopeOf(a, 'people.read'), { unitPaths: ['/9/'], organisationPath: '/p/' })).toBe(
      false,
    );
  });

  it('gives learners and trainers no console permissions', () => {
    const a = actor(grant({ role: 'learner' }), grant({ role: 'trainer', unitPath: '/1/' }));
    expect(hasPermission(a, 'people.read')).toBe(false);
    expect(() => authorize(a, 'people.read', { unitPaths: ['/1/'] })).toThrow('FORBIDDEN');
  });

  it('keeps roles.manage with the campaign office and admins', () => {
    expect(hasPermission(actor(grant({ role: 'unit_officer', unitPath: '/1/' })), 'roles.manage')).toBe(
      false,
    );
    expect(hasPermission(actor(grant({ role: 'campaign_office', unitPath: '/1/' })), 'roles.manage')).toBe(
      true,
    );
  });
});
