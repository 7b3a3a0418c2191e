// Client-side checks mirror the server's rules so most mistakes are caught before a round trip;
// the server stays the authority and its field errors are shown the same way.

export function normalisePhone(text: string): string {
  return text.replace(/[\s.()-]/g, '');
}

/** Vietnamese mobile numbers, as the server accepts them: 0912345678, +84912345678, 84912345678. */
export function isPhone(text: string): boolean {
  return /^(?:\+?84|0)[35789]\d{8}$/.test(normalisePhone(text));
}

export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Citizen identity card (CCCD): 12 digits; old identity cards (CMND) with 9 are still accepted. */
export function isNationalId(text: string): boolean {
  return /^(?:\d{9}|\d{12})$/.test(text.replace(/\s/g, ''));
}

export const MIN_NAME_LENGTH = 2;

export const MIN_BIRTH_YEAR = 1900;

export function isBirthYear(text: string): boolean {
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= MIN_BIRTH_YEAR && year <= new Date().getFullYear();
}

/** Empty input means "no value": send null so the server clears the field. */
export function emptyToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/** Focus the first invalid field, in form order, so keyboard and screen-reader users land on it. */
export function focusFirstError(errors: Record<string, string | undefined>, order: string[]): void {
  const first = order.find((name) => errors[name]);
  if (!first) return;
  const element = document.querySelector<HTMLElement>(
    `[data-field="${first}"] input, [data-field="${first}"] select`,
  );
  element?.focus();
}
