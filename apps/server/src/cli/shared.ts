// Helpers for CLI commands: parse env, open a context, report errors plainly.
import { pino } from 'pino';
import { createContext } from '../boot.ts';
import type { AppContext } from '../context.ts';
import { EnvError, parseEnv } from '../env.ts';
import { AppError, translate } from '../errors.ts';

export const cliLog = pino({ level: process.env.LOG_LEVEL ?? 'info' });

export async function withContext(fn: (ctx: AppContext) => Promise<void>) {
  let ctx: AppContext | undefined;
  try {
    const env = parseEnv();
    ctx = await createContext(env, cliLog);
    await fn(ctx);
  } catch (e) {
    if (e instanceof EnvError) console.error(e.message);
    else if (e instanceof AppError) {
      console.error(`${e.code}: ${translate(e.code, 'vi')}`);
      for (const d of e.details ?? []) console.error(`  ${d.path}: ${d.message.split('|')[0]}`);
    } else console.error(e);
    process.exitCode = 1;
  } finally {
    await ctx?.database.close();
  }
}
