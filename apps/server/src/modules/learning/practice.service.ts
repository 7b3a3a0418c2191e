// Practice tasks ("đăng tải kết quả để được chấm điểm"): the learner pastes text or uploads a file;
// the rubric grades it at once (an LLM judge does, when configured). Stored once per client id.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { awardXp } from '../engagement/xp.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { versionFor } from './answers.service.ts';
import { gradePractice, type PracticeResult } from './grading/index.ts';
import * as repo from './learning.repository.ts';
import { judgeWithLlm } from './llm-judge.ts';
import { insertEvents } from './lrs.repository.ts';

export interface PracticeInput {
  id: string;
  moduleId: string;
  blockId: string;
  text?: string | null;
  file?: { name: string; type: string; dataBase64: string } | null;
}

const textTypes = /^(text\/|application\/(json|xml|x-markdown))/;

/** The text a rubric can read: what was typed, plus the content of a plain-text file. */
export function submissionText(input: PracticeInput): string {
  const parts = [input.text ?? ''];
  if (input.file && textTypes.test(input.file.type)) {
    parts.push(Buffer.from(input.file.dataBase64, 'base64').toString('utf8'));
  }
  return parts.join('\n\n').trim();
}

export async function submitPractice(ctx: AppContext, personId: string, input: PracticeInput) {
  const existing = await repo.getPracticeSubmission(ctx.db, input.id);
  if (existing) {
    if (existing.personId !== personId) throw errors.conflict('CONFLICT');
    return { grade: existing.grade as PracticeResult & { grader: string }, duplicate: true };
  }
  const { version } = await versionFor(ctx.db, personId, input.moduleId);
  const blockIndex = version.blocks.findIndex((b) => b.id === input.blockId && b.type === 'practice');
  const block = version.blocks[blockIndex];
  if (block?.type !== 'practice') throw errors.notFound('PRACTICE_NOT_FOUND');
  const text = submissionText(input);
  if (!text && !input.file) {
    throw errors.validation([
      { path: 'text', message: 'Hãy nhập bài làm hoặc chọn tệp|Type your answer or choose a file' },
    ]);
  }
  const byRubric = gradePractice(block.rubric, { text });
  const byLlm = ctx.env.llm
    ? await judgeWithLlm(ctx.env.llm, block.prompt, block.rubric, text, byRubric)
    : null;
  const grade = { ...(byLlm ?? byRubric), grader: byLlm ? 'llm' : 'rubric' };

  const duplicate = await ctx.db.transaction(async (txx) => {
    const tx = txx as Db;
    const fresh = await repo.insertPracticeSubmission(tx, {
      id: input.id,
      personId,
      moduleId: input.moduleId,
      moduleVersion: version.version,
      blockId: input.blockId,
      text: input.text ?? null,
      fileName: input.file?.name ?? null,
      fileType: input.file?.type ?? null,
      fileData: input.file?.dataBase64 ?? null,
      grade,
      grader: grade.grader,
    });
    if (!fresh) return true;
    await insertEvents(tx, [
      {
        id: input.id,
        personId,
        verb: 'submitted',
        objectType: 'practice',
        objectId: `${input.moduleId}/${input.blockId}`,
        moduleId: input.moduleId,
        moduleVersion: version.version,
        result: { score: { scaled: grade.score }, success: grade.passed },
        context: { moduleId: input.moduleId, moduleVersion: version.version, blockIndex },
        timestamp: new Date(),
      },
    ]);
    if (grade.passed)
      await awardXp(tx, personId, [
        {
          rule: 'practice_passed',
          sourceKey: `practice:${input.moduleId}/${input.blockId}`,
          day: vnDay(new Date()),
        },
      ]);
    return false;
  });
  return { grade, duplicate };
}
