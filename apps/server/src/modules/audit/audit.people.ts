// What the audit log keeps of officers' access to people's records: which view and which
// filters, never the personal data itself (a national ID searched for is kept as its last four
// digits, like the masked number on screen).

export const PERSON_RECORD_VIEW = 'record';

/** The filters of a people search or export as they are stored: no empty values, ID masked. */
export function auditedPeopleFilters(q: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(q)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'nationalId') kept.nationalIdLast4 = String(value).slice(-4);
    else kept[key] = value;
  }
  return kept;
}
