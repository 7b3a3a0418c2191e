// Parses one micro-module file: a YAML header between `---` lines, then blocks opened by
// `::: <type> [id]` and closed by `:::`. Every problem is reported with its line.
import { z } from 'zod';
import { QuestionSchema, RubricSchema } from '../learning/grading/index.ts';
import { linkProblems, stringsOf } from './content-urls.ts';
import { ImageBlock, ModuleHeader, type ModuleHeaderT, VideoBlock } from './pack.schemas.ts';
import { type Problem, YamlSource } from './yaml-source.ts';

export const blockTypes = ['text', 'steps', 'image', 'video', 'quiz', 'practice'] as const;
export type BlockType = (typeof blockTypes)[number];

const QuizBlock = z.object({ questions: z.array(QuestionSchema).min(1) }).strict();
const PracticeBlock = z
  .object({
    prompt: z.string().min(5),
    submit: z.enum(['text', 'image', 'file']).default('text'),
    example: z.string().optional(),
    rubric: RubricSchema,
  })
  .strict();

export type Block =
  | { type: 'text'; id: string; markdown: string }
  | { type: 'steps'; id: string; title: string | null; steps: string[] }
  | ({ type: 'image'; id: string } & z.infer<typeof ImageBlock>)
  | ({ type: 'video'; id: string } & z.infer<typeof VideoBlock>)
  | { type: 'quiz'; id: string; questions: z.infer<typeof QuestionSchema>[] }
  | ({ type: 'practice'; id: string } & z.infer<typeof PracticeBlock>);

export interface ParsedModule {
  header: ModuleHeaderT;
  blocks: Block[];
  /** Line of each block's opening, for cross-checks reported later. */
  blockLines: number[];
  headerSource: YamlSource;
}

const OPEN = /^:::\s*([a-z_]+)(?:\s+([a-z0-9-]+))?\s*$/;

export function parseModuleMarkdown(
  file: string,
  text: string,
): { module?: ParsedModule; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    return { problems: [{ file, line: 1, message: 'tệp phải bắt đầu bằng phần đầu "---" (front matter)' }] };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) return { problems: [{ file, line: 1, message: 'thiếu dòng "---" đóng phần đầu' }] };
  const headerSource = new YamlSource(file, lines.slice(1, end).join('\n'), 2);
  const header = headerSource.parse(ModuleHeader);
  problems.push(...headerSource.problems);

  const blocks: Block[] = [];
  const blockLines: number[] = [];
  const ids = new Set<string>();
  let opened = 0;
  let i = end + 1;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const open = OPEN.exec(line.trim());
    if (!open) {
      problems.push({
        file,
        line: i + 1,
        message: `nội dung nằm ngoài khối; mở khối bằng "::: <loại>" (${blockTypes.join(', ')})`,
      });
      i++;
      continue;
    }
    const [, type, explicitId] = open;
    const start = i + 1;
    let close = start;
    while (close < lines.length && (lines[close] as string).trim() !== ':::') {
      if (OPEN.test((lines[close] as string).trim())) break;
      close++;
    }
    if (close >= lines.length || (lines[close] as string).trim() !== ':::') {
      problems.push({ file, line: i + 1, message: `khối "${type}" chưa được đóng bằng dòng ":::"` });
      i = close;
      continue;
    }
    opened++;
    const id = explicitId ?? `b${opened}`;
    if (ids.has(id)) problems.push({ file, line: i + 1, message: `mã khối "${id}" bị trùng` });
    ids.add(id);
    const body = lines.slice(start, close);
    const block = parseBlock(file, type as string, id, body, start + 1, problems, i + 1);
    if (block) {
      blocks.push(block);
      blockLines.push(i + 1);
    }
    i = close + 1;
  }
  if (header && opened === 0)
    problems.push({ file, line: end + 1, message: 'học phần chưa có khối nội dung nào' });
  checkQuestionIds(file, blocks, blockLines, problems);
  return { module: header ? { header, blocks, blockLines, headerSource } : undefined, problems };
}

function parseBlock(
  file: string,
  type: string,
  id: string,
  body: string[],
  firstLine: number,
  problems: Problem[],
  openLine: number,
): Block | undefined {
  const text = body.join('\n');
  const yaml = <S extends z.ZodTypeAny>(schema: S) => {
    const src = new YamlSource(file, text, firstLine);
    const v = src.parse(schema);
    // Captions, prompts, options and feedback are Markdown too: their links are checked.
    for (const { path, text: value } of stringsOf(v ?? {}))
      for (const p of linkProblems(value)) src.problem(path, `${path.join('.')}: ${p.message}`);
    problems.push(...src.problems);
    return src.ok ? v : undefined;
  };
  switch (type) {
    case 'text':
      if (!text.trim()) problems.push({ file, line: openLine, message: 'khối text đang trống' });
      checkLinks(file, text, firstLine, problems);
      return { type: 'text', id, markdown: text.trim() };
    case 'steps':
      checkLinks(file, text, firstLine, problems);
      return parseSteps(file, id, body, firstLine, problems, openLine);
    case 'image': {
      const v = yaml(ImageBlock);
      return v ? { type: 'image', id, ...v } : undefined;
    }
    case 'video': {
      const v = yaml(VideoBlock);
      return v ? { type: 'video', id, ...v } : undefined;
    }
    case 'quiz': {
      const v = yaml(QuizBlock);
      return v ? { type: 'quiz', id, questions: v.questions } : undefined;
    }
    case 'practice': {
      const v = yaml(PracticeBlock);
      return v ? { type: 'practice', id, ...v } : undefined;
    }
    default:
      problems.push({
        file,
        line: openLine,
        message: `loại khối không hợp lệ "${type}"; dùng: ${blockTypes.join(', ')}`,
      });
      return undefined;
  }
}

/** Refused links of a Markdown body, each at its own line. */
function checkLinks(file: string, text: string, firstLine: number, problems: Problem[]) {
  for (const p of linkProblems(text)) {
    const line = firstLine + (text.slice(0, p.index).match(/\n/g)?.length ?? 0);
    problems.push({ file, line, message: p.message });
  }
}

function parseSteps(
  file: string,
  id: string,
  body: string[],
  firstLine: number,
  problems: Problem[],
  openLine: number,
): Block {
  let title: string | null = null;
  const steps: string[] = [];
  body.forEach((raw, n) => {
    const line = raw.trimEnd();
    if (!line.trim()) return;
    const heading = /^#{1,4}\s+(.+)$/.exec(line.trim());
    const item = /^\s*\d+[.)]\s+(.+)$/.exec(line);
    if (heading && steps.length === 0 && title === null) title = heading[1] as string;
    else if (item) steps.push(item[1] as string);
    else if (steps.length > 0 && /^\s+\S/.test(raw)) steps[steps.length - 1] += `\n${line.trim()}`;
    else problems.push({ file, line: firstLine + n, message: 'mỗi bước phải là một dòng đánh số "1. …"' });
  });
  if (steps.length < 2) problems.push({ file, line: openLine, message: 'khối steps cần ít nhất 2 bước' });
  return { type: 'steps', id, title, steps };
}

function checkQuestionIds(file: string, blocks: Block[], blockLines: number[], problems: Problem[]) {
  const seen = new Set<string>();
  blocks.forEach((b, n) => {
    if (b.type !== 'quiz') return;
    for (const q of b.questions) {
      if (seen.has(q.id))
        problems.push({
          file,
          line: blockLines[n] ?? 1,
          message: `mã câu hỏi "${q.id}" bị trùng trong học phần`,
        });
      seen.add(q.id);
    }
  });
}
