// The cascade summary on a small cascade built by hand in Hà Nội (away from the demo's Thái
// Nguyên): a provincial trainer's ToT class certifies two core trainers, who open classes with
// members; a class of a trainer outside the register and a cancelled class; a community team with
// a class. Every figure is checked against counts made by hand. Plus the tree's capping rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { buildTree, capChildren } from './cascade.service.ts';
import type { TreeNodeT } from './network.schemas.ts';
import { addClass, addMember, addSession } from './network.test-helpers.ts';

describe('the cascade tree', () => {
  it('keeps the largest children and sums the rest as "Khác (n)"', () => {
    const nodes: TreeNodeT[] = [5, 1, 9, 3].map((v) => ({
      name: `n${v}`,
      kind: 'class',
      id: `${v}`,
      value: v,
    }));
    expect(capChildren(nodes, 2)).toEqual([
      { name: 'n9', kind: 'class', id: '9', value: 9 },
      { name: 'n5', kind: 'class', id: '5', value: 5 },
      { name: 'Khác (2)', kind: 'other', id: null, value: 4 },
    ]);
    expect(capChildren(nodes, 4, { count: 3, value: 30 }).at(-1)).toEqual({
      name: 'Khác (3)',
      kind: 'other',
      id: null,
      value: 30,
    });
  });

  it('hangs trainers under the trainer who trained them, and their classes under them', () => {
    const tree = buildTree(
      { name: 'Tỉnh', id: 1 },
      {
        trainers: [
          { personId: 'p', name: 'P', generation: 0, trainedBy: null, classes: 1, learners: 2 },
          { personId: 'a', name: 'A', generation: 1, trainedBy: 'p', classes: 7, learners: 70 },
          { personId: 'x', name: 'X', generation: 1, trainedBy: 'gone', classes: 0, learners: 0 },
        ],
        classes: [
          { id: 'tot', trainerId: 'p', title: 'ToT', learners: 2 },
          ...[20, 10, 10, 10, 5].map((n, i) => ({
            id: `c${i}`,
            trainerId: 'a',
            title: `L${i}`,
            learners: n,
          })),
        ],
      },
    );
    expect(tree.value).toBe(72);
    expect(tree.children?.map((c) => c.name)).toEqual(['P', 'X']);
    const a = tree.children?.[0]?.children?.[0];
    expect(a).toMatchObject({ name: 'A', value: 70 });
    // Three classes shown (TREE_CAPS.classes); two fetched beyond the cap and the two never fetched
    // (7 classes, 70 learners in all) summed: 10 + 5 + (70 − 55).
    expect(a?.children?.filter((c) => c.kind === 'class')).toHaveLength(3);
    expect(a?.children?.at(-1)).toEqual({ name: 'Khác (4)', kind: 'other', id: null, value: 30 });
  });
});

