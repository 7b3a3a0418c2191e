// What request handlers and CLI commands share: the database, configuration, secrets and the
// channel that delivers password-reset codes.
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Db } from './db/client.ts';
import type { Env } from './env.ts';
import type { Secrets } from './lib/secrets.ts';
import type { SessionCache } from './plugins/session-cache.ts';

export interface ResetChannel {
  /** Deliver a password-reset code to the account's phone or email. */
  deliver(to: { phone: string | null; email: string | null }, code: string): Promise<void>;
}

export interface AppContext {
  db: Db;
  database: Database;
  env: Env;
  secrets: Secrets;
  resetChannel: ResetChannel;
  sessions: SessionCache;
}

/** Demo and development: the code is written to the log for the operator to read. */
export function logResetChannel(log: FastifyBaseLogger | Pick<Console, 'info'>): ResetChannel {
  return {
    async deliver(to, code) {
      (log as { info: (o: object, m: string) => void }).info(
        { to: to.email ?? to.phone, resetCode: code },
        'password reset code (log channel)',
      );
    },
  };
}
