// Issuance rules (pure): does a learner's record meet a certificate template's rule, and how far
// along are they? The record comes from module progress, competence mastery and attainments.
import type { CertificateRuleT } from '../catalog/pack.schemas.ts';

export interface ProgrammeCourses {
  id: string;
  courses: { id: string; modules: string[] }[];
}

export interface LearnerRecord {
  /** moduleId → best module score and whether it was mastered. */
  modules: Map<string, { score: number; mastered: boolean }>;
  /** competenceId → mastery score (0–1). */
  competences: Map<string, number>;
  /** Target groups for which "đạt phổ cập" is recorded. */
  attainments: string[];
}

export interface RuleProgress {
  met: boolean;
  modulesDone: number;
  modulesTotal: number;
  /** What is still missing, for the learner's progress view and the officer's check. */
  missing: string[];
}

/** The modules a rule asks for, in programme order, without repeats. */
export function requiredModules(rule: CertificateRuleT, programmes: ProgrammeCourses[]): string[] {
  const ids: string[] = [];
  if (rule.course) {
    const [pid, cid] = rule.course.split('/');
    const course = programmes.find((p) => p.id === pid)?.courses.find((c) => c.id === cid);
    ids.push(...(course?.modules ?? []));
  }
  if (rule.programme) {
    const p = programmes.find((x) => x.id === rule.programme);
    for (const c of p?.courses ?? []) ids.push(...c.modules);
  }
  ids.push(...(rule.modules ?? []));
  return [...new Set(ids)];
}

export function moduleDone(rule: CertificateRuleT, m: { score: number; mastered: boolean } | undefined) {
  if (!m) return false;
  return rule.minScore === undefined ? m.mastered : m.mastered && m.score >= rule.minScore - 1e-9;
}

/**
 * Evaluates a rule. An in-person rule is never met automatically (an officer grants it after the
 * sessions); its online part still shows as progress.
 */
export function evaluateRule(
  rule: CertificateRuleT,
  programmes: ProgrammeCourses[],
  record: LearnerRecord,
): RuleProgress {
  const mods = requiredModules(rule, programmes);
  const missing: string[] = [];
  let done = 0;
  for (const id of mods) {
    if (moduleDone(rule, record.modules.get(id))) done++;
    else missing.push(`module:${id}`);
  }
  for (const c of rule.competences ?? []) {
    if ((record.competences.get(c.id) ?? 0) < c.minScore - 1e-9) missing.push(`competence:${c.id}`);
  }
  if (rule.attainment) {
    const groups = rule.attainment.targetGroups;
    const ok = groups.length
      ? record.attainments.some((g) => groups.includes(g as never))
      : record.attainments.length > 0;
    if (!ok) missing.push('attainment');
  }
  if (rule.inPerson) missing.push('in-person');
  return { met: missing.length === 0, modulesDone: done, modulesTotal: mods.length, missing };
}
