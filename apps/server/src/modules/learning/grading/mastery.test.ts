// Module mastery: best score per question across retries, averaged over the module; the threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MASTERY_THRESHOLD, isMastered, moduleScore } from './mastery.ts';

const ids = ['q1', 'q2', 'q3', 'q4'];

describe('moduleScore', () => {
  it('averages over all questions of the module, unanswered ones counting 0', () => {
    expect(moduleScore([{ questionId: 'q1', score: 1 }], ids)).toBe(0.25);
    expect(moduleScore([], ids)).toBe(0);
  });

  it('keeps the best score of each question across retries, whatever the order', () => {
    const results = [
      { questionId: 'q1', score: 0 },
      { questionId: 'q1', score: 1 },
      { questionId: 'q1', score: 0.5 },
      { questionId: 'q2', score: 0.5 },
      { questionId: 'q3', score: 1 },
      { questionId: 'q4', score: 1 },
    ];
    expect(moduleScore(results, ids)).toBe(0.875);
    expect(moduleScore([...results].reverse(), ids)).toBe(0.875);
  });

  it('ignores results for questions outside the module', () => {
    expect(moduleScore([{ questionId: 'other', score: 1 }], ids)).toBe(0);
  });

  it('counts a question listed twice once', () => {
    expect(moduleScore([{ questionId: 'q1', score: 1 }], ['q1', 'q1', 'q2'])).toBe(0.5);
  });

  it('clamps out-of-range and NaN scores', () => {
    const results = [
      { questionId: 'q1', score: 7 },
      { questionId: 'q2', score: -3 },
      { questionId: 'q3', score: Number.NaN },
    ];
    expect(moduleScore(results, ['q1', 'q2', 'q3'])).toBe(0.3333);
  });

  it('a module without questions scores 0', () => {
    expect(moduleScore([{ questionId: 'q1', score: 1 }], [])).toBe(0);
  });
});

describe('isMastered', () => {
  it('uses 0.8 by default, inclusive', () => {
    expect(DEFAULT_MASTERY_THRESHOLD).toBe(0.8);
    expect(isMastered(0.8)).toBe(true);
    expect(isMastered(0.7999)).toBe(false);
    expect(isMastered(1)).toBe(true);
  });

  it('tolerates floating-point noise at the threshold', () => {
    expect(isMastered(0.1 * 8)).toBe(true);
    expect(isMastered(0.7 + 0.1)).toBe(true);
  });

  it('takes another threshold', () => {
    expect(isMastered(0.6, 0.6)).toBe(true);
    expect(isMastered(0.59, 0.6)).toBe(false);
  });

  it('works end to end: 4 of 5 questions right after a retry is mastered', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const firstTry = five.map((questionId, i) => ({ questionId, score: i < 3 ? 1 : 0 }));
    expect(isMastered(moduleScore(firstTry, five))).toBe(false);
    const retry = [...firstTry, { questionId: 'd', score: 1 }];
    expect(isMastered(moduleScore(retry, five))).toBe(true);
  });
});
