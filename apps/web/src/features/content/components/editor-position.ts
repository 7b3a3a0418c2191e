// Caret ↔ line/column arithmetic for the source editor (lines and columns count from 1).

export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Offset of the first character of `line` (clamped to the text). */
export function offsetOfLine(text: string, line: number): number {
  let current = 1;
  for (let i = 0; i < text.length && current < line; i++) {
    if (text.charCodeAt(i) === 10) {
      current++;
      if (current === line) return i + 1;
    }
  }
  return line <= 1 ? 0 : text.length;
}

export function lineCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** 'line:12' → 12; anything else → null. */
export function lineOfPath(path: string): number | null {
  const match = /^line:(\d+)$/.exec(path);
  return match ? Number(match[1]) : null;
}
