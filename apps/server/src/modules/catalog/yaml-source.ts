// YAML with line numbers: parse a file (or a slice of one), validate it with zod, and turn every
// problem into `file:line: message` for authors.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

const viErrors = z.locales.vi().localeError;

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

/** snake_case keys (what authors write) → camelCase (what the code uses), recursively. */
export function camelize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelize);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
        camelize(v),
      ]),
    );
  }
  return value;
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export class YamlSource {
  private readonly lc = new LineCounter();
  private readonly doc;
  readonly problems: Problem[] = [];

  /** `firstLine` is the line of `text`'s first line within `file` (for blocks inside Markdown). */
  constructor(
    readonly file: string,
    text: string,
    private readonly firstLine = 1,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: false });
    for (const e of [...this.doc.errors, ...this.doc.warnings]) {
      const line = e.linePos?.[0]?.line ?? 1;
      this.problems.push({ file, line: line + firstLine - 1, message: `YAML: ${e.message.split('\n')[0]}` });
    }
  }

  get ok() {
    return this.problems.length === 0;
  }

  value(): unknown {
    return this.doc.toJS();
  }

  /** The line of the node at a (camelCase) path, falling back to its nearest parent. */
  lineOf(path: (string | number | symbol)[]): number {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'string' ? snake(k) : k));
      const node = this.doc.getIn(keys as unknown[], true);
      if (isNode(node) && node.range) return this.lc.linePos(node.range[0]).line + this.firstLine - 1;
    }
    return this.firstLine;
  }

  problem(path: (string | number | symbol)[], message: string) {
    this.problems.push({ file: this.file, line: this.lineOf(path), message });
  }

  /** Validate the camelized value; record each zod issue at its line. */
  parse<S extends z.ZodTypeAny>(schema: S): z.infer<S> | undefined {
    if (!this.ok) return undefined;
    const r = schema.safeParse(camelize(this.value()), { error: viErrors } as never);
    if (r.success) return r.data;
    for (const issue of r.error.issues) {
      const where = issue.path.length
        ? `${issue.path.map((k) => (typeof k === 'string' ? snake(k) : String(k))).join('.')}: `
        : '';
      this.problem(issue.path, `${where}${issue.message}`);
    }
    return undefined;
  }
}
