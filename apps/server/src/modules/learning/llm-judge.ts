// Optional LLM judge for practice tasks: an OpenAI-compatible chat endpoint grades a submission
// against the same rubric the rule-based grader uses. Any failure falls back to the rubric grader.
import type { PracticeResult, Rubric } from './grading/index.ts';

export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

interface JudgeReply {
  criteria: { id: string; score: number; feedback: string }[];
}

function prompt(task: string, rubric: Rubric, text: string) {
  const criteria = rubric.criteria.map((c) => ({ id: c.id, label: c.label, weight: c.weight, type: c.type }));
  return [
    {
      role: 'system',
      content:
        'Bạn là giáo viên chấm bài thực hành kỹ năng số cho người dân. Chấm công bằng, khích lệ, bằng tiếng Việt dễ hiểu. ' +
        'Trả lời DUY NHẤT một đối tượng JSON: {"criteria":[{"id":"…","score":0..1,"feedback":"…"}]} với đúng các id tiêu chí đã cho.',
    },
    { role: 'user', content: JSON.stringify({ task, criteria, submission: text.slice(0, 8000) }) },
  ];
}

/** Asks the model; returns per-criterion scores merged with the rubric's weights, or null. */
export async function judgeWithLlm(
  cfg: LlmConfig,
  task: string,
  rubric: Rubric,
  text: string,
  fallback: PracticeResult,
): Promise<PracticeResult | null> {
  try {
    const res = await fetch(`${cfg.baseUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: cfg.model,
        messages: prompt(task, rubric, text),
        temperature: 0,
        response_format: { type: 'json_object' },
      }),
      signal: AbortSignal.timeout(cfg.timeoutMs),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
    const content = body.choices?.[0]?.message?.content ?? '';
    const parsed = JSON.parse(
      content.slice(content.indexOf('{'), content.lastIndexOf('}') + 1),
    ) as JudgeReply;
    const byId = new Map(parsed.criteria.map((c) => [c.id, c]));
    const criteria = fallback.criteria.map((c) => {
      const j = byId.get(c.id);
      if (!j || typeof j.score !== 'number' || Number.isNaN(j.score)) return c;
      const score = Math.min(1, Math.max(0, j.score));
      return { ...c, score, feedback: { vi: String(j.feedback || c.feedback.vi), en: c.feedback.en } };
    });
    const total = criteria.reduce((n, c) => n + c.weight, 0);
    const score = total > 0 ? criteria.reduce((n, c) => n + c.score * c.weight, 0) / total : 0;
    return { ...fallback, criteria, score, passed: score >= rubric.passScore };
  } catch {
    return null;
  }
}
