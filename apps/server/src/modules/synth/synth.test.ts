import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';
import { synth } from './synth.service.ts';

const options = {
  people: 600,
  learners: 200,
  days: 20,
  eventsPerLearner: 40,
  seed: 7,
  provinceCode: '19',
  start: '2025-10-01',
};
const count = async (t: TestApp, table: string) =>
  (await t.ctx.database.raw<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;

describe.each(backends)('synthetic province (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { demo: false });
  }, 120_000);
  afterAll(() => t?.close());

  it('generates people, learners, events and the progress that follows from them', async () => {
    const stages = new Set<string>();
    const cp = await synth(t.ctx, options, (stage) => stages.add(stage));
    expect([...stages]).toEqual(['people', 'accounts', 'events', 'progress and mastery']);
    expect(await count(t, 'people')).toBe(600);
    expect(await count(t, 'accounts')).toBe(200);
    expect(await count(t, 'learner_profiles')).toBe(200);
    const events = await count(t, 'learning_events');
    expect(events).toBe(cp.events);
    expect(events / 200).toBeGreaterThan(20);
    expect(await count(t, 'module_progress')).toBeGreaterThan(100);
    expect(await count(t, 'competence_mastery')).toBeGreaterThan(0);
    const groups = await t.ctx.database.raw<{ g: string }>(
      'select distinct target_groups[1] as g from people',
    );
    expect(groups.map((g) => g.g).sort()).toEqual(
      expect.arrayContaining(['citizen', 'enterprise_worker', 'freelancer']),
    );
  });

  it('is deterministic and resumable: running again adds nothing', async () => {
    const before = await count(t, 'learning_events');
    const cp = await synth(t.ctx, options, () => {});
    expect(await count(t, 'learning_events')).toBe(before);
    expect(cp.learnersDone).toBe(200);
  });

  it('refuses to mix two different runs under one seed', async () => {
    await expect(synth(t.ctx, { ...options, people: 700 }, () => {})).rejects.toThrow(/another --seed/);
  });
});
