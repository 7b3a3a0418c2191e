// The households roster: a household is its code within its commune (unique there), with the
// head's name and the address. People name their household by that code in the people roster.
import { RowReader } from '../roster.cells.ts';
import { communeOf, loadUnits, OUT_OF_SCOPE, scopes } from '../roster.places.ts';
import type { CommuneRow } from '../roster.repository.ts';
import type { ColumnSpec, Importer, ImportPlan } from '../roster.types.ts';
import {
  type HouseholdWriteRow,
  householdsByCode,
  insertHouseholds,
  updateHouseholds,
} from './households.repository.ts';

const columns: ColumnSpec[] = [
  {
    key: 'code',
    header: 'Mã hộ',
    aliases: ['Mã hộ gia đình', 'Số hộ'],
    required: true,
    help: 'Mã của hộ trong xã/phường (tối đa 50 ký tự), ví dụ số sổ hộ khẩu cũ hoặc mã của xã. Không trùng trong một xã/phường.',
    example: 'HGD-0012',
    width: 14,
    text: true,
  },
  {
    key: 'unitCode',
    header: 'Mã xã/phường',
    aliases: ['Mã xã', 'Mã phường', 'Mã đơn vị hành chính', 'Mã ĐVHC'],
    required: true,
    help: 'Mã 5 chữ số của xã/phường.',
    example: '05443',
    width: 14,
    text: true,
  },
  {
    key: 'headName',
    header: 'Chủ hộ',
    aliases: ['Họ tên chủ hộ', 'Tên chủ hộ'],
    help: 'Họ và tên chủ hộ (không bắt buộc).',
    example: 'Trần Văn Bình',
    width: 26,
  },
  {
    key: 'address',
    header: 'Địa chỉ',
    help: 'Không bắt buộc (tối đa 300 ký tự).',
    example: 'Tổ 5, phường Phan Đình Phùng',
    width: 34,
  },
];

interface HouseholdInput {
  line: number;
  code: string;
  unit: CommuneRow;
  headName: string | null;
  address: string | null;
}

export const householdsImporter: Importer<HouseholdWriteRow> = {
  kind: 'households',
  permission: 'people.create',
  columns,
  notes: [
    'Mỗi dòng là một hộ gia đình. Hộ đã có được nhận ra theo mã hộ và xã/phường; nhập lại chỉ cập nhật chủ hộ và địa chỉ.',
    'Nhập danh sách hộ trước, rồi ghi "Mã hộ gia đình" cho từng người trong danh sách người dân.',
  ],
  async plan(env, rows, problems): Promise<ImportPlan<HouseholdWriteRow>> {
    const units = await loadUnits(env.ctx.db, rows, 'unitCode');
    const can = scopes(env.actor);
    const first = new Map<string, number>();
    const valid: HouseholdInput[] = [];
    for (const row of rows) {
      const r = new RowReader(row, problems);
      const code = r.text('code', 50, true);
      const unit = communeOf(r, 'unitCode', units);
      const headName = r.text('headName', 100);
      const address = r.text('address', 300);
      const key = `${unit?.code}|${code}`;
      const twin = first.get(key);
      if (code && unit && twin) r.fail('code', `Trùng mã hộ với dòng ${twin}|Same household as row ${twin}`);
      else if (code && unit) first.set(key, r.line);
      if (r.ok && code && unit) valid.push({ line: r.line, code, unit, headName, address });
    }
    const stored = await householdsByCode(
      env.ctx.db,
      valid.map((i) => ({ unitCode: i.unit.code, code: i.code })),
    );
    const byKey = new Map(stored.map((h) => [`${h.unitCode}|${h.code}`, h]));
    const plan: ImportPlan<HouseholdWriteRow> = { writes: [], unchanged: 0 };
    for (const i of valid) {
      const h = byKey.get(`${i.unit.code}|${i.code}`);
      const place = { unitPaths: [i.unit.path] };
      if (!can(h ? 'people.update' : 'people.create', place)) {
        problems.add(i.line, 'unitCode', OUT_OF_SCOPE);
        continue;
      }
      const data = {
        id: h?.id ?? null,
        unitId: i.unit.id,
        code: i.code,
        headName: i.headName ?? h?.headName ?? null,
        address: i.address ?? h?.address ?? null,
      };
      if (!h) plan.writes.push({ line: i.line, op: 'create', data });
      else if (h.headName !== data.headName || h.address !== data.address)
        plan.writes.push({ line: i.line, op: 'update', data });
      else plan.unchanged++;
    }
    return plan;
  },
  async write(db, _env, chunk) {
    await insertHouseholds(
      db,
      chunk.filter((w) => w.op === 'create').map((w) => w.data),
    );
    await updateHouseholds(
      db,
      chunk.filter((w) => w.op === 'update').map((w) => w.data),
    );
  },
};
