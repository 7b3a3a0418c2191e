import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { recordAudit } from '../modules/audit/audit.repository.ts';
import { createAccountWithPerson } from '../modules/identity/identity.service.ts';
import { cliLog, withContext } from './shared.ts';

export const adminCreateCommand = () =>
  new Command('admin').description('Administrator accounts').addCommand(
    new Command('create')
      .description('Create a system administrator (the first account of a production install)')
      .requiredOption('--login <phoneOrEmail>', 'phone number or email to sign in with')
      .requiredOption('--name <fullName>', 'full name')
      .option('--password <password>', 'password (or set LANTOA_ADMIN_PASSWORD)')
      .action((o: { login: string; name: string; password?: string }) =>
        withContext(async (ctx) => {
          const password = o.password ?? process.env.LANTOA_ADMIN_PASSWORD;
          if (!password || password.length < 8)
            throw new Error('a password of at least 8 characters is required');
          await prepareDatabase(ctx, cliLog, { demo: false });
          const { account } = await createAccountWithPerson(ctx, {
            fullName: o.name,
            login: o.login,
            password,
            roles: [{ role: 'system_admin' }],
          });
          await recordAudit(ctx.db, {
            actorAccountId: null,
            action: 'admin.create',
            targetType: 'account',
            targetId: account.id,
            details: { via: 'cli' },
          });
          console.log(`created system administrator ${o.login} (${account.id})`);
        }),
      ),
  );
