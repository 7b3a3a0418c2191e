// Learning done through the API from a signed-in page, for journeys that need a learner's figures
// to move (a course completed with every quiz answered correctly) without clicking through it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadPack } from '../../apps/server/src/modules/catalog/pack.ts';
import { keyedResponse } from '../../apps/server/src/modules/demo/demo.learner.ts';
import type { Question } from '../../apps/server/src/modules/learning/grading/index.ts';
import { pageApi } from './journey.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Answers every quiz question of a course of the core pack with its keyed (correct) response. */
export async function answerCourseCorrectly(page: Page, programmeId: string, courseId: string) {
  const loaded = loadPack(path.join(ROOT, 'content/core'));
  const course = loaded.pack?.programmes.programmes
    .find((p) => p.id === programmeId)
    ?.courses.find((c) => c.id === courseId);
  expect(course?.modules.length).toBeGreaterThan(0);
  for (const moduleId of course?.modules ?? []) {
    const mod = loaded.pack?.modules.find((m) => m.header.id === moduleId);
    const questions = (mod?.blocks ?? []).flatMap((b) => (b.type === 'quiz' ? b.questions : []));
    const res = await pageApi(page, 'POST', '/api/learning/answers', {
      answers: questions.map((q) => ({
        id: crypto.randomUUID(),
        moduleId,
        questionId: q.id,
        response: keyedResponse(q as Question),
      })),
    });
    expect(res.status).toBe(200);
  }
}
