import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { cliLog, withContext } from './shared.ts';

export const demoSeedCommand = () =>
  new Command('demo').description('Demo data').addCommand(
    new Command('seed').description('Load the demo data (once) into the configured database').action(() =>
      withContext(async (ctx) => {
        const r = await prepareDatabase(ctx, cliLog, { demo: true });
        console.log(r.demoSeededNow ? 'demo data loaded' : 'demo data was already there');
      }),
    ),
  );
