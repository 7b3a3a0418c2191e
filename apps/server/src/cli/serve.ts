import { Command } from 'commander';
import { serve } from '../main.ts';

export const serveCommand = () =>
  new Command('serve')
    .description('Start the API and web app (migrates and seeds as needed)')
    .action(async () => {
      await serve();
    });
