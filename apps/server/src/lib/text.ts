// Vietnamese-aware text normalisation shared by search and matching.

/** Lower-case, strip diacritics (đ → d), collapse spaces: "Nguyễn  Văn Á" → "nguyen van a". */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tidy a human name for storage: NFC, single spaces, trimmed. */
export function tidyName(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Escape LIKE wildcards so user input matches literally. */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Vietnamese mobile numbers: accept +84/84/0 prefixes and spaces; store as 0xxxxxxxxx. */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s.()-]/g, '');
  const m = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  return m ? `0${m[1]}` : null;
}

export function normaliseEmail(input: string): string {
  return input.trim().toLowerCase();
}
