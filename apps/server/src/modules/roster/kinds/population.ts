// The population figures roster: official denominators of the campaign's targets (working-age
// people of a commune, officials of an agency…) with their source and date, one per key and place.
// A commune's figure needs people.create there (whoever may enrol its people may state how many
// there are); an organisation's figure needs organisations.update on it (like its worker count).

import { foldLabel } from '../../../lib/labels.ts';
import { Invalid, integerIn, parsePastDay, RowReader } from '../roster.cells.ts';
import {
  communeOf,
  loadOrganisations,
  loadUnits,
  OUT_OF_SCOPE,
  organisationOf,
  scopes,
} from '../roster.places.ts';
import type { ColumnSpec, Importer, ImportPlan, PlannedWrite } from '../roster.types.ts';
import { type FigureWriteRow, figuresFor, upsertFigures } from './population.repository.ts';

/** The figures the campaign targets use; other keys (lower-case, digits, "_") are allowed too. */
export const figureKeys: Record<string, string> = {
  population: 'Dân số',
  working_age: 'Dân số trong độ tuổi lao động',
  adults: 'Dân số từ 18 tuổi trở lên',
  households: 'Số hộ gia đình',
  officials: 'Cán bộ, công chức, viên chức',
  workers: 'Người lao động',
  pupils: 'Học sinh',
  students: 'Sinh viên',
  elderly: 'Người cao tuổi',
  ethnic_minority: 'Người dân tộc thiểu số',
  enterprises: 'Số doanh nghiệp',
};
const keyByLabel = new Map(Object.entries(figureKeys).map(([k, label]) => [foldLabel(label), k]));

const parseKey = (raw: string) => {
  const s = raw.trim();
  if (/^[a-z][a-z0-9_]{1,49}$/.test(s)) return s;
  return (
    keyByLabel.get(foldLabel(s)) ??
    new Invalid(
      `Chỉ số "${s}" không hợp lệ: dùng mã (chữ thường không dấu, số, dấu _) như working_age, hoặc tên trong hướng dẫn|Unknown figure "${s}": use a key such as working_age`,
    )
  );
};

const columns: ColumnSpec[] = [
  {
    key: 'key',
    header: 'Chỉ số',
    aliases: ['Mã chỉ số', 'Loại số liệu'],
    required: true,
    values: Object.entries(figureKeys).map(([k, label]) => `${k} (${label})`),
    help: 'Mã của số liệu (hoặc tên của nó trong danh sách bên); có thể dùng mã khác: chữ thường không dấu, số và dấu _.',
    example: 'working_age',
    width: 18,
  },
  {
    key: 'unitCode',
    header: 'Mã xã/phường',
    aliases: ['Mã xã', 'Mã phường', 'Mã đơn vị hành chính', 'Mã ĐVHC'],
    help: 'Số liệu của một xã/phường: mã 5 chữ số. Để trống nếu là số liệu của một tổ chức.',
    example: '05443',
    width: 14,
    text: true,
  },
  {
    key: 'organisationTaxCode',
    header: 'Mã số thuế tổ chức',
    aliases: ['Mã số thuế', 'MST', 'Mã số thuế cơ quan/tổ chức'],
    help: 'Số liệu của một cơ quan, tổ chức (ví dụ số cán bộ của một sở): mã số thuế của nó. Chỉ điền một trong hai: Mã xã/phường hoặc Mã số thuế tổ chức.',
    example: '',
    width: 18,
    text: true,
  },
  {
    key: 'value',
    header: 'Giá trị',
    aliases: ['Số lượng', 'Số liệu'],
    required: true,
    help: 'Số nguyên không âm, ví dụ 12.450.',
    example: '12450',
    width: 12,
  },
  {
    key: 'source',
    header: 'Nguồn số liệu',
    aliases: ['Nguồn'],
    required: true,
    help: 'Văn bản hoặc cơ quan cung cấp số liệu (tối đa 300 ký tự).',
    example: 'Niên giám thống kê tỉnh Thái Nguyên 2025',
    width: 36,
  },
  {
    key: 'asOf',
    header: 'Ngày số liệu',
    aliases: ['Ngày', 'Thời điểm số liệu'],
    required: true,
    help: 'Ngày chốt số liệu, dạng ngày/tháng/năm.',
    example: '31/12/2025',
    width: 14,
    text: true,
  },
];

export const populationImporter: Importer<FigureWriteRow> = {
  kind: 'population',
  permission: 'people.create',
  columns,
  notes: [
    'Mỗi dòng là một số liệu chính thức (mẫu số của chỉ tiêu) của một xã/phường hoặc một tổ chức. Số liệu cùng chỉ số và cùng nơi được cập nhật (giá trị, nguồn, ngày).',
  ],
  async plan(env, rows, problems): Promise<ImportPlan<FigureWriteRow>> {
    const units = await loadUnits(env.ctx.db, rows, 'unitCode');
    const orgs = await loadOrganisations(env.ctx.db, rows, ['organisationTaxCode']);
    const can = scopes(env.actor);
    const wanted: PlannedWrite<FigureWriteRow>[] = [];
    const first = new Map<string, number>();
    for (const row of rows) {
      const r = new RowReader(row, problems);
      const key = r.get('key', parseKey, true);
      const value = r.get('value', integerIn(0, 2_000_000_000), true);
      const source = r.text('source', 300, true);
      const asOf = r.get('asOf', parsePastDay, true);
      if (r.raw('unitCode') && r.raw('organisationTaxCode'))
        r.fail(
          'organisationTaxCode',
          'Chỉ điền Mã xã/phường hoặc Mã số thuế tổ chức, không điền cả hai|Fill in the commune or the organisation, not both',
        );
      const org = r.raw('unitCode') ? null : organisationOf(r, 'organisationTaxCode', orgs);
      const unit = r.raw('organisationTaxCode') ? null : communeOf(r, 'unitCode', units);
      if (!r.ok || !key || value === null || !source || !asOf || (!unit && !org)) continue;
      const place = unit ? `u${unit.id}` : `o${org?.id}`;
      const twin = first.get(`${key}|${place}`);
      if (twin) r.fail('key', `Trùng chỉ số và nơi với dòng ${twin}|Same figure as row ${twin}`);
      else if (unit && !can('people.create', { unitPaths: [unit.path] })) r.fail('unitCode', OUT_OF_SCOPE);
      else if (org && !can('organisations.update', { unitPaths: [org.unitPath], organisationPath: org.path }))
        r.fail('organisationTaxCode', OUT_OF_SCOPE);
      first.set(`${key}|${place}`, twin ?? r.line);
      if (!r.ok) continue;
      const data = { key, unitId: unit?.id ?? null, organisationId: org?.id ?? null, value, source, asOf };
      wanted.push({ line: r.line, op: 'create', data });
    }
    const stored = new Map(
      (
        await figuresFor(
          env.ctx.db,
          wanted.map((w) => w.data),
        )
      ).map((f) => [`${f.key}|${f.unitId}|${f.organisationId}`, f]),
    );
    const plan: ImportPlan<FigureWriteRow> = { writes: [], unchanged: 0 };
    for (const w of wanted) {
      const f = stored.get(`${w.data.key}|${w.data.unitId}|${w.data.organisationId}`);
      if (!f) plan.writes.push(w);
      else if (f.value !== w.data.value || f.source !== w.data.source || f.asOf !== w.data.asOf)
        plan.writes.push({ ...w, op: 'update' });
      else plan.unchanged++;
    }
    return plan;
  },
  async write(db, env, chunk) {
    await upsertFigures(
      db,
      chunk.map((w) => w.data),
      env.actor.accountId,
    );
  },
};
