// The organisations roster: agencies, enterprises, cooperatives, schools… matched by tax code,
// else by (commune, name, type); parents named by tax code, in the file or already stored (a
// parent in the same file is created first). Scope as for the console: the commune, or under
// one of the officer's organisations.
import { randomUUID } from 'node:crypto';
import { RowReader } from '../roster.cells.ts';
import { loadOrganisations, loadUnits, OUT_OF_SCOPE, type ScopeCheck, scopes } from '../roster.places.ts';
import { type OrganisationRef, organisationsByName } from '../roster.repository.ts';
import type { ImportEnv, Importer, ImportPlan, PlannedWrite, Problems } from '../roster.types.ts';
import { type OrgInput, organisationColumns, readOrganisation } from './organisations.columns.ts';
import {
  insertOrganisations,
  moveSubtree,
  type OrganisationWriteRow,
  updateOrganisations,
} from './organisations.repository.ts';

type OrgPlan = OrganisationWriteRow & { movedFrom: string | null };

interface Node {
  input: OrgInput;
  stored: OrganisationRef | null;
  id: string;
}

const nameKey = (i: { unit?: { id: number }; searchText?: string; type?: string }) =>
  `${i.unit?.id}|${i.type}|${i.searchText}`;

function flagDuplicates(inputs: Partial<OrgInput>[], problems: Problems) {
  const byTax = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const i of inputs) {
    const line = i.line as number;
    const firstTax = i.taxCode ? byTax.get(i.taxCode) : undefined;
    const firstName = i.searchText ? byName.get(nameKey(i)) : undefined;
    if (firstTax)
      problems.add(line, 'taxCode', `Trùng mã số thuế với dòng ${firstTax}|Same tax code as row ${firstTax}`);
    else if (firstName && !i.taxCode)
      problems.add(
        line,
        'name',
        `Trùng tên, loại hình và xã/phường với dòng ${firstName}|Same organisation as row ${firstName}`,
      );
    if (i.taxCode && !firstTax) byTax.set(i.taxCode, line);
    if (i.searchText && !byName.has(nameKey(i))) byName.set(nameKey(i), line);
  }
}

/** The stored organisation a row is (by tax code, else by commune + name + type), or a problem. */
function matchOf(
  i: OrgInput,
  byTax: Map<string, OrganisationRef[]>,
  byName: Map<string, OrganisationRef[]>,
): OrganisationRef | null | string {
  const taxed = i.taxCode ? (byTax.get(i.taxCode) ?? []) : [];
  if (taxed.length > 1)
    return `Có ${taxed.length} tổ chức cùng mã số thuế này|${taxed.length} organisations share this tax code`;
  if (taxed[0]) return taxed[0];
  const named = (byName.get(nameKey(i)) ?? []).filter((o) => !o.taxCode || o.taxCode === i.taxCode);
  if (named.length > 1)
    return `Có ${named.length} tổ chức cùng tên và loại hình ở xã/phường này: hãy ghi mã số thuế|${named.length} organisations share this name here: add the tax code`;
  return named[0] ?? null;
}

class Resolver {
  private readonly paths = new Map<Node, string | null>();
  private readonly visiting = new Set<Node>();
  private readonly fileByTax: Map<string, Node>;
  private readonly fileById: Map<string, Node>;

  constructor(
    nodes: Node[],
    private readonly byTax: Map<string, OrganisationRef[]>,
    private readonly can: ScopeCheck,
    private readonly problems: Problems,
  ) {
    this.fileByTax = new Map(nodes.flatMap((n) => (n.input.taxCode ? [[n.input.taxCode, n] as const] : [])));
    this.fileById = new Map(nodes.map((n) => [n.id, n]));
  }

  private fail(n: Node, key: string, message: string): null {
    this.problems.add(n.input.line, key, message);
    this.paths.set(n, null);
    return null;
  }

