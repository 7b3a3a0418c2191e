// Which addresses lesson content may point to. Links in Markdown may use http(s), mailto or a path
// of the platform; pictures and videos a web address or a file of the pack. javascript:, data:,
// vbscript: and any other scheme are refused when a pack or draft is checked — however they are
// disguised (mixed case, spaces or control characters, HTML entities such as `javascript&#58;`).
// The web renderer refuses them too; this is the first of the two locks.
import { z } from 'zod';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '', newline: '', sol: '/', lpar: '(' };

/** What a browser would make of an address: entities decoded, blanks and control characters gone. */
export function normaliseAddress(raw: string): string {
  return (
    raw
      .replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, n: string) => {
        const code = n[0] === 'x' || n[0] === 'X' ? Number.parseInt(n.slice(1), 16) : Number(n);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      })
      .replace(/&([a-z]+);?/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole)
      // Browsers drop leading C0 controls and spaces, and tabs/newlines anywhere in a URL.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
      .replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '')
      .toLowerCase()
  );
}

/** The scheme of an address ("javascript"), or null for a relative address. */
export function schemeOf(raw: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(normaliseAddress(raw));
  return m ? (m[1] as string) : null;
}

/** The refused scheme of a Markdown link target, or null when the link is fine. */
export function refusedLinkScheme(target: string): string | null {
  const scheme = schemeOf(target);
  return scheme && !LINK_SCHEMES.has(scheme) ? scheme : null;
}

// `[label](target)`, including targets with spaces the renderer would not even turn into links.
const MD_LINK = /!?\[[^\]\n]*\]\(([^)\n]*)\)/g;

/** Problems with the links of a piece of Markdown: one message per refused link. */
export function linkProblems(markdown: string): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  for (const m of markdown.matchAll(MD_LINK)) {
    const scheme = refusedLinkScheme(m[1] as string);
    if (scheme)
      out.push({
        index: m.index ?? 0,
        message: `liên kết "${scheme}:" không được phép; chỉ dùng địa chỉ http(s)://, mailto: hoặc đường dẫn bắt đầu bằng /`,
      });
  }
  return out;
}

/** Every string inside a parsed block, with its path (for the line of a problem). */
export function* stringsOf(
  value: unknown,
  path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsOf(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsOf(v, [...path, k]);
}

/** Written as an http(s) address from its first character, with a host, and nothing hidden in it. */
const isWebAddress = (raw: string, httpsOnly = false) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
  if (!/^https?:\/\//i.test(raw) || /[\u0000-\u001f\u007f\s]/.test(raw)) return false;
  try {
    const u = new URL(raw);
    const schemes = httpsOnly ? ['https:'] : ['http:', 'https:'];
    return schemes.includes(u.protocol) && u.hostname.length > 0;
  } catch {
    return false;
  }
};

/** A link to a web page (a framework's source document): http(s) only. */
export const WebAddress = z.string().refine((s) => isWebAddress(s), {
  message: 'cần địa chỉ web http(s)://…; không dùng javascript:, data: hay địa chỉ khác',
});

const IMAGE_FILE = /^images\/[\w./-]+\.(svg|png|jpe?g|webp|gif)$/i;
const VIDEO_FILE = /^videos\/[\w.-]+\.(mp4|webm)$/i;

/**
 * A picture: an https address (shown inside the page, so never plain http: the page's policy and
 * browsers' mixed-content rules block it), or a file in the pack's images/ folder.
 */
export const ImageAddress = z
  .string()
  .min(1)
  .refine((s) => isWebAddress(s, true) || (IMAGE_FILE.test(s) && !s.includes('..')), {
    message:
      'ảnh phải là địa chỉ https:// hoặc tệp images/<tên> (png, jpg, webp, gif, svg) trong gói; không dùng javascript:, data: hay địa chỉ khác',
  });

/** A video: a web address (opened in a new tab), or a file in the pack's videos/ folder. */
export const VideoAddress = z
  .string()
  .min(1)
  .refine((s) => isWebAddress(s) || VIDEO_FILE.test(s), {
    message:
      'địa chỉ web http(s)://, hoặc tệp videos/<tên>.mp4 (hoặc .webm) trong gói; không dùng javascript:, data: hay địa chỉ khác',
  });
