// Display formats fixed by the campaign style guide: dates dd/MM/yyyy and vi-VN numbers
// (1.234,5) in both languages, so printed lists look the same whoever exports them.

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

/** A 0..1 share as a whole percentage in vi-VN style ("36%"). */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? '' : percentFormat.format(Math.max(0, Math.min(1, share)));
}

/** ISO timestamp → dd/MM/yyyy in Vietnam time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateParts.format(date); // en-GB already yields dd/MM/yyyy
}

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO timestamp → "HH:mm dd/MM/yyyy" in Vietnam time (the way Vietnamese documents write it). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${timeParts.format(date)} ${dateParts.format(date)}`;
}

/** 'YYYY-MM-DD' (a calendar date, no time zone) → dd/MM/yyyy. */
export function formatIsoDay(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** dd/MM/yyyy (also d/M/yyyy, dots or dashes) → 'YYYY-MM-DD', or null when not a real date. */
export function parseDisplayDay(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