  /** The parent's id and path (its final one when it is in the file), or null after a problem. */
  private parentOf(n: Node): { id: string | null; path: string } | null {
    const code = n.input.parentTaxCode;
    if (!code) {
      const inFile = n.stored?.parentId ? this.fileById.get(n.stored.parentId) : undefined;
      const path = inFile ? this.resolve(inFile) : null;
      if (path) return { id: inFile?.id ?? null, path };
      return n.stored
        ? { id: n.stored.parentId, path: n.stored.path.slice(0, -(n.id.length + 1)) }
        : { id: null, path: '/' };
    }
    if (code === n.input.taxCode)
      return this.fail(
        n,
        'parentTaxCode',
        'Cơ quan cấp trên không thể là chính nó|The parent cannot be the organisation itself',
      );
    const inFile = this.fileByTax.get(code);
    if (inFile) {
      const path = this.resolve(inFile);
      if (path) return { id: inFile.id, path };
      if (this.problems.has(n.input.line)) return null;
      return this.fail(
        n,
        'parentTaxCode',
        `Cơ quan cấp trên (dòng ${inFile.input.line}) không nhập được|The parent (row ${inFile.input.line}) was not imported`,
      );
    }
    const stored = this.byTax.get(code) ?? [];
    if (stored.length !== 1)
      return this.fail(
        n,
        'parentTaxCode',
        stored.length
          ? `Có ${stored.length} tổ chức cùng mã số thuế ${code}|${stored.length} organisations share the tax code ${code}`
          : `Không có tổ chức nào mã số thuế ${code}, trong tệp hay trong hệ thống|No organisation has the tax code ${code}`,
      );
    return { id: stored[0]?.id ?? null, path: stored[0]?.path ?? '/' };
  }

  /** The row's final path, checked against the scope; null when the row cannot be imported. */
  resolve(n: Node): string | null {
    if (this.paths.has(n)) return this.paths.get(n) ?? null;
    if (this.visiting.has(n))
      return this.fail(n, 'parentTaxCode', 'Vòng lặp: cơ quan cấp trên lại là cấp dưới|Parents form a loop');
    this.visiting.add(n);
    const parent = this.problems.has(n.input.line) ? null : this.parentOf(n);
    this.visiting.delete(n);
    if (!parent) {
      this.paths.set(n, null);
      return null;
    }
    if (parent.path.includes(`/${n.id}/`))
      return this.fail(
        n,
        'parentTaxCode',
        'Cơ quan cấp trên không thể là cấp dưới của nó|The parent cannot be one of its own sub-organisations',
      );
    const path = `${parent.path}${n.id}/`;
    const unitPaths = [n.input.unit.path];
    if (!n.stored) {
      const parentPath = parent.id ? parent.path : null;
      if (!this.can('organisations.create', { unitPaths, organisationPath: parentPath }))
        return this.fail(n, 'unitCode', OUT_OF_SCOPE);
    } else {
      if (
        !this.can('organisations.update', { unitPaths: [n.stored.unitPath], organisationPath: n.stored.path })
      )
        return this.fail(
          n,
          n.input.taxCode ? 'taxCode' : 'name',
          'Tổ chức này đã có trong hệ thống, ngoài phạm vi quản lý của bạn|This organisation is already registered, outside your scope',
        );
      if (!this.can('organisations.update', { unitPaths, organisationPath: path }))
        return this.fail(n, 'unitCode', OUT_OF_SCOPE);
    }
    this.paths.set(n, path);
    return path;
  }
}

function planned(n: Node, path: string, parentId: string | null): PlannedWrite<OrgPlan> | 'same' {
  const i = n.input;
  const s = n.stored;
  const data: OrgPlan = {
    id: n.id,
    name: i.name,
    searchText: i.searchText,
    type: i.type,
    unitId: i.unit.id,
    parentId,
    path,
    taxCode: i.taxCode ?? s?.taxCode ?? null,
    address: i.address ?? s?.address ?? null,
    workerCount: i.workerCount ?? s?.workerCount ?? null,
    industrialZone: i.industrialZone ?? s?.industrialZone ?? null,
    movedFrom: s && s.path !== path ? s.path : null,
  };
  if (!s) return { line: i.line, op: 'create', data };
  const same =
    s.name === data.name &&
    s.type === data.type &&
    s.unitId === data.unitId &&
    s.parentId === data.parentId &&
    s.path === data.path &&
    s.taxCode === data.taxCode &&
    s.address === data.address &&
    s.workerCount === data.workerCount &&
    s.industrialZone === data.industrialZone;
  return same ? 'same' : { line: i.line, op: 'update', data };
}

