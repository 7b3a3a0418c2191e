// The monitoring tables as CSV / XLSX downloads, with Vietnamese headers and file names.
import type { FastifyReply } from 'fastify';
import { sendTable, type TableColumn, type TableRow } from '../../lib/table-export.ts';
import type { TargetRow } from './kpi.service.ts';
import type { ResolvedPlace } from './place.ts';

const statusVi: Record<string, string> = {
  met: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ chậm',
  behind: 'Chậm tiến độ',
  no_data: 'Chưa có số liệu',
};
const sourceVi: Record<string, string> = {
  roster: 'Theo danh sách',
  official: 'Số liệu chính thức',
  mixed: 'Danh sách và số liệu chính thức',
};

const tables: Record<string, { name: string; columns: TableColumn[]; row?: (r: TableRow) => TableRow }> = {
  breakdown: {
    name: 'chi-tieu-theo-don-vi',
    columns: [
      { key: 'label', header: 'Đơn vị / nhóm', width: 36 },
      { key: 'detail', header: 'Thuộc' },
      { key: 'achieved', header: 'Đã đạt', type: 'number' },
      { key: 'population', header: 'Tổng số', type: 'number' },
      { key: 'value', header: 'Tỷ lệ', type: 'percent' },
      { key: 'status', header: 'Đánh giá' },
      { key: 'populationSource', header: 'Nguồn tổng số' },
    ],
    row: (r) => ({
      ...r,
      status: statusVi[String(r.status)],
      populationSource: sourceVi[String(r.populationSource)],
    }),
  },
  subjects: {
    name: 'danh-sach-theo-chi-tieu',
    columns: [
      { key: 'name', header: 'Họ và tên / tên', width: 30 },
      { key: 'unitName', header: 'Xã, phường', width: 24 },
      { key: 'organisationName', header: 'Cơ quan, tổ chức', width: 30 },
      { key: 'achievedAt', header: 'Ngày đạt', type: 'date' },
      { key: 'lastActiveAt', header: 'Học gần nhất', type: 'date' },
    ],
  },
  'laggards-units': {
    name: 'don-vi-cham-tien-do',
    columns: [
      { key: 'name', header: 'Xã, phường', width: 30 },
      { key: 'detail', header: 'Mã' },
      { key: 'behind', header: 'Số chỉ tiêu chậm / có nguy cơ', type: 'number' },
      { key: 'meanValue', header: 'Tỷ lệ đạt trung bình', type: 'percent' },
    ],
  },
  'laggards-organisations': {
    name: 'to-chuc-cham-tien-do',
    columns: [
      { key: 'name', header: 'Cơ quan, tổ chức', width: 36 },
      { key: 'detail', header: 'Xã, phường', width: 24 },
      { key: 'meanValue', header: 'Tỷ lệ đạt trung bình', type: 'percent' },
    ],
  },
  'laggards-people': {
    name: 'nguoi-hoc-ngung-hoc',
    columns: [
      { key: 'name', header: 'Họ và tên', width: 30 },
      { key: 'detail', header: 'Xã, phường', width: 24 },
      { key: 'lastActiveAt', header: 'Học gần nhất', type: 'date' },
    ],
  },
};

export function sendExport(
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  table: keyof typeof tables,
  items: object[],
  target: TargetRow | null,
  place: ResolvedPlace,
) {
  const t = tables[table];
  if (!t) throw new Error(`unknown export table ${String(table)}`);
  const rows = (items as TableRow[]).map((r) => (t.row ? t.row(r) : r));
  const name = [t.name, target?.code, place.name].filter(Boolean).join(' ');
  return sendTable(reply, format, name, t.columns, rows);
}
