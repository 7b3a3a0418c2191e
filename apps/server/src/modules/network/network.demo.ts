// The network's demo records, made through its services as the campaign office: giangvien@ as a
// provincial trainer, two core trainers of Phan Đình Phùng and Tân Cương trained by them, the
// community team of Phan Đình Phùng with members and activities, and a support person at Phan Đình
// Phùng (none at Tân Cương or Phổ Yên, so the console lists communes without one).
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../access/access.policy.ts';
import type { DemoWorld } from '../demo/demo.world.ts';
import { loadGrants } from '../identity/identity.repository.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { appointSupport } from './support.service.ts';
import { addTeamMember, createTeam, logActivity } from './teams.service.ts';
import { appointTrainer } from './trainers.service.ts';

const meta = { ip: null, requestId: 'demo-seed' };

/** Demo residents of a commune without an account, in name order. */
async function residents(ctx: AppContext, unitId: number, count: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`select p.id from people p where p.unit_id = ${unitId}
      and not exists (select 1 from accounts a where a.person_id = p.id)
      order by p.search_text collate "C", p.id limit ${count}`),
  );
  return rows.map((r) => r.id);
}

export async function seedDemoNetwork(ctx: AppContext, world: DemoWorld): Promise<void> {
  const giangvien = world.accounts['giangvien@lantoa.demo'];
  const tinh = world.accounts['tinh@lantoa.demo'];
  if (!giangvien || !tinh) return;
  const actor: Actor = {
    accountId: tinh.accountId,
    personId: tinh.personId,
    grants: await loadGrants(ctx.db, tinh.accountId),
  };
  const { phanDinhPhung, tanCuong } = world.communes;
  await appointTrainer(
    ctx,
    actor,
    { personId: giangvien.personId, tier: 'provincial', unitId: world.provinceId },
    meta,
  );
  const [coreA] = await residents(ctx, phanDinhPhung, 1);
  const [coreB] = await residents(ctx, tanCuong, 1);
  for (const personId of [coreA, coreB]) {
    if (personId)
      await appointTrainer(ctx, actor, { personId, tier: 'core', trainedBy: giangvien.personId }, meta);
  }

  const team = await createTeam(
    ctx.db,
    actor,
    { unitId: phanDinhPhung, name: 'Tổ công nghệ số cộng đồng phường Phan Đình Phùng' },
    meta,
  );
  const members = (await residents(ctx, phanDinhPhung, 4)).filter((id) => id !== coreA).slice(0, 3);
  for (const [i, personId] of members.entries())
    await addTeamMember(ctx.db, actor, team.id, { personId, role: i === 0 ? 'leader' : 'member' }, meta);
  const today = vnDay(new Date());
  const daysAgo = (n: number) => vnDay(new Date(Date.parse(`${today}T12:00:00+07:00`) - n * 86_400_000));
  await logActivity(
    ctx.db,
    actor,
    team.id,
    {
      day: daysAgo(12),
      kind: 'support',
      title: 'Hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công quốc gia',
      participants: 24,
      notes: 'Tại nhà văn hóa tổ dân phố 5, buổi sáng Chủ nhật.',
    },
    meta,
  );
  await logActivity(
    ctx.db,
    actor,
    team.id,
    {
      day: daysAgo(5),
      kind: 'communication',
      title: 'Tuyên truyền cài đặt và định danh VNeID mức 2',
      participants: 40,
    },
    meta,
  );

  const [helper] = (await residents(ctx, phanDinhPhung, 6)).filter(
    (id) => id !== coreA && !members.includes(id),
  );
  if (helper)
    await appointSupport(
      ctx.db,
      actor,
      {
        unitId: phanDinhPhung,
        personId: helper,
        whereToFind: 'Bộ phận một cửa UBND phường, sáng thứ Hai – thứ Sáu (7h30–11h30)',
      },
      meta,
    );
}
