// Session times for the learner: "dd/MM/yyyy HH:mm" in Vietnam time.
import { formatDate } from '../../../lib/format';

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${formatDate(iso)} ${timeParts.format(date)}`;
}

/** A join code as typed ("ab 12-cd") → as printed ("AB12CD"). */
export function normaliseCode(text: string): string {
  return text.replace(/[^0-9a-z]/gi, '').toUpperCase();
}
