import type { Competence } from '../api/types';

/** A DOM id (and URL hash) for a competence: "tt02-2025:1.1" → "competence-tt02-2025-1-1". */
export function competenceAnchor(competenceId: string): string {
  return `competence-${competenceId.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

/** "digcomp-2.2:1.1" → { frameworkId: "digcomp-2.2", code: "1.1" }; null if not of that form. */
export function parseCompetenceRef(ref: string): { frameworkId: string; code: string } | null {
  const at = ref.indexOf(':');
  if (at <= 0 || at === ref.length - 1) return null;
  return { frameworkId: ref.slice(0, at), code: ref.slice(at + 1) };
}

/** True when the competence or any of its level outcomes is still an unchecked draft. */
export function hasDraft(competence: Competence): boolean {
  if (competence.status === 'draft') return true;
  const levels = competence.descriptors?.levels ?? {};
  return Object.values(levels).some((level) => level?.status === 'draft');
}

/** Count of items (competences and level outcomes) still marked draft, for the reviewers' summary. */
export function draftItemCount(competences: Competence[]): number {
  let count = 0;
  for (const competence of competences) {
    if (competence.status === 'draft') count++;
    for (const level of Object.values(competence.descriptors?.levels ?? {})) {
      if (level?.status === 'draft') count++;
    }
  }
  return count;
}
