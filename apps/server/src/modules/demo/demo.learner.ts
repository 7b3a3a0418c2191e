// The demo learner's record: onboarded, one short course studied through the real answer path
// (every question answered from the module's answer key), and the certificate that earns, issued
// by the same rule a real learner meets — so a newcomer sees a certificate at once.
import type { AppContext } from '../../context.ts';
import { programmes } from '../../db/schema/index.ts';
import { awardEarnedCertificates } from '../credentials/credentials.service.ts';
import { submitAnswers, versionFor } from '../learning/answers.service.ts';
import type { Question } from '../learning/grading/index.ts';
import { saveProfile } from '../learning/learning.service.ts';

/** The right answer to a question, from its key (what a learner who knows it would send). */
export function keyedResponse(q: Question): unknown {
  return q.type === 'fill_in' ? q.answers.map((alternatives) => alternatives[0]) : q.answer;
}

const DEMO_COURSE = 'ky-nang-so-co-ban/suc-khoe-moi-truong';

export async function seedDemoLearner(ctx: AppContext, personId: string, unitId: number) {
  await saveProfile(ctx, personId, { targetGroup: 'citizen', unitId, dailyGoalMinutes: 15 });
  const [programmeId, courseId] = DEMO_COURSE.split('/');
  const rows = await ctx.db.select({ id: programmes.id, courses: programmes.courses }).from(programmes);
  const course = (
    rows.find((p) => p.id === programmeId)?.courses as { id: string; modules: string[] }[] | undefined
  )?.find((c) => c.id === courseId);
  // Without the core pack (tests on a small pack) there is no course to study.
  if (!course) return [];
  for (const moduleId of course.modules) {
    const { version } = await versionFor(ctx.db, personId, moduleId);
    const questions = version.blocks.flatMap((b) => (b.type === 'quiz' ? b.questions : []));
    await submitAnswers(
      ctx.db,
      personId,
      questions.map((q) => ({
        id: crypto.randomUUID(),
        moduleId,
        questionId: q.id,
        response: keyedResponse(q as Question),
      })),
    );
  }
  return awardEarnedCertificates(ctx, personId, ctx.env.publicUrl ?? `http://localhost:${ctx.env.port}`);
}
