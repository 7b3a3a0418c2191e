// The `lantoa` command line. Each command lives in its own file; this wires them up.
import { Command } from 'commander';
import { adminCreateCommand } from './admin-create.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { contentCommand } from './content.ts';
import { credentialsCommand } from './credentials.ts';
import { demoSeedCommand } from './demo-seed.ts';
import { campaignCommand, engagementCommand, kpiCommand } from './kpi.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { synthCommand } from './synth.ts';
import { unitsImportCommand } from './units-import.ts';

const program = new Command('lantoa').description('Lantỏa — digital-skills campaign platform');
program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(adminCreateCommand());
program.addCommand(demoSeedCommand());
program.addCommand(unitsImportCommand());
program.addCommand(contentCommand());
program.addCommand(synthCommand());
program.addCommand(credentialsCommand());
program.addCommand(campaignCommand());
program.addCommand(kpiCommand());
program.addCommand(engagementCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());

await program.parseAsync(process.argv);
