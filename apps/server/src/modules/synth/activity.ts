// Synthetic learning activity: a long tail of learners who try once, occasional and regular
// learners, and a few champions; sessions on random days with a morning, noon and evening peak;
// each session opens a module, walks its blocks, answers its questions with a skill that improves.
import { normal, orderedUuid, pick, type Rng, weighted } from '../../lib/random.ts';

export interface SynthModule {
  id: string;
  version: number;
  blocks: number;
  questionIds: string[];
}

export interface SynthEvent {
  id: string;
  verb: string;
  objectType: string;
  objectId: string;
  moduleId: string;
  moduleVersion: number;
  result: string | null;
  context: string;
  timestamp: Date;
}

/** Active days of one learner over the campaign, scaled so the mean is about `meanDays`. */
export function activeDays(r: Rng, meanDays: number, days: number): number {
  const kind = weighted(r, [
    ['once', 35],
    ['occasional', 40],
    ['regular', 20],
    ['champion', 5],
  ] as const);
  const factor = { once: 0.08, occasional: 0.5, regular: 2.2, champion: 6 }[kind];
  const n = Math.round(meanDays * factor * Math.exp(normal(r) * 0.35));
  return Math.max(1, Math.min(days, n));
}

function sessionStart(r: Rng, day: Date): Date {
  const hour = weighted(r, [
    [6 + r() * 2, 18],
    [11 + r() * 2, 20],
    [19 + r() * 3, 55],
    [8 + r() * 9, 7],
  ] as const);
  return new Date(day.getTime() + hour * 3_600_000 - 7 * 3_600_000); // local (UTC+7) hours
}

/** All events of one learner; `nextModule` walks the learner's track in order. */
export function learnerEvents(
  r: Rng,
  opts: { start: Date; days: number; meanEvents: number; modules: SynthModule[]; idPrefix: number },
): SynthEvent[] {
  const perModule =
    opts.modules.reduce((n, x) => n + 1 + x.blocks + x.questionIds.length + 0.15, 0) /
    Math.max(1, opts.modules.length);
  // About two modules a day on an active day.
  const meanDays = Math.max(1, opts.meanEvents / (perModule * 2));
  const nDays = activeDays(r, meanDays, opts.days);
  const dayIndexes = new Set<number>();
  while (dayIndexes.size < nDays) dayIndexes.add(Math.floor(r() ** 1.3 * opts.days));
  const out: SynthEvent[] = [];
  let skill = 0.45 + r() * 0.35;
  let m = 0;
  for (const d of [...dayIndexes].sort((a, b) => a - b)) {
    let t = sessionStart(r, new Date(opts.start.getTime() + d * 86_400_000)).getTime();
    const modulesToday = 1 + Math.floor(r() * 2.999);
    for (let k = 0; k < modulesToday; k++) {
      const mod = opts.modules[m % opts.modules.length] as SynthModule;
      m++;
      const ctx = (blockIndex?: number) =>
        JSON.stringify(
          blockIndex === undefined
            ? { moduleId: mod.id, moduleVersion: mod.version }
            : { moduleId: mod.id, moduleVersion: mod.version, blockIndex },
        );
      const push = (
        verb: string,
        objectType: string,
        objectId: string,
        result: object | null,
        blockIndex?: number,
      ) => {
        t += 20_000 + Math.floor(r() * 90_000);
        out.push({
          id: orderedUuid(opts.idPrefix, out.length, r),
          verb,
          objectType,
          objectId,
          moduleId: mod.id,
          moduleVersion: mod.version,
          result: result ? JSON.stringify(result) : null,
          context: ctx(blockIndex),
          timestamp: new Date(t),
        });
      };
      push('launched', 'module', mod.id, null, 0);
      for (let b = 0; b < mod.blocks; b++)
        push(
          'experienced',
          'block',
          `${mod.id}/b${b + 1}`,
          { durationSeconds: 30 + Math.floor(r() * 150) },
          b,
        );
      for (const q of mod.questionIds) {
        const score = r() < skill ? 1 : r() < 0.3 ? 0.5 : 0;
        push(
          'answered',
          'question',
          `${mod.id}/${q}`,
          { score: { scaled: score }, success: score === 1 },
          mod.blocks - 1,
        );
      }
      skill = Math.min(0.97, skill + 0.02);
      if (r() < 0.15)
        push(
          'answered',
          'question',
          `${mod.id}/${pick(r, mod.questionIds)}`,
          { score: { scaled: 1 }, success: true },
          mod.blocks - 1,
        );
    }
  }
  return out;
}
