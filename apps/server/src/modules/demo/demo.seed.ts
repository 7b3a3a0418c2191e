// Demo data for Thái Nguyên (real units), created through the same services the console uses:
// one account per role, a handful of organisations and a few hundred people.

import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import type { Actor, Role } from '../access/access.policy.ts';
import { seedDemoClasses } from '../classes/classes.demo.ts';
import { loadGrants } from '../identity/identity.repository.ts';
import { createAccountWithPerson } from '../identity/identity.service.ts';
import { seedDemoMentoring } from '../mentoring/mentoring.demo.ts';
import { createCampaign, listTemplates, rebuildCampaign } from '../monitoring/campaigns.service.ts';
import { seedDemoNetwork } from '../network/network.demo.ts';
import { createOrganisation } from '../organisations/organisations.service.ts';
import type { CreatePersonInput } from '../people/people.schemas.ts';
import { createPerson } from '../people/people.service.ts';
import { requiredPurposes } from '../privacy/privacy.catalog.ts';
import { findUnitByCode } from '../units/units.repository.ts';
import { seedDemoLearner } from './demo.learner.ts';
import { demoPeople } from './demo.people.ts';
import type { DemoWorld } from './demo.world.ts';

export const DEMO_PASSWORD = 'lantoa-demo-2025';

export interface DemoAccount {
  login: string;
  role: Role;
  scope: string;
}

const meta = { ip: null, requestId: 'demo-seed' };

