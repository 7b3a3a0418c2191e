// The classes' demo records, made through the classes services as giangvien@ (the provincial
// trainer): a ToT class at Phan Đình Phùng's digital learning centre with three sessions (one held,
// with a few ticks) and eight residents enrolled from the roster, and a class for the elderly of
// residential group 5 at the cultural house with fifteen members, hocvien@ and daisu@ among them.
// Runs with any content pack: without a course in the catalogue, there is nothing to teach.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../access/access.policy.ts';
import type { DemoWorld } from '../demo/demo.world.ts';
import { loadGrants } from '../identity/identity.repository.ts';
import { addDays, vnDay } from '../monitoring/calendar.ts';
import { loadCatalogue } from './classes.catalog.ts';
import { enrolPeople } from './classes.members.ts';
import { run } from './classes.repository.ts';
import { createClass } from './classes.service.ts';
import { sessionsOf, tickAttendance } from './classes.sessions.ts';

const meta = { ip: null, requestId: 'demo-seed' };
const TOT_COURSE = 'binh-dan-hoc-ai/ai-bac-1-xu-ly-van-ban';

/** 08:00 (or the hour given) in Vietnam on the day `offset` days from today. */
const at = (offset: number, hour = 8) =>
  `${addDays(vnDay(new Date()), offset)}T${String(hour).padStart(2, '0')}:00:00+07:00`;

/** Residents of a commune, the elderly first, leaving out the demo accounts' people. */
async function residents(ctx: AppContext, unitId: number, count: number, skip: string[]): Promise<string[]> {
  const rows = await run<{ id: string }>(
    ctx.db,
    sql`select p.id from people p where p.unit_id = ${unitId}
      and not (p.id = any(${`{${skip.join(',')}}`}::uuid[]))
      order by ('elderly' = any(p.vulnerabilities)) desc, p.search_text collate "C", p.id limit ${count}`,
  );
  return rows.map((r) => r.id);
}

export async function seedDemoClasses(ctx: AppContext, world: DemoWorld): Promise<void> {
  const giangvien = world.accounts['giangvien@lantoa.demo'];
  if (!giangvien) return;
  const cat = await loadCatalogue(ctx.db);
  const first = [...cat.courses.keys()][0];
  if (!first) return;
  const actor: Actor = {
    accountId: giangvien.accountId,
    personId: giangvien.personId,
    grants: await loadGrants(ctx.db, giangvien.accountId),
  };
  const pdp = world.communes.phanDinhPhung;
  const accountPeople = Object.values(world.accounts).map((a) => a.personId);
  const today = vnDay(new Date());

  const tot = await createClass(
    ctx.db,
    actor,
    {
      title: 'Tập huấn giảng viên nòng cốt – đợt 1',
      description: 'Lớp tập huấn giảng viên (ToT): học viên hoàn thành sẽ mở lớp tại tổ dân phố của mình.',
      kind: 'tot',
      courseIds: [cat.courses.has(TOT_COURSE) ? TOT_COURSE : first],
      mode: 'blended',
      targetGroups: ['official'],
      vulnerabilities: [],
      unitId: pdp,
      venueKind: 'digital_centre',
      venue: 'Trung tâm học tập số',
      capacity: 40,
      closed: false,
      startsOn: addDays(today, -3),
      endsOn: addDays(today, 9),
      sessions: [
        { startsAt: at(-3), minutes: 180, topic: 'Khai giảng, làm quen công cụ', inPerson: true },
        { startsAt: at(2), minutes: 180, topic: 'Thực hành soạn văn bản với AI', inPerson: true },
        { startsAt: at(9, 14), minutes: 120, topic: 'Giảng thử và tổng kết', inPerson: true },
      ],
    },
    meta,
    '',
  );
  const totMembers = await residents(ctx, pdp, 8, accountPeople);
  if (totMembers.length) await enrolPeople(ctx.db, actor, tot.id, totMembers, meta);
  const [held] = (await sessionsOf(ctx.db, actor, tot.id, '')).items;
  if (held)
    for (const personId of totMembers.slice(0, 5))
      await tickAttendance(ctx.db, actor, tot.id, held.id, { personId, present: true }, meta);

  const elderly = await createClass(
    ctx.db,
    actor,
    {
      title: 'Kỹ năng số cho người cao tuổi – tổ dân phố 5',
      description: 'Dùng điện thoại an toàn, gọi video cho con cháu, nhận diện lừa đảo qua mạng.',
      kind: 'standard',
      courseIds: [first],
      mode: 'in_person',
      targetGroups: ['citizen'],
      vulnerabilities: ['elderly'],
      unitId: pdp,
      venueKind: 'cultural_house',
      venue: 'Nhà văn hóa tổ dân phố 5',
      capacity: 30,
      closed: false,
      startsOn: addDays(today, -7),
      endsOn: addDays(today, 21),
      sessions: [
        { startsAt: at(-7, 15), minutes: 90, topic: 'Làm quen điện thoại thông minh', inPerson: true },
        { startsAt: at(7, 15), minutes: 90, topic: 'Mật khẩu và lừa đảo qua mạng', inPerson: true },
      ],
    },
    meta,
    '',
  );
  const named = ['hocvien@lantoa.demo', 'daisu@lantoa.demo']
    .map((login) => world.accounts[login]?.personId)
    .filter((id): id is string => !!id);
  const others = await residents(ctx, pdp, 13, [...accountPeople, ...totMembers]);
  await enrolPeople(ctx.db, actor, elderly.id, [...named, ...others], meta);
  const [first7] = (await sessionsOf(ctx.db, actor, elderly.id, '')).items;
  if (first7)
    for (const personId of [...named, ...others.slice(0, 8)])
      await tickAttendance(ctx.db, actor, elderly.id, first7.id, { personId, present: true }, meta);
}
