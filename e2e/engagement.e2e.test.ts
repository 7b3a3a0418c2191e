// Browser journey for engagement (F4) on a phone: a new learner of Phường Phan Đình Phùng learns
// on two days in a row (statements worth the daily goal yesterday and today, Vietnam time) and
// masters a module (answers from the core pack's keys); a neighbour masters two (his home invites
// him to start a streak, then warns that yesterday's one ends tonight). The learner's home
// says "2 ngày liên tiếp"; "Thành tích" shows the XP, the badge "Học phần đầu tiên", the week, the
// league and the commune board with the neighbour above; the bell lists the badge and marks it
// read; the display name changes on the board. Replaying the same statements and answers (same
// ids) changes nothing. A challenge the commune officer sets shows the learner's progress.
// Screenshots at 360 and 1280 px. Runs Debian Chromium through playwright-core on a fresh demo
// database (the server's learner refresher runs every second).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedModule, loadPack } from '../apps/server/src/modules/catalog/pack.ts';
import { keyedResponse } from '../apps/server/src/modules/demo/demo.learner.ts';
import type { Question } from '../apps/server/src/modules/learning/grading/index.ts';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const GOAL = 15;

interface Me {
  xp: number;
  today: { day: string; minutes: number; goalMinutes: number; goalMet: boolean };
  streak: { days: number; atRisk: boolean };
  badges: { id: string; title: string; earnedAt: string | null }[];
  league: { tierTitle: string; rank: number; members: number } | null;
  unreadNotifications: number;
}

interface Board {
  placeName: string | null;
  top: { name: string; rank: number; xp: number; me: boolean }[];
  me: { rank: number; of: number; xp: number } | null;
}

