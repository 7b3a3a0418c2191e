// Dates and times as the campaign writes them (dd/MM/yyyy, HH:mm, Vietnam time), both ways.
import { formatDate, parseDisplayDay } from '../../../lib/format';

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO timestamp → "dd/MM/yyyy HH:mm" in Vietnam time. */
export function formatSessionTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${formatDate(iso)} ${timeParts.format(date)}`;
}

/** "7:30", "07:30", "7h30" → "07:30", or null. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})[:hH.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A Vietnam calendar day and time typed in the form → ISO timestamp with the +07:00 offset. */
export function vnTimestamp(displayDay: string, time: string): string | null {
  const day = parseDisplayDay(displayDay);
  const hm = parseTime(time);
  return day && hm ? `${day}T${hm}:00+07:00` : null;
}

/** Today (Vietnam) plus `days`, as dd/MM/yyyy for a form's default. */
export function displayDayIn(days: number): string {
  return formatDate(new Date(Date.now() + days * 86_400_000).toISOString());
}
