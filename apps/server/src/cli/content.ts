import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { renderCatalogue } from '../modules/catalog/catalogue.ts';
import { importPack } from '../modules/catalog/pack.import.ts';
import { loadPack } from '../modules/catalog/pack.ts';
import { formatProblem } from '../modules/catalog/yaml-source.ts';
import { withContext } from './shared.ts';

function validate(dir: string) {
  const { pack, problems } = loadPack(dir);
  for (const p of problems) console.error(formatProblem(p));
  if (!pack) {
    console.error(`${problems.length} problem(s) — nothing imported`);
    process.exitCode = 1;
  }
  return pack;
}

export const contentCommand = () =>
  new Command('content')
    .description('Content packs (frameworks, programmes, modules)')
    .addCommand(
      new Command('check')
        .description('Validate a pack and list every problem as file:line: message')
        .argument('<dir>', 'pack folder, e.g. content/core')
        .action((dir: string) => {
          const pack = validate(dir);
          if (pack)
            console.log(
              `ok: ${pack.manifest.id} — ${pack.frameworks.length} frameworks, ${pack.modules.length} modules, ${pack.modules.reduce((n, m) => n + m.questionCount, 0)} questions`,
            );
        }),
    )
    .addCommand(
      new Command('import')
        .description('Validate, then import a pack atomically (updates content by stable id)')
        .argument('<dir>', 'pack folder')
        .action((dir: string) => {
          const pack = validate(dir);
          if (!pack) return;
          return withContext(async (ctx) => {
            await ctx.database.migrate();
            const s = await importPack(ctx.db, pack);
            console.log(
              `imported ${s.pack}: ${s.frameworks} frameworks, ${s.competences} competences, ${s.modules} modules (${s.newVersions} new versions, ${s.unchanged} unchanged)`,
            );
          });
        }),
    )
    .addCommand(
      new Command('catalogue')
        .description('Write the content catalogue (Markdown) with competence coverage')
        .argument('<dirs...>', 'pack folders')
        .option('-o, --out <file>', 'output file', 'docs/content-catalogue.md')
        .action((dirs: string[], o: { out: string }) => {
          const packs = dirs.map(validate);
          if (packs.some((p) => !p)) return;
          writeFileSync(o.out, renderCatalogue(packs as NonNullable<(typeof packs)[number]>[]));
          console.log(`wrote ${o.out}`);
        }),
    );