/** 'YYYY-MM-DD' of a Vietnam day, `offset` days from today. */
function vnDay(offset = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Statements worth `minutes` of learning early on a Vietnam day, one minute each. */
function minutesOn(day: string, minutes: number, moduleId: string) {
  return Array.from({ length: minutes }, (_, i) => ({
    id: crypto.randomUUID(),
    verb: 'progressed',
    object: { type: 'block', id: `${moduleId}/b${i % 3}` },
    result: { durationSeconds: 60 },
    context: { moduleId, blockIndex: i % 3 },
    timestamp: `${day}T00:${String(i).padStart(2, '0')}:30+07:00`,
  }));
}

/** Every quiz question of a module answered right, each with its own id. */
function rightAnswers(mod: LoadedModule) {
  return mod.blocks
    .flatMap((b) => (b.type === 'quiz' ? b.questions : []))
    .map((q) => ({
      id: crypto.randomUUID(),
      moduleId: mod.header.id,
      questionId: q.id,
      response: keyedResponse(q as Question),
    }));
}

describe('engagement journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let modules: LoadedModule[];
  let communeId = 0;
  const pageErrors: string[] = [];
  /** Everything the learner sent, to send again. */
  const sent: { statements: unknown[]; answers: unknown[] } = { statements: [], answers: [] };

  async function snap(name: string, viewports = [PHONE, DESKTOP]): Promise<void> {
    for (const size of viewports) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: `${SCREENSHOTS}engagement-${name}-${size.width}.png`, fullPage: true });
    }
    await page.setViewportSize(PHONE);
  }

  /** Registers and onboards a learner of the commune in its own browser context. */
  async function newLearner(fullName: string, login: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    const p = await ctx.newPage();
    p.setDefaultTimeout(WAIT_MS);
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${app.url}/login`);
    const reg = await pageApi(p, 'POST', '/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName,
      login,
      password: 'hoc-moi-ngay-2025',
    });
    expect(reg.status).toBe(201);
    if (!communeId) {
      const units = await pageApi<{ items: { id: number }[] }>(p, 'GET', '/api/units?q=05443');
      communeId = units.json.items[0]?.id ?? 0;
    }
    const profile = await pageApi(p, 'PUT', '/api/learning/profile', {
      targetGroup: 'citizen',
      unitId: communeId,
      dailyGoalMinutes: GOAL,
    });
    expect(profile.status).toBe(200);
    return p;
  }

  const me = async (p: Page) => (await pageApi<Me>(p, 'GET', '/api/engagement/me')).json;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const loaded = loadPack(path.join(ROOT, 'content/core'));
    if (!loaded.pack) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
    // Modules mastered by their quizzes alone (no practice task to grade).
    modules = loaded.pack.modules.filter(
      (m) => m.blocks.some((b) => b.type === 'quiz') && !m.blocks.some((b) => b.type === 'practice'),
    );
    expect(modules.length).toBeGreaterThanOrEqual(3);
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('learns on two days in a row and masters a module', async () => {
    page = await newLearner('Hoàng Thị Mai', `09${String(Date.now()).slice(-8)}`);
    const moduleId = modules[0]?.header.id as string;
    sent.statements = [...minutesOn(vnDay(-1), GOAL, moduleId), ...minutesOn(vnDay(0), GOAL, moduleId)];
    const statements = await pageApi(page, 'POST', '/api/learning/statements', {
      statements: sent.statements,
    });
    expect(statements.status).toBe(200);
    sent.answers = rightAnswers(modules[0] as LoadedModule);
    const answers = await pageApi(page, 'POST', '/api/learning/answers', { answers: sent.answers });
    expect(answers.status).toBe(200);

    const mine = await me(page);
    expect(mine.today).toMatchObject({ minutes: GOAL, goalMinutes: GOAL, goalMet: true });
    expect(mine.streak).toMatchObject({ days: 2, atRisk: false });
    expect(mine.badges.find((b) => b.id === 'hoc-phan-dau-tien')?.earnedAt).not.toBeNull();
  });

  it('sees the streak, the goal and the XP on the learner home', async () => {
    const mine = await me(page);
    await page.goto(`${app.url}/learn`);
    const strip = await visible(page.getByRole('region', { name: 'Tiến độ của bạn' }));
    await visible(strip.getByText('Bạn đã học 2 ngày liên tiếp'));
    await visible(strip.getByText(`Hôm nay bạn đã học ${GOAL}/${GOAL} phút`));
    await visible(strip.getByText(`${mine.xp.toLocaleString('vi-VN')} XP`, { exact: true }));
    await snap('home');
  });

  it('a neighbour with more XP ranks above on the commune board', async () => {
    const neighbour = await newLearner('Vũ Văn Long', `08${String(Date.now()).slice(-8)}`);
    for (const mod of modules.slice(1, 3)) {
      const res = await pageApi(neighbour, 'POST', '/api/learning/answers', { answers: rightAnswers(mod) });
      expect(res.status).toBe(200);
    }
    const [hers, his] = [await me(page), await me(neighbour)];
    expect(his.xp).toBeGreaterThan(hers.xp);
    // No minutes yet today: the strip encourages him to start a streak.
    await neighbour.goto(`${app.url}/learn`);
    await visible(neighbour.getByText(`Học đủ ${GOAL} phút hôm nay để bắt đầu chuỗi ngày học nhé!`));
    await neighbour.screenshot({ path: `${SCREENSHOTS}engagement-home-new-360.png` });
    // His goal met yesterday only: a one-day streak that ends tonight unless he learns today.
    const yesterday = minutesOn(vnDay(-1), GOAL, modules[1]?.header.id as string);
    expect(
      (await pageApi(neighbour, 'POST', '/api/learning/statements', { statements: yesterday })).status,
    ).toBe(200);
    await neighbour.reload();
    await visible(neighbour.getByText(`Chuỗi 1 ngày học sẽ mất nếu hôm nay bạn chưa học đủ ${GOAL} phút`));
    await neighbour.screenshot({ path: `${SCREENSHOTS}engagement-home-at-risk-360.png` });
    await neighbour.context().close();
  });

  it('shows XP, streak, week, badges, league and the commune board on "Thành tích"', async () => {
    const mine = await me(page);
    await page.goto(`${app.url}/learn`);
    await (await visible(page.getByRole('link', { name: /Xem thành tích/ }))).click();
    await page.waitForURL(/\/learn\/progress$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Thành tích' }));
    const summary = page.getByRole('region', { name: 'Điểm và chuỗi ngày học' });
    await visible(summary.getByText(`${mine.xp.toLocaleString('vi-VN')} XP`));
    await visible(summary.getByText('2 ngày', { exact: true }));
    // Today and yesterday met, in words for screen readers (not colour alone).
    await visible(summary.getByText('Đạt mục tiêu 2/7 ngày'));
    expect(await summary.locator('.week-day--met').count()).toBe(2);

    const badges = page.getByRole('region', { name: 'Huy hiệu' });
    const first = badges.locator('.badge-tile--earned').filter({ hasText: 'Học phần đầu tiên' });
    await visible(first);
    await visible(first.getByText(/^✓ Nhận ngày \d{2}\/\d{2}\/\d{4}$/));
    expect(await first.getByRole('img', { name: 'Học phần đầu tiên' }).count()).toBe(1);
    await visible(
      badges
        .locator('.badge-tile--locked')
        .filter({ hasText: 'Mười học phần' })
        .getByText('Đạt 10 học phần.'),
    );

    const league = page.getByRole('region', { name: 'Giải đấu tuần này' });
    await visible(league.getByText('Giải Đồng', { exact: true }));
    const myLeagueRow = league.locator('tr[aria-current="true"]');
    await visible(myLeagueRow.getByText('(Bạn)'));

    // The commune board, all time: my rank as the API reckons it, the neighbour above me.
    const boards = page.getByRole('region', { name: 'Bảng xếp hạng' });
    await visible(boards.getByRole('tab', { name: 'Xã/phường' }));
    await boards.getByRole('button', { name: 'Tất cả' }).click();
    expect(await boards.getByRole('button', { name: 'Tất cả' }).getAttribute('aria-pressed')).toBe('true');
    const board = (await pageApi<Board>(page, 'GET', '/api/engagement/leaderboard?place=commune&period=all'))
      .json;
    expect(board.placeName).toMatch(/Phan Đình Phùng$/);
    await visible(boards.getByRole('heading', { name: board.placeName ?? '' }));
    const rank = board.me?.rank ?? 0;
    await visible(boards.getByText(`Hạng của bạn: ${rank} / ${board.me?.of.toLocaleString('vi-VN')}`));
    // The all-time board is on screen (not the week's kept while it loaded): my all-time XP.
    await visible(boards.locator('.board__me').getByText(`${board.me?.xp.toLocaleString('vi-VN')} XP`));
    const names = await boards.locator('.board-row__name').allTextContents();
    const herRow = names.findIndex((n) => n.startsWith('Hoàng T. Mai'));
    const hisRow = names.findIndex((n) => n.startsWith('Vũ V. Long'));
    expect(hisRow).toBeGreaterThanOrEqual(0);
    expect(herRow).toBeGreaterThan(hisRow);
    expect(names[herRow]).toContain('(Bạn)');
    // Keyboard: arrows move between the place tabs, Enter opens one.
    await boards.getByRole('tab', { name: 'Xã/phường' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await visible(boards.getByRole('tab', { name: 'Tỉnh', selected: true }));
    const province = (
      await pageApi<Board>(page, 'GET', '/api/engagement/leaderboard?place=province&period=all')
    ).json;
    await visible(boards.getByRole('heading', { name: province.placeName ?? '' }));
    // No workplace: no "Cơ quan" tab.
    expect(await boards.getByRole('tab', { name: 'Cơ quan' }).count()).toBe(0);
    await boards.getByRole('tab', { name: 'Xã/phường' }).click();
    await snap('progress');
  });

  it('lists the badge in the bell and marks everything read', async () => {
    const bell = page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await (await visible(bell)).click();
    const panel = page.locator('.bell__panel');
    await visible(panel.getByText('Bạn vừa nhận huy hiệu “Học phần đầu tiên”'));
    await snap('bell', [PHONE]);
    await panel.getByRole('button', { name: 'Đánh dấu đã đọc hết' }).click();
    await visible(page.getByRole('button', { name: 'Thông báo', exact: true }));
    expect((await me(page)).unreadNotifications).toBe(0);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
  });

  it('changes how the learner appears on the boards', async () => {
    const privacy = page.getByRole('region', { name: 'Tên của tôi trên bảng xếp hạng' });
    await privacy.getByLabel('Tên hiển thị').fill('Mai Phan Đình Phùng');
    await privacy.getByRole('button', { name: 'Lưu' }).click();
    await visible(privacy.getByText('Đã lưu.'));
    await visible(privacy.getByText('Người khác thấy bạn là: Mai Phan Đình Phùng'));
    const boards = page.getByRole('region', { name: 'Bảng xếp hạng' });
    await visible(boards.locator('.board-row--me').getByText('Mai Phan Đình Phùng'));
  });

  it('replaying the same statements and answers changes nothing', async () => {
    const before = await me(page);
    expect(
      (await pageApi(page, 'POST', '/api/learning/statements', { statements: sent.statements })).status,
    ).toBe(200);
    expect((await pageApi(page, 'POST', '/api/learning/answers', { answers: sent.answers })).status).toBe(
      200,
    );
    await page.waitForTimeout(1500); // a refresher round
    await page.reload();
    const summary = page.getByRole('region', { name: 'Điểm và chuỗi ngày học' });
    await visible(summary.getByText(`${before.xp.toLocaleString('vi-VN')} XP`));
    await visible(summary.getByText('2 ngày', { exact: true }));
    const after = await me(page);
    expect(after.xp).toBe(before.xp);
    expect(after.streak.days).toBe(2);
    expect(after.today.minutes).toBe(GOAL);
  });

  it("shows a challenge set by the commune officer, with the learner's progress", async () => {
    const officer = await (await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' })).newPage();
    await officer.goto(`${app.url}/login`);
    expect(
      (
        await pageApi(officer, 'POST', '/api/auth/login', {
          login: 'xa@lantoa.demo',
          password: 'lantoa-demo-2025',
        })
      ).status,
    ).toBe(200);
    const created = await pageApi<{ id?: string }>(officer, 'POST', '/api/engagement/challenges', {
      title: 'Tuần lễ học số Phan Đình Phùng',
      description: 'Mỗi người học đạt 3 học phần trong tuần.',
      unitId: communeId,
      startsOn: vnDay(-1),
      endsOn: vnDay(6),
      goal: { kind: 'modules', count: 3 },
    });
    await officer.context().close();
    expect(created.status, JSON.stringify(created.json)).toBe(201);

    await page.reload();
    const card = page.getByRole('region', { name: 'Thử thách' });
    const item = card.locator('.challenge').filter({ hasText: 'Tuần lễ học số Phan Đình Phùng' });
    await visible(item.getByText('1/3 học phần'));
    expect(await item.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1/3 học phần');
    await snap('progress-challenge', [PHONE]);

    // In English: the same page, every string translated.
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Achievements' }));
    await visible(
      page.getByText('You have learnt 2 days in a row').or(page.getByText('2 days', { exact: true })),
    );
    await visible(page.getByRole('region', { name: 'Challenges' }).getByText('1/3 modules'));
    await snap('progress-en', [PHONE]);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Thành tích' }));
    expect(pageErrors).toEqual([]);
  });
});
