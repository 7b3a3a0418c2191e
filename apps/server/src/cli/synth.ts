import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { scales, synth } from '../modules/synth/synth.service.ts';
import { cliLog, withContext } from './shared.ts';

const int = (v: string) => {
  const n = Number.parseInt(v.replace(/[_.,]/g, ''), 10);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${v}`);
  return n;
};

export const synthCommand = () =>
  new Command('synth')
    .description(
      'Generate a synthetic campaign (organisations, people, learners, events) into the configured database',
    )
    .option('--scale <scale>', 'preset: small (20k people) or province (1.3M people, 800k learners)', 'small')
    .option('--people <n>', 'people', int)
    .option('--learners <n>', 'learners (people with accounts and activity)', int)
    .option('--days <n>', 'length of the campaign in days', int)
    .option('--events-per-learner <n>', 'mean learning events per learner', int)
    .option('--seed <n>', 'random seed (same seed, same data)', int, 19)
    .option('--province <code>', 'province code', '19')
    .option('--start <date>', 'first day of the campaign (YYYY-MM-DD)', '2025-10-01')
    .option('--fresh', 'restart a run with the same seed from the beginning')
    .action((o: Record<string, string | number | boolean | undefined>) =>
      withContext(async (ctx) => {
        const preset = scales[(o.scale as 'small' | 'province') ?? 'small'];
        if (!preset) throw new Error('--scale must be small or province');
        await prepareDatabase(ctx, cliLog, { demo: false });
        const options = {
          people: (o.people as number) ?? preset.people,
          learners: (o.learners as number) ?? preset.learners,
          days: (o.days as number) ?? preset.days,
          eventsPerLearner: (o.eventsPerLearner as number) ?? preset.eventsPerLearner,
          seed: o.seed as number,
          provinceCode: o.province as string,
          start: o.start as string,
        };
        if (options.learners > options.people) throw new Error('--learners cannot exceed --people');
        const t0 = Date.now();
        let last = 0;
        let lastStage = '';
        const cp = await synth(
          ctx,
          options,
          (stage, done, total) => {
            const now = Date.now();
            if (stage !== lastStage || now - last > 1000 || done === total) {
              const pct = total ? Math.floor((done / total) * 100) : 100;
              process.stderr.write(
                `\r${stage.padEnd(22)} ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} (${pct}%)   `,
              );
              if (done === total) process.stderr.write('\n');
              last = now;
              lastStage = stage;
            }
          },
          { fresh: !!o.fresh },
        );
        const size = await ctx.database.raw<{ size: string }>(
          'select pg_size_pretty(pg_database_size(current_database())) as size',
        );
        console.log(
          `synthetic campaign ready: ${options.people} people, ${options.learners} learners, ${cp.events} events in ${((Date.now() - t0) / 1000).toFixed(0)} s; database ${size[0]?.size}`,
        );
      }),
    );