async function nodesOf(
  env: ImportEnv,
  valid: OrgInput[],
  byTax: Map<string, OrganisationRef[]>,
  problems: Problems,
) {
  const unmatched = valid.filter((i) => !(i.taxCode && byTax.has(i.taxCode)));
  const found = await organisationsByName(
    env.ctx.db,
    unmatched.map((i) => ({ unitId: i.unit.id, searchText: i.searchText, type: i.type })),
  );
  const byName = new Map<string, OrganisationRef[]>();
  for (const o of found) {
    const k = nameKey({ unit: { id: o.unitId }, searchText: o.searchText, type: o.type });
    byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  const nodes: Node[] = [];
  const seen = new Map<string, number>();
  for (const input of valid) {
    const stored = matchOf(input, byTax, byName);
    if (typeof stored === 'string') problems.add(input.line, input.taxCode ? 'taxCode' : 'name', stored);
    else if (stored && seen.has(stored.id))
      problems.add(
        input.line,
        'name',
        `Dòng ${seen.get(stored.id)} cũng là tổ chức này|Row ${seen.get(stored.id)} is the same organisation`,
      );
    else {
      if (stored) seen.set(stored.id, input.line);
      nodes.push({ input, stored, id: stored?.id ?? randomUUID() });
    }
  }
  return nodes;
}

export const organisationsImporter: Importer<OrgPlan> = {
  kind: 'organisations',
  permission: 'organisations.create',
  columns: organisationColumns,
  notes: [
    'Mỗi dòng là một cơ quan, tổ chức. Tổ chức đã có được nhận ra theo mã số thuế; nếu không có mã số thuế thì theo tên, loại hình và xã/phường.',
    'Cơ quan cấp trên được ghi bằng mã số thuế: có thể là một dòng khác trong cùng tệp. Ô để trống không xóa thông tin đã có.',
  ],
  async plan(env, rows, problems): Promise<ImportPlan<OrgPlan>> {
    const units = await loadUnits(env.ctx.db, rows, 'unitCode');
    const byTax = await loadOrganisations(env.ctx.db, rows, ['taxCode', 'parentTaxCode']);
    const inputs = rows.map((row) => readOrganisation(new RowReader(row, problems), units));
    flagDuplicates(inputs, problems);
    const valid = inputs.filter((i) => !problems.has(i.line as number)) as OrgInput[];
    const nodes = await nodesOf(env, valid, byTax, problems);
    const resolver = new Resolver(nodes, byTax, scopes(env.actor), problems);
    const plan: ImportPlan<OrgPlan> = { writes: [], unchanged: 0 };
    for (const n of nodes) {
      const path = resolver.resolve(n);
      if (!path || problems.has(n.input.line)) continue;
      const parentId = path.split('/').filter(Boolean).at(-2) ?? null;
      const p = planned(n, path, parentId);
      if (p === 'same') plan.unchanged++;
      else plan.writes.push(p);
    }
    // Parents before their children (a moved parent takes its subtree along first).
    plan.writes.sort((a, b) => a.data.path.length - b.data.path.length);
    return plan;
  },
  async write(db, _env, chunk) {
    await insertOrganisations(
      db,
      chunk.filter((w) => w.op === 'create').map((w) => w.data),
    );
    const updates = chunk.filter((w) => w.op === 'update').map((w) => w.data);
    for (const moved of updates.filter((u) => u.movedFrom)) await moveSubtree(db, moved.id, moved.path);
    await updateOrganisations(db, updates);
  },
};
