// `lantoa campaign …`, `lantoa kpi …` and `lantoa engagement …`: start a campaign from a template,
// rebuild or refresh KPIs, recount engagement from the learning records.
import { Command } from 'commander';
import { prepareDatabase } from '../boot.ts';
import { rebuildEngagement } from '../modules/engagement/engagement.rebuild.ts';
import { createCampaign, rebuildCampaign } from '../modules/monitoring/campaigns.service.ts';
import { loadTargets } from '../modules/monitoring/kpi.engine.ts';
import { refreshKpis } from '../modules/monitoring/kpi.refresher.ts';
import { findUnitByCode } from '../modules/units/units.repository.ts';
import { cliLog, withContext } from './shared.ts';

export const campaignCommand = () => {
  const cmd = new Command('campaign').description('Campaigns and their KPI targets');
  cmd
    .command('create')
    .description('Start a campaign for a unit from a template of the content packs, and build its KPIs')
    .requiredOption('--template <id>', 'campaign template id (content pack campaigns.yaml)')
    .requiredOption('--unit <code>', 'official code of the province or commune')
    .option('--id <id>', 'campaign id (default: <template>-<unit code>)')
    .option('--name <name>', 'campaign name')
    .option('--starts <date>', 'first day, YYYY-MM-DD (default: the template’s)')
    .option('--ends <date>', 'last day, YYYY-MM-DD (default: the template’s)')
    .action(
      (o: { template: string; unit: string; id?: string; name?: string; starts?: string; ends?: string }) =>
        withContext(async (ctx) => {
          await prepareDatabase(ctx, cliLog, { demo: false });
          const unit = await findUnitByCode(ctx.db, o.unit);
          if (!unit) throw new Error(`no unit with code ${o.unit}`);
          const { id } = await createCampaign(
            ctx.db,
            null,
            {
              templateId: o.template,
              unitId: unit.id,
              id: o.id,
              name: o.name,
              startsOn: o.starts,
              endsOn: o.ends,
            },
            null,
          );
          for (const t of await rebuildCampaign(ctx.db, id)) console.log(`${t.target}: ${t.ms} ms`);
          console.log(`campaign ${id} started`);
        }),
    );
  return cmd;
};

export const kpiCommand = () => {
  const cmd = new Command('kpi').description('KPI rollups of the campaigns');
  cmd
    .command('rebuild')
    .description('Recompute every target of a campaign (or of every active campaign) from scratch')
    .option('--campaign <id>', 'only this campaign')
    .action((o: { campaign?: string }) =>
      withContext(async (ctx) => {
        await prepareDatabase(ctx, cliLog, { demo: false, contentPacks: [] });
        const ids = o.campaign
          ? [o.campaign]
          : [...new Set((await loadTargets(ctx.db)).map((t) => t.campaignId))];
        for (const id of ids) {
          for (const t of await rebuildCampaign(ctx.db, id)) console.log(`${t.target}: ${t.ms} ms`);
        }
      }),
    );
  cmd
    .command('refresh')
    .description('Count the changes waiting in the queue now (the servers do it every KPI_REFRESH_SECONDS)')
    .action(() =>
      withContext(async (ctx) => {
        await prepareDatabase(ctx, cliLog, { demo: false, contentPacks: [] });
        const started = performance.now();
        const s = await refreshKpis(ctx);
        console.log(
          `${s.people} people in ${s.batches} batches, ${Math.round(performance.now() - started)} ms`,
        );
      }),
    );
  return cmd;
};

export const engagementCommand = () => {
  const cmd = new Command('engagement').description('XP, streaks, leaderboards and leagues');
  cmd
    .command('rebuild')
    .description(
      'Recount days, goals, XP, streaks, leaderboards and this week’s leagues from the learning records',
    )
    .action(() =>
      withContext(async (ctx) => {
        await prepareDatabase(ctx, cliLog, { demo: false, contentPacks: [] });
        await rebuildEngagement(ctx.db, new Date(), (step, ms) => console.log(`${step}: ${ms} ms`));
      }),
    );
  return cmd;
};
