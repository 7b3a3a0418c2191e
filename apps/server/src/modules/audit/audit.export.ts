// The audit log as a table for CSV/XLSX: Vietnamese headers, times dd/MM/yyyy HH:mm:ss in
// Vietnam time, and a header that says so when the export stopped at its cap.
import type { TableColumn, TableRow } from '../../lib/table-export.ts';
import { auditActionLabels, targetTypeLabels } from './audit.labels.ts';
import type { AuditRow } from './audit.repository.ts';

/** The most rows one export holds: the newest ones. Narrow the filters for older entries. */
export const AUDIT_EXPORT_CAP = 100_000;

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as "dd/MM/yyyy HH:mm:ss" in Vietnam time. */
export function formatVnDateTime(at: Date): string {
  const parts = vnTime.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

export function auditColumns(capped: { cap: number } | null): TableColumn[] {
  return [
    {
      key: 'at',
      header: capped
        ? `Thời gian (đã giới hạn: chỉ ${new Intl.NumberFormat('vi-VN').format(capped.cap)} mục mới nhất)`
        : 'Thời gian',
      width: capped ? 44 : 20,
    },
    { key: 'actorName', header: 'Người thực hiện', width: 26 },
    { key: 'actorAccountId', header: 'Mã tài khoản', width: 38 },
    { key: 'actionLabel', header: 'Hành động', width: 28 },
    { key: 'action', header: 'Mã hành động', width: 22 },
    { key: 'targetType', header: 'Loại đối tượng', width: 18 },
    { key: 'targetId', header: 'Mã đối tượng', width: 38 },
    { key: 'targetName', header: 'Tên đối tượng', width: 26 },
    { key: 'details', header: 'Chi tiết', width: 60 },
    { key: 'ip', header: 'Địa chỉ IP', width: 16 },
    { key: 'requestId', header: 'Mã yêu cầu', width: 14 },
  ];
}

export const auditTableRow = (e: AuditRow): TableRow => ({
  at: formatVnDateTime(e.at),
  actorName: e.actorName ?? (e.actorAccountId ? '' : 'Hệ thống'),
  actorAccountId: e.actorAccountId,
  actionLabel: auditActionLabels[e.action] ?? e.action,
  action: e.action,
  targetType: targetTypeLabels[e.targetType] ?? e.targetType,
  targetId: e.targetId,
  targetName: e.targetName,
  details: e.details === null || e.details === undefined ? '' : JSON.stringify(e.details),
  ip: e.ip,
  requestId: e.requestId,
});
