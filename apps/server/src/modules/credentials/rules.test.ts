import { describe, expect, it } from 'vitest';
import { CertificateRule } from '../catalog/pack.schemas.ts';
import { evaluateRule, type LearnerRecord, requiredModules } from './rules.ts';

const programmes = [
  {
    id: 'ai',
    courses: [
      { id: 'bac-1', modules: ['a', 'b'] },
      { id: 'bac-2', modules: ['b', 'c'] },
    ],
  },
];
const rule = (r: unknown) => CertificateRule.parse(r);
const record = (
  mods: Record<string, [number, boolean]>,
  extra: Partial<LearnerRecord> = {},
): LearnerRecord => ({
  modules: new Map(Object.entries(mods).map(([k, [score, mastered]]) => [k, { score, mastered }])),
  competences: new Map(),
  attainments: [],
  ...extra,
});

describe('certificate rules', () => {
  it('resolves a course and a programme to their modules without repeats', () => {
    expect(requiredModules(rule({ course: 'ai/bac-1' }), programmes)).toEqual(['a', 'b']);
    expect(requiredModules(rule({ programme: 'ai' }), programmes)).toEqual(['a', 'b', 'c']);
    expect(requiredModules(rule({ course: 'ai/bac-1', modules: ['c', 'a'] }), programmes)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('is met when every module of the course is mastered', () => {
    const r = rule({ course: 'ai/bac-1' });
    expect(evaluateRule(r, programmes, record({ a: [1, true] }))).toMatchObject({
      met: false,
      modulesDone: 1,
      modulesTotal: 2,
      missing: ['module:b'],
    });
    expect(evaluateRule(r, programmes, record({ a: [1, true], b: [0.8, true] })).met).toBe(true);
  });

  it('asks for the minimum score on top of mastery', () => {
    const r = rule({ modules: ['a'], minScore: 0.9 });
    expect(evaluateRule(r, programmes, record({ a: [0.85, true] })).met).toBe(false);
    expect(evaluateRule(r, programmes, record({ a: [0.9, true] })).met).toBe(true);
    expect(evaluateRule(r, programmes, record({ a: [0.95, false] })).met).toBe(false);
  });

  it('checks competence scores and attainment per target group', () => {
    const r = rule({
      competences: [{ id: 'f:1.1', minScore: 0.7 }],
      attainment: { targetGroups: ['official'] },
    });
    const low = record({}, { competences: new Map([['f:1.1', 0.6]]), attainments: ['official'] });
    expect(evaluateRule(r, programmes, low).missing).toEqual(['competence:f:1.1']);
    const wrongGroup = record({}, { competences: new Map([['f:1.1', 0.7]]), attainments: ['citizen'] });
    expect(evaluateRule(r, programmes, wrongGroup).missing).toEqual(['attainment']);
    const ok = record({}, { competences: new Map([['f:1.1', 0.7]]), attainments: ['official'] });
    expect(evaluateRule(r, programmes, ok).met).toBe(true);
  });

  it('never meets an in-person rule automatically but shows its online progress', () => {
    const r = rule({ course: 'ai/bac-1', inPerson: true });
    const p = evaluateRule(r, programmes, record({ a: [1, true], b: [1, true] }));
    expect(p).toMatchObject({ met: false, modulesDone: 2, modulesTotal: 2, missing: ['in-person'] });
  });

  it('refuses a rule with no condition', () => {
    expect(CertificateRule.safeParse({}).success).toBe(false);
  });
});