describe.each(backends)('cascade (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let tinh: Client;
  let xa: Client;
  let hanoi: number;
  let communeX: number;
  let communeY: number;
  let seq = 0;

  const person = async (unitId: number, name = `Người Hà Nội ${seq++}`) => {
    const res = await admin.post('/api/people', { fullName: name, unitId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.login('admin@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    const ward = (await admin.get('/api/units?q=00004'))
      .json()
      .items.find((u: { code: string }) => u.code === '00004');
    hanoi = ward.parentId;
    const communes = (await admin.get(`/api/units?parentId=${hanoi}&pageSize=2`)).json().items as {
      id: number;
    }[];
    communeX = communes[0]?.id as number;
    communeY = communes[1]?.id as number;
  }, 120_000);
  afterAll(() => t?.close());

  it('counts reach by generation, by commune, core status, teams and the tree by hand', async () => {
    const provincial = await person(hanoi, 'Giảng Viên Nguồn Hà Nội');
    expect(
      (await admin.post('/api/network/trainers', { personId: provincial, tier: 'provincial', unitId: hanoi }))
        .statusCode,
    ).toBe(201);
    // The ToT class: two members completed and attended, one member who did not finish.
    const tot = await addClass(t.ctx.db, {
      kind: 'tot',
      unitId: communeX,
      trainerId: provincial,
      generation: 0,
      rootId: provincial,
      members: 3,
      completed: 2,
      title: 'Lớp ToT Hà Nội',
    });
    const held = await addSession(t.ctx.db, tot, new Date(Date.now() - 86_400_000), true);
    const c1 = await person(communeX, 'Nòng Cốt Một');
    const c2 = await person(communeY, 'Nòng Cốt Hai');
    const c3 = await person(communeY, 'Nòng Cốt Ba');
    await addMember(t.ctx.db, tot, c1, { completed: true, attended: [held] });
    await addMember(t.ctx.db, tot, c2, { completed: true, attended: [held] });
    await addMember(t.ctx.db, tot, await person(communeY), { completed: false, attended: [held] });
    for (const c of [c1, c2])
      expect(
        (await admin.post('/api/network/trainers/certify', { classId: tot, personId: c })).statusCode,
      ).toBe(201);
    // A third core member appointed by hand, without classes.
    expect(
      (await admin.post('/api/network/trainers', { personId: c3, tier: 'core', trainedBy: provincial }))
        .statusCode,
    ).toBe(201);
    const team = (await admin.post('/api/network/teams', { unitId: communeY, name: 'Tổ CNS Hà Nội' })).json()
      .id;
    await admin.post(`/api/network/teams/${team}/members`, { personId: c2, role: 'leader' });
    await admin.post('/api/network/support', { unitId: communeX, personId: c1 });

    // c1 opens two classes in X (10 members, 4 done; 5, 1), c2 one team class in Y (7, 7).
    await addClass(t.ctx.db, {
      unitId: communeX,
      trainerId: c1,
      generation: 1,
      rootId: provincial,
      members: 10,
      completed: 4,
    });
    await addClass(t.ctx.db, {
      unitId: communeX,
      trainerId: c1,
      generation: 1,
      rootId: provincial,
      members: 5,
      completed: 1,
    });
    await addClass(t.ctx.db, {
      unitId: communeY,
      trainerId: c2,
      generation: 1,
      rootId: provincial,
      teamId: team,
      members: 7,
      completed: 7,
      title: 'Lớp của tổ',
    });
    // A trainer outside the register (3 members), and a cancelled class that counts nowhere.
    const outsider = await person(communeY);
    await addClass(t.ctx.db, { unitId: communeY, trainerId: outsider, members: 3, completed: 0 });
    await addClass(t.ctx.db, {
      unitId: communeX,
      trainerId: c1,
      generation: 1,
      members: 50,
      status: 'cancelled',
    });

    const res = await admin.get(`/api/network/cascade?unitId=${hanoi}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unit).toEqual({ id: hanoi, name: expect.any(String) });
    expect(body.generations).toEqual([
      {
        generation: 0,
        tier: 'provincial',
        trainers: 1,
        classes: 1,
        learners: 3,
        completed: 2,
        completionRate: 0.667,
        communesReached: 1,
      },
      {
        generation: 1,
        tier: 'core',
        trainers: 3,
        classes: 3,
        learners: 22,
        completed: 12,
        completionRate: 0.545,
        communesReached: 2,
      },
      {
        generation: null,
        tier: null,
        trainers: 0,
        classes: 1,
        learners: 3,
        completed: 0,
        completionRate: 0,
        communesReached: 1,
      },
    ]);
    expect(body.core).toEqual({ total: 3, met: 1, one: 1, none: 1 });
    expect(body.teams).toEqual({ teams: 1, members: 1, classes: 1, learners: 7 });
    const byId = new Map((body.communes as { unitId: number }[]).map((c) => [c.unitId, c]));
    expect(byId.get(communeX)).toMatchObject({
      trainers: 1,
      classes: 3,
      learners: 18,
      completed: 7,
      supportPersons: 1,
      teams: 0,
    });
    expect(byId.get(communeY)).toMatchObject({
      trainers: 2,
      classes: 2,
      learners: 10,
      completed: 7,
      supportPersons: 0,
      teams: 1,
    });

    const tree = body.tree;
    expect(tree).toMatchObject({ kind: 'root', value: 25 });
    const p = tree.children.find((n: { id: string }) => n.id === provincial);
    expect(p).toMatchObject({ name: 'Giảng Viên Nguồn Hà Nội', value: 25 });
    expect(p.children.map((n: { name: string; value: number }) => [n.name, n.value])).toEqual([
      ['Nòng Cốt Một', 15],
      ['Nòng Cốt Hai', 7],
      ['Nòng Cốt Ba', 0],
      ['Lớp ToT Hà Nội', 3],
    ]);
    const two = p.children.find((n: { id: string }) => n.id === c2);
    expect(two.children).toEqual([{ name: 'Lớp của tổ', kind: 'class', id: expect.any(String), value: 7 }]);

    // The export of the by-commune table, and the scope: Hà Nội is outside the province office's.
    const xlsx = await admin.get(`/api/network/cascade?unitId=${hanoi}&format=csv`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.body).toContain('Người hỗ trợ DVC');
    expect((await tinh.get(`/api/network/cascade?unitId=${hanoi}`)).statusCode).toBe(403);
    expect((await xa.get('/api/network/cascade')).statusCode).toBe(200);
  });

  it("defaults to the officer's own unit", async () => {
    const res = await tinh.get('/api/network/cascade');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unit.name).toContain('Thái Nguyên');
    // The demo: the provincial trainer and two core trainers, nobody with classes yet here.
    const trainers = body.generations.reduce((s: number, g: { trainers: number }) => s + g.trainers, 0);
    expect(trainers).toBeGreaterThanOrEqual(3);
    expect(body.core.total).toBeGreaterThanOrEqual(2);
    expect(body.tree.children[0].children.length).toBeGreaterThanOrEqual(2);
  });
});
