// The columns of the organisations roster and how one row is read.

import { allowedLabels, labelIndex, organisationTypeLabels } from '../../../lib/labels.ts';
import { foldVietnamese, tidyName } from '../../../lib/text.ts';
import { Invalid, integerIn, oneOf, parseTaxCode, type RowReader, textOf } from '../roster.cells.ts';
import { communeOf } from '../roster.places.ts';
import type { CommuneRow } from '../roster.repository.ts';
import type { ColumnSpec } from '../roster.types.ts';

const types = allowedLabels(organisationTypeLabels);
const typeIndex = labelIndex(organisationTypeLabels);

export const organisationColumns: ColumnSpec[] = [
  {
    key: 'name',
    header: 'Tên cơ quan/tổ chức',
    aliases: ['Tên', 'Tên tổ chức', 'Tên cơ quan', 'Tên đơn vị', 'Tên doanh nghiệp'],
    required: true,
    help: 'Tên đầy đủ, có dấu (2–200 ký tự).',
    example: 'Công ty TNHH Điện tử Yên Bình',
    width: 36,
  },
  {
    key: 'type',
    header: 'Loại hình',
    aliases: ['Loại', 'Loại tổ chức'],
    required: true,
    values: types,
    pick: true,
    help: 'Một trong các giá trị bên.',
    example: 'Doanh nghiệp',
    width: 24,
  },
  {
    key: 'unitCode',
    header: 'Mã xã/phường',
    aliases: ['Mã xã', 'Mã phường', 'Mã đơn vị hành chính', 'Mã ĐVHC'],
    required: true,
    help: 'Mã 5 chữ số của xã/phường nơi đặt trụ sở.',
    example: '05860',
    width: 14,
    text: true,
  },
  {
    key: 'taxCode',
    header: 'Mã số thuế',
    aliases: ['MST'],
    help: '10 chữ số; chi nhánh dạng 10-3, ví dụ 4601234567-001. Nên ghi: tổ chức được nhận ra theo mã số thuế khi nhập lại.',
    example: '4601234567',
    width: 16,
    text: true,
  },
  {
    key: 'address',
    header: 'Địa chỉ',
    help: 'Không bắt buộc (tối đa 300 ký tự).',
    example: 'Lô A2, KCN Yên Bình, phường Phổ Yên',
    width: 34,
  },
  {
    key: 'workerCount',
    header: 'Số lao động',
    aliases: ['Số người lao động', 'Số công nhân viên'],
    help: 'Số nguyên từ 0 đến 1.000.000.',
    example: '1200',
    width: 12,
  },
  {
    key: 'industrialZone',
    header: 'Khu công nghiệp',
    aliases: ['KCN'],
    help: 'Tên khu công nghiệp nơi doanh nghiệp đặt nhà máy, nếu có.',
    example: 'KCN Yên Bình',
    width: 20,
  },
  {
    key: 'parentTaxCode',
    header: 'Mã số thuế cơ quan cấp trên',
    aliases: ['MST cơ quan cấp trên', 'Mã số thuế cấp trên', 'Cơ quan cấp trên'],
    help: 'Không bắt buộc. Cơ quan cấp trên (sở, công ty mẹ…) theo mã số thuế; có thể là một dòng khác trong tệp.',
    example: '',
    width: 18,
    text: true,
  },
];

export interface OrgInput {
  line: number;
  name: string;
  searchText: string;
  type: string;
  unit: CommuneRow;
  taxCode: string | null;
  address: string | null;
  workerCount: number | null;
  industrialZone: string | null;
  parentTaxCode: string | null;
}

const nameOf = (raw: string) => {
  const s = textOf(200)(raw);
  if (s instanceof Invalid) return s;
  return s.length < 2 ? new Invalid('Tên cần ít nhất 2 ký tự|The name needs at least 2 characters') : s;
};

export function readOrganisation(r: RowReader, units: Map<string, CommuneRow>): Partial<OrgInput> {
  const name = r.get('name', nameOf, true);
  return {
    line: r.line,
    name: name ? tidyName(name) : undefined,
    searchText: name ? foldVietnamese(name) : undefined,
    type: r.get('type', oneOf(typeIndex, types), true) ?? undefined,
    unit: communeOf(r, 'unitCode', units) ?? undefined,
    taxCode: r.get('taxCode', parseTaxCode),
    address: r.text('address', 300),
    workerCount: r.get('workerCount', integerIn(0, 1_000_000)),
    industrialZone: r.text('industrialZone', 200),
    parentTaxCode: r.get('parentTaxCode', parseTaxCode),
  };
}
