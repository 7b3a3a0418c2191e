// `lantoa credentials …`: the certificate issuer's keys.
import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { keyring } from '../modules/credentials/credentials.service.ts';
import { keyFilePath, rotateIssuerKey } from '../modules/credentials/keys.ts';
import { cliLog, withContext } from './shared.ts';

export const credentialsCommand = () => {
  const cmd = new Command('credentials').description('Certificate issuer keys (Open Badges 3.0, Ed25519)');
  cmd
    .command('rotate-key')
    .description(
      'Add a new signing key to the key file; older keys stay published so their certificates still verify',
    )
    .action(() =>
      withContext(async (ctx) => {
        await prepareDatabase(ctx, cliLog, { demo: false, contentPacks: [] });
        const file = keyFilePath({ dataDir: ctx.env.dataDir, issuerKeyFile: ctx.env.issuerKeyFile });
        if (!file) throw new Error('no key file: set LANTOA_DATA_DIR or LANTOA_ISSUER_KEY_FILE');
        await keyring(ctx); // the current keys are published before the new one is added
        const kid = await rotateIssuerKey(file);
        console.log(`new signing key ${kid} in ${file}; restart the servers to sign with it`);
      }),
    );
  cmd
    .command('keys')
    .description('List the published issuer keys (JWKS)')
    .action(() =>
      withContext(async (ctx) => {
        await prepareDatabase(ctx, cliLog, { demo: false, contentPacks: [] });
        const k = await keyring(ctx);
        console.log(JSON.stringify({ signing: k.signing.kid, ...(await k.jwks()) }, null, 2));
      }),
    );
  return cmd;
};
