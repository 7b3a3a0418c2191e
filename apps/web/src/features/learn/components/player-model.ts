import type { Block, PlayerModule, Question } from '../api/types';

// The player shows one screen at a time: one screen per block, except quizzes, which get one
// screen per question so a learner on a small phone only ever deals with a single question.

export interface Screen {
  blockIndex: number;
  /** Set on quiz screens. */
  questionIndex?: number;
}

export function screensOf(blocks: Block[]): Screen[] {
  return blocks.flatMap((block, blockIndex) =>
    block.type === 'quiz' && block.questions.length > 0
      ? block.questions.map((_, questionIndex) => ({ blockIndex, questionIndex }))
      : [{ blockIndex }],
  );
}

/**
 * Where to open the module: where the learner left off (in a quiz, at the first question not yet
 * answered right), or at the start when the module is already mastered (a review).
 */
export function startScreen(module: PlayerModule, screens: Screen[]): number {
  const { progress } = module;
  if (progress.mastered) return 0;
  const best = new Map(progress.questions.map((q) => [q.questionId, q.bestScore]));
  const inBlock = screens
    .map((screen, index) => ({ screen, index }))
    .filter(({ screen }) => screen.blockIndex === progress.blockIndex);
  if (inBlock.length === 0) return 0;
  const block = module.blocks[progress.blockIndex];
  if (block?.type === 'quiz') {
    const open = inBlock.find(({ screen }) => {
      const question = block.questions[screen.questionIndex ?? 0];
      return (best.get(question?.id ?? '') ?? 0) < 1;
    });
    if (open) return open.index;
  }
  return (inBlock[0] as { index: number }).index;
}

/** The text between "___" blanks of a fill-in prompt (blanks = parts - 1). */
export function splitBlanks(prompt: string): string[] {
  return prompt.split(/_{3,}/);
}

// What the learner has entered so far for one question, before it is turned into a response.
export type Draft =
  | { type: 'single'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'true_false'; value: boolean | null }
  | { type: 'ordering'; order: number[] }
  | { type: 'matching'; pairs: (number | null)[] }
  | { type: 'fill_in'; blanks: string[] }
  | { type: 'numeric'; value: string };

export function initialDraft(question: Question): Draft {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true_false':
      return { type: 'true_false', value: null };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.index) };
    case 'matching':
      return { type: 'matching', pairs: question.left.map(() => null) };
    case 'fill_in':
      return {
        type: 'fill_in',
        blanks: splitBlanks(question.prompt)
          .slice(1)
          .map(() => ''),
      };
    case 'numeric':
      return { type: 'numeric', value: '' };
  }
}

/** False when the learner has not answered every part yet (the UI asks them to finish first). */
export function isComplete(draft: Draft): boolean {
  switch (draft.type) {
    case 'single':
      return draft.choice !== null;
    case 'multiple':
      return draft.choices.length > 0;
    case 'true_false':
      return draft.value !== null;
    case 'ordering':
      return true;
    case 'matching':
      return draft.pairs.every((p) => p !== null);
    case 'fill_in':
      return draft.blanks.every((b) => b.trim() !== '');
    case 'numeric':
      return draft.value.trim() !== '';
  }
}

/** The response the API expects; indexes always refer to the authored (unshuffled) order. */
export function toResponse(draft: Draft): unknown {
  switch (draft.type) {
    case 'single':
      return draft.choice;
    case 'multiple':
      return [...draft.choices].sort((a, b) => a - b);
    case 'true_false':
      return draft.value;
    case 'ordering':
      return draft.order;
    case 'matching':
      return draft.pairs.flatMap((right, left) => (right === null ? [] : [[left, right]]));
    case 'fill_in':
      return draft.blanks.map((b) => b.trim());
    case 'numeric':
      return draft.value.trim();
  }
}

/** The image address: absolute URLs as they are, pack files under /packs/<pack>/. */
export function imageSource(src: string, packId: string): string {
  if (/^https?:\/\//i.test(src)) return src;
  return `/packs/${packId}/${src.replace(/^\.?\/+/, '')}`;
}

/** Only http(s) links are opened; anything else (javascript:, data:) is not a video address. */
export function safeExternalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
