// Parsers for URL search params. TanStack Router JSON-parses values, so "?q=123" arrives as a
// number; these coerce back and drop anything invalid instead of crashing the page.

export function pickString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

export function pickPositiveInt(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Page 1 is the default, so it is left out of the URL. */
export function pickPage(value: unknown): number | undefined {
  const page = pickPositiveInt(value);
  return page && page > 1 ? page : undefined;
}

export function pickEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}
