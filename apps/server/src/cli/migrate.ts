import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { cliLog, withContext } from './shared.ts';

export const migrateCommand = () =>
  new Command('migrate')
    .description('Apply database migrations and load the official unit list if missing')
    .action(() => withContext((ctx) => prepareDatabase(ctx, cliLog, { demo: false }).then(() => undefined)));
