// Demo mentors: daisu@'s person appointed "Đại sứ số" for attainment at Phan Đình Phùng by the
// commune officer (xa@), who pairs four residents of the commune with her — through the services.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../access/access.policy.ts';
import type { DemoWorld } from '../demo/demo.world.ts';
import { loadGrants } from '../identity/identity.repository.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { pairByOfficer } from './mentoring.pairing.ts';
import { appoint } from './mentoring.service.ts';

const meta = { ip: null, requestId: 'demo-seed' };

export async function seedDemoMentoring(ctx: AppContext, world: DemoWorld): Promise<void> {
  const mentor = world.accounts['daisu@lantoa.demo'];
  const officer = world.accounts['xa@lantoa.demo'];
  if (!mentor || !officer) return;
  const actor: Actor = {
    accountId: officer.accountId,
    personId: officer.personId,
    grants: await loadGrants(ctx.db, officer.accountId),
  };
  await appoint(ctx, actor, { personId: mentor.personId, level: 'attainment' }, meta);
  // Residents of the commune without an account, who have not reached the level, oldest first.
  const mentees = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`select p.id from people p
      where p.unit_id = ${world.communes.phanDinhPhung}
        and not exists (select 1 from accounts a where a.person_id = p.id)
        and not exists (select 1 from attainments at where at.person_id = p.id)
        and not exists (select 1 from mentorships ms where ms.mentee_id = p.id and ms.status = 'active')
      order by p.created_at, p.id limit 4`),
  );
  for (const m of mentees)
    await pairByOfficer(ctx, actor, { mentorId: mentor.personId, menteeId: m.id }, meta);
}
