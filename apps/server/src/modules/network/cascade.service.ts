// The cascade summary (F5) the campaign office reads: reach by generation (provincial trainers'
// ToT classes → core members' classes → community classes), by commune, the core members' "mở 2–3
// lớp" status, the community teams' totals, and a tree for the chart: the place → provincial
// trainers → the trainers they trained → their classes, valued by learners (class memberships).
// Long branches are capped and their rest summed into "Khác (n)".
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/access.policy.ts';
import * as repo from './cascade.repository.ts';
import { type CascadeReplyT, type TreeNodeT, tierOfGeneration } from './network.schemas.ts';
import { communeScope, rootUnit } from './network.scope.ts';

/** Children kept per node: provincial trainers under the place, trainers, classes under a trainer. */
export const TREE_CAPS = { roots: 40, trainers: 8, classes: 3 } as const;

const rate = (done: number, of: number) => (of > 0 ? Math.round((done / of) * 1000) / 1000 : 0);

/** Keeps the `cap` largest nodes and sums the rest into one "Khác (n)" node. */
export function capChildren(nodes: TreeNodeT[], cap: number, extra = { count: 0, value: 0 }): TreeNodeT[] {
  const sorted = [...nodes].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'));
  const kept = sorted.slice(0, cap);
  const rest = sorted.slice(cap);
  const count = rest.length + extra.count;
  if (count === 0) return kept;
  const value = rest.reduce((s, n) => s + n.value, 0) + extra.value;
  return [...kept, { name: `Khác (${count})`, kind: 'other', id: null, value }];
}

export function buildTree(
  root: { name: string; id: number | null },
  rows: { trainers: repo.TreeTrainer[]; classes: repo.TreeClass[] },
): TreeNodeT {
  const byId = new Map(rows.trainers.map((t) => [t.personId, t]));
  const trained = new Map<string, repo.TreeTrainer[]>();
  const tops: repo.TreeTrainer[] = [];
  for (const t of rows.trainers) {
    if (t.trainedBy && byId.has(t.trainedBy) && t.trainedBy !== t.personId) {
      const list = trained.get(t.trainedBy) ?? [];
      list.push(t);
      trained.set(t.trainedBy, list);
    } else tops.push(t);
  }
  const classesOf = new Map<string, repo.TreeClass[]>();
  for (const c of rows.classes) {
    const list = classesOf.get(c.trainerId) ?? [];
    list.push(c);
    classesOf.set(c.trainerId, list);
  }
  const seen = new Set<string>();
  const node = (t: repo.TreeTrainer): TreeNodeT => {
    seen.add(t.personId);
    const shown = classesOf.get(t.personId) ?? [];
    const classNodes: TreeNodeT[] = shown.map((c) => ({
      name: c.title,
      kind: 'class',
      id: c.id,
      value: c.learners,
    }));
    const hidden = {
      count: Math.max(0, t.classes - shown.length),
      value: Math.max(0, t.learners - shown.reduce((s, c) => s + c.learners, 0)),
    };
    const trainerNodes = (trained.get(t.personId) ?? []).filter((x) => !seen.has(x.personId)).map(node);
    const children = [
      ...capChildren(trainerNodes, TREE_CAPS.trainers),
      ...capChildren(classNodes, TREE_CAPS.classes, hidden),
    ];
    const value = t.learners + trainerNodes.reduce((s, n) => s + n.value, 0);
    return { name: t.name, kind: 'trainer', id: t.personId, value, ...(children.length ? { children } : {}) };
  };
  const top = tops.sort((a, b) => a.generation - b.generation).map(node);
  return {
    name: root.name,
    kind: 'root',
    id: root.id === null ? null : String(root.id),
    value: top.reduce((s, n) => s + n.value, 0),
    children: capChildren(top, TREE_CAPS.roots),
  };
}

export async function cascadeSummary(db: Db, actor: Actor, unitId?: number): Promise<CascadeReplyT> {
  const root = await rootUnit(db, communeScope(actor), unitId);
  const [generations, communes, core, teams, rows] = await Promise.all([
    repo.generationFigures(db, root.path),
    repo.communeFigures(db, root.path),
    repo.coreStatusCounts(db, root.path),
    repo.teamTotals(db, root.path),
    repo.treeRows(db, root.path, TREE_CAPS.classes),
  ]);
  return {
    unit: { id: root.id, name: root.name },
    generations: generations.map((g) => ({
      generation: g.generation,
      tier: g.generation === null ? null : tierOfGeneration(g.generation),
      trainers: g.trainers,
      classes: g.classes,
      learners: g.learners,
      completed: g.completed,
      completionRate: rate(g.completed, g.learners),
      communesReached: g.communes,
    })),
    communes,
    core,
    teams,
    tree: buildTree(root, rows),
  };
}
