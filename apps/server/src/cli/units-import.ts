import { Command } from 'commander';
import { bundledUnitsFile, importUnits, REFORM_DATE } from '../modules/units/units.import.ts';
import { withContext } from './shared.ts';

export const unitsImportCommand = () =>
  new Command('units').description('Administrative units').addCommand(
    new Command('import')
      .description('Import (or update) provinces and communes from a JSON file in the official format')
      .argument('[file]', 'JSON file', bundledUnitsFile)
      .option('--valid-from <date>', 'date the units took effect', REFORM_DATE)
      .action((file: string, o: { validFrom: string }) =>
        withContext(async (ctx) => {
          await ctx.database.migrate();
          const r = await importUnits(ctx.db, file, o.validFrom);
          console.log(`imported ${r.provinces} provinces and ${r.communes} communes/wards`);
        }),
      ),
  );
