// A small line diff (longest common subsequence) for reviewers: which lines of the draft differ
// from the published version. Common head and tail lines are matched first, so a typical edit of
// a few lines costs almost nothing even in a long module.

export type DiffLine =
  | { kind: 'same'; text: string; oldLine: number; newLine: number }
  | { kind: 'removed'; text: string; oldLine: number }
  | { kind: 'added'; text: string; newLine: number };

/** Above this many cells (changed lines × changed lines) the middle is shown as removed + added. */
const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A final newline does not start another (empty) line.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }

  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++)
    out.push({ kind: 'same', text: a[i] as string, oldLine: i + 1, newLine: i + 1 });
  out.push(...diffMiddle(a, b, head, a.length - tail, head, b.length - tail));
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    out.push({ kind: 'same', text: a[i] as string, oldLine: i + 1, newLine: j + 1 });
  }
  return out;
}

function diffMiddle(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number): DiffLine[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const out: DiffLine[] = [];
  if (n * m > MAX_CELLS) {
    for (let i = a0; i < a1; i++) out.push({ kind: 'removed', text: a[i] as string, oldLine: i + 1 });
    for (let j = b0; j < b1; j++) out.push({ kind: 'added', text: b[j] as string, newLine: j + 1 });
    return out;
  }
  // lcs[i * (m + 1) + j] = length of the LCS of a[a0 + i ..] and b[b0 + j ..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[a0 + i] === b[b0 + j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  // Walk the table; on a tie take the removal first so changes read "old line → new line".
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[a0 + i] === b[b0 + j]) {
      out.push({ kind: 'same', text: a[a0 + i] as string, oldLine: a0 + i + 1, newLine: b0 + j + 1 });
      i++;
      j++;
    } else if (
      j >= m ||
      (i < n && (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))
    ) {
      out.push({ kind: 'removed', text: a[a0 + i] as string, oldLine: a0 + i + 1 });
      i++;
    } else {
      out.push({ kind: 'added', text: b[b0 + j] as string, newLine: b0 + j + 1 });
      j++;
    }
  }
  return out;
}

export interface DiffStats {
  added: number;
  removed: number;
}

export function diffStats(lines: DiffLine[]): DiffStats {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === 'added') added++;
    else if (line.kind === 'removed') removed++;
  }
  return { added, removed };
}

export type DiffChunk = { kind: 'lines'; lines: DiffLine[] } | { kind: 'folded'; lines: DiffLine[] };

/**
 * Unchanged runs longer than twice the context are folded, keeping `context` lines around each
 * change, so a reviewer sees the changes first and can unfold the rest.
 */
export function foldUnchanged(lines: DiffLine[], context = 3): DiffChunk[] {
  const chunks: DiffChunk[] = [];
  let run: DiffLine[] = [];
  let current: DiffLine[] = [];
  const flushRun = (atStart: boolean, atEnd: boolean) => {
    const keepBefore = atStart ? 0 : context;
    const keepAfter = atEnd ? 0 : context;
    if (run.length > keepBefore + keepAfter + 1) {
      current.push(...run.slice(0, keepBefore));
      if (current.length) chunks.push({ kind: 'lines', lines: current });
      chunks.push({ kind: 'folded', lines: run.slice(keepBefore, run.length - keepAfter) });
      current = run.slice(run.length - keepAfter);
    } else {
      current.push(...run);
    }
    run = [];
  };
  let seenChange = false;
  for (const line of lines) {
    if (line.kind === 'same') {
      run.push(line);
      continue;
    }
    flushRun(!seenChange, false);
    seenChange = true;
    current.push(line);
  }
  flushRun(!seenChange, true);
  if (current.length) chunks.push({ kind: 'lines', lines: current });
  return chunks;
}