export async function seedDemo(ctx: AppContext): Promise<DemoAccount[]> {
  const code = ctx.env.demoProvinceCode;
  const province = await findUnitByCode(ctx.db, code);
  if (!province) throw errors.notFound('UNIT_NOT_FOUND');
  const ward = async (c: string) => (await findUnitByCode(ctx.db, c)) ?? province;
  const phanDinhPhung = await ward('05443');
  const phoYen = await ward('05860');
  const tanCuong = await ward('05503');

  const admin = await createAccountWithPerson(ctx, {
    fullName: 'Quản trị hệ thống',
    login: 'admin@lantoa.demo',
    password: DEMO_PASSWORD,
    roles: [{ role: 'system_admin' }],
    consent: { purposes: [...requiredPurposes], ip: null },
  });
  const actor: Actor = {
    accountId: admin.account.id,
    personId: admin.person.id,
    grants: await loadGrants(ctx.db, admin.account.id),
  };

  const org = (
    name: string,
    type: Parameters<typeof createOrganisation>[2]['type'],
    unitId: number,
    extra = {},
  ) => createOrganisation(ctx, actor, { name, type, unitId, ...extra }, meta);
  const so = await org('Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'state_agency', phanDinhPhung.id);
  const ubnd = await org('UBND phường Phan Đình Phùng', 'state_agency', phanDinhPhung.id);
  const team = await org(
    'Tổ công nghệ số cộng đồng phường Phan Đình Phùng',
    'community_team',
    phanDinhPhung.id,
    {
      parentId: ubnd.id,
    },
  );
  const company = await org('Công ty TNHH Điện tử Yên Bình (KCN Yên Bình)', 'enterprise', phoYen.id, {
    workerCount: 1200,
    taxCode: '4601234567',
  });
  const coop = await org('HTX Chè Tân Cương', 'cooperative', tanCuong.id, { workerCount: 35 });
  const school = await org('Trường THPT Chuyên Thái Nguyên', 'school', phanDinhPhung.id);
  const uni = await org('Đại học Thái Nguyên', 'university', phanDinhPhung.id);
  const orgs = [so, ubnd, team, company, coop, school, uni];

  const accounts: [string, string, Role, { unitId?: number; organisationId?: string }, string][] = [
    ['Nguyễn Thị Thu Hà', 'tinh@lantoa.demo', 'campaign_office', { unitId: province.id }, province.fullName],
    ['Trần Văn Minh', 'xa@lantoa.demo', 'unit_officer', { unitId: phanDinhPhung.id }, phanDinhPhung.fullName],
    ['Lê Thị Mai', 'donvi@lantoa.demo', 'organisation_officer', { organisationId: company.id }, company.name],
    ['Phạm Quang Huy', 'giangvien@lantoa.demo', 'trainer', { unitId: province.id }, province.fullName],
    ['Hoàng Thị Lan', 'daisu@lantoa.demo', 'mentor', { unitId: phanDinhPhung.id }, phanDinhPhung.fullName],
    ['Đỗ Minh Tuấn', 'tacgia@lantoa.demo', 'content_author', {}, ''],
    ['Vũ Thị Ngọc Anh', 'kiemduyet@lantoa.demo', 'content_reviewer', {}, ''],
    ['Bùi Văn Sơn', 'hocvien@lantoa.demo', 'learner', {}, ''],
  ];
  const out: DemoAccount[] = [{ login: 'admin@lantoa.demo', role: 'system_admin', scope: '' }];
  const made: DemoWorld['accounts'] = {
    'admin@lantoa.demo': { personId: admin.person.id, accountId: admin.account.id },
  };
  for (const [fullName, login, role, scope, scopeName] of accounts) {
    const created = await createAccountWithPerson(ctx, {
      fullName,
      login,
      password: DEMO_PASSWORD,
      unitId: phanDinhPhung.id,
      roles: role === 'learner' ? [{ role }] : [{ role, ...scope }, { role: 'learner' }],
      createdBy: admin.account.id,
      // The demo accounts stand for people who registered and agreed to the privacy notice.
      consent: { purposes: [...requiredPurposes], ip: null },
    });
    out.push({ login, role, scope: scopeName });
    made[login] = { personId: created.person.id, accountId: created.account.id };
    if (role === 'learner') await seedDemoLearner(ctx, created.person.id, phanDinhPhung.id);
  }

  const unitIds = [phanDinhPhung.id, phoYen.id, tanCuong.id];
  for (const p of demoPeople(240)) {
    const organisation = p.orgIndex === null ? undefined : orgs[p.orgIndex % orgs.length];
    const input: CreatePersonInput = {
      fullName: p.fullName,
      birthYear: p.birthYear,
      gender: p.gender,
      unitId: unitIds[p.unitIndex % unitIds.length] ?? province.id,
      organisationId: organisation?.id,
      targetGroups: p.targetGroups,
      vulnerabilities: p.vulnerabilities,
    };
    await createPerson(ctx, actor, input, meta);
  }
  await seedDemoCampaign(ctx, actor, province.id);
  // The people who multiply the campaign: the cascade of trainers, their classes, a mentor's mentees.
  const world: DemoWorld = {
    provinceId: province.id,
    communes: { phanDinhPhung: phanDinhPhung.id, tanCuong: tanCuong.id, phoYen: phoYen.id },
    accounts: made,
    officerAccountId: made['tinh@lantoa.demo']?.accountId ?? admin.account.id,
  };
  await seedDemoNetwork(ctx, world);
  await seedDemoClasses(ctx, world);
  await seedDemoMentoring(ctx, world);
  return out;
}

/** The demo province runs the 2026 "Bình dân học vụ số" targets when the core pack is loaded. */
export const DEMO_CAMPAIGN_TEMPLATE = 'yen-bai-binh-dan-hoc-vu-so-2026';

async function seedDemoCampaign(ctx: AppContext, actor: Actor, provinceId: number) {
  const templates = await listTemplates(ctx.db);
  if (!templates.some((t) => t.id === DEMO_CAMPAIGN_TEMPLATE)) return;
  const { id } = await createCampaign(
    ctx.db,
    actor,
    {
      templateId: DEMO_CAMPAIGN_TEMPLATE,
      unitId: provinceId,
      id: 'binh-dan-hoc-vu-so-2026',
      name: 'Phong trào "Bình dân học vụ số" tỉnh Thái Nguyên năm 2026',
    },
    meta,
  );
  await rebuildCampaign(ctx.db, id);
}
