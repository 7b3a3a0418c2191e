// Browser journey for mentors ("Đại sứ số") on a phone: the demo learner (hocvien@, who completed
// "Sức khỏe số và môi trường" through the real answer path) volunteers for that course and gets an
// invite link with its QR code; a new learner opens the link, sees who invites them and accepts;
// the mentor sees them among their mentees with their progress and nudges them (once: the button
// then says so); the mentee finds the nudge in the bell and their mentor on "Đại sứ số", then
// masters the course: the mentorship is passed (the refresher), the mentor's record says 1/5, the
// bell thanks them and the province's honour roll of the month lists them. The commune officer
// sees the mentor in the console's list. Screenshots at 360 and 1280 px to /tmp/shots.
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
const SHOTS = '/tmp/shots/';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const COURSE = 'Sức khỏe số và môi trường';
const MENTOR = 'Bùi Văn Sơn';
const MENTEE = 'Lò Thị Hoa';
const vnNow = new Date(Date.now() + 7 * 3_600_000);

/** The modules of the demo learner's course, from the core pack. */
function courseModules(): LoadedModule[] {
  const loaded = loadPack(path.join(ROOT, 'content/core'));
  if (!loaded.pack) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
  const ids =
    loaded.pack.programmes.programmes
      .find((p) => p.id === 'ky-nang-so-co-ban')
      ?.courses.find((c) => c.id === 'suc-khoe-moi-truong')?.modules ?? [];
  return ids.map((id) => loaded.pack?.modules.find((m) => m.header.id === id) as LoadedModule);
}

/** Every quiz question of a module answered right (what the demo learner did too). */
const rightAnswers = (mod: LoadedModule) =>
  mod.blocks
    .flatMap((b) => (b.type === 'quiz' ? b.questions : []))
    .map((q) => ({
      id: crypto.randomUUID(),
      moduleId: mod.header.id,
      questionId: q.id,
      response: keyedResponse(q as Question),
    }));

describe('mentoring journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let mentor: Page;
  let mentee: Page;
  let inviteUrl = '';
  const pageErrors: string[] = [];

  async function snap(p: Page, name: string, viewports = [PHONE, DESKTOP]): Promise<void> {
    for (const size of viewports) {
      await p.setViewportSize(size);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await p.screenshot({ path: `${SHOTS}mentoring-${name}-${size.width}.png`, fullPage: true });
    }
    await p.setViewportSize(PHONE);
  }

  async function newPage(viewport = PHONE): Promise<Page> {
    const p = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
    p.setDefaultTimeout(WAIT_MS);
    p.on('pageerror', (e) => pageErrors.push(e.message));
    return p;
  }

  const menteeId = async () => (await pageApi<{ id: string }>(mentee, 'GET', '/api/me')).json.id;

  async function signIn(p: Page, login: string) {
    await p.goto(`${app.url}/login`);
    await p.getByLabel('Số điện thoại hoặc email').fill(login);
    await p.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a learner who reached a level volunteers and gets an invite link with a QR code', async () => {
    mentor = await newPage();
    await signIn(mentor, 'hocvien@lantoa.demo');
    await mentor.getByRole('link', { name: 'Đại sứ số' }).first().click();
    await mentor.waitForURL(/\/learn\/mentoring$/);
    await visible(mentor.getByRole('heading', { level: 1, name: 'Đại sứ số' }));
    await visible(mentor.getByRole('heading', { name: 'Đại sứ số là gì?' }));
    // Not reached yet: "đạt phổ cập", with the reason, folded away.
    await mentor.getByText(/cấp độ bạn chưa đạt$/).click();
    await visible(mentor.getByText('Chưa đạt bài đánh giá “đạt phổ cập”.'));
    await snap(mentor, 'volunteer');
    await mentor.getByRole('button', { name: `Đăng ký làm Đại sứ số: ${COURSE}` }).click();

    const invite = mentor.getByRole('region', { name: 'Mời người học' });
    await visible(invite.getByText(`cấp độ “${COURSE}”`, { exact: false }));
    const url = invite.getByLabel('Đường dẫn mời', { exact: true });
    inviteUrl = await (await visible(url)).inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${app.url}/learn/mentor/[23456789A-HJKMNP-Z]{8}$`));
    await visible(invite.getByRole('img', { name: `Mã QR của đường dẫn mời ${inviteUrl}` }));
    expect(await invite.locator('.mentoring-qr svg').count()).toBe(1);
    await visible(mentor.getByText('0/5 người đã đạt'));
    await visible(mentor.getByText('Chưa có ai. Hãy gửi đường dẫn mời ở trên.'));
    // Keyboard: the copy button is reachable and says what happened.
    await invite.getByRole('button', { name: 'Sao chép đường dẫn' }).focus();
    await mentor.keyboard.press('Enter');
    await visible(invite.getByText(/^(Đã sao chép đường dẫn\.|Không sao chép được.*)$/));
    await snap(mentor, 'mentor');
  });

  it('a second learner opens the invitation and accepts', async () => {
    mentee = await newPage();
    await mentee.goto(`${app.url}/login`);
    const reg = await pageApi(mentee, 'POST', '/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: MENTEE,
      login: `09${String(Date.now()).slice(-8)}`,
      password: 'hoc-moi-ngay-2025',
    });
    expect(reg.status).toBe(201);
    const units = await pageApi<{ items: { id: number }[] }>(mentee, 'GET', '/api/units?q=05443');
    const profile = await pageApi(mentee, 'PUT', '/api/learning/profile', {
      targetGroup: 'citizen',
      unitId: units.json.items[0]?.id,
    });
    expect(profile.status).toBe(200);
    await mentee.goto(inviteUrl);
    await visible(mentee.getByRole('heading', { level: 1, name: 'Lời mời của Đại sứ số' }));
    await visible(mentee.getByRole('heading', { name: `${MENTOR} mời bạn học cùng` }));
    await visible(mentee.getByText(`Cấp độ: ${COURSE}`, { exact: false }));
    await snap(mentee, 'invite');
    await mentee.getByRole('button', { name: 'Nhận làm người hướng dẫn' }).click();
    await visible(
      mentee.getByText(new RegExp(`^Bạn đã nhận ${MENTOR} làm người hướng dẫn từ \\d{2}/\\d{2}/\\d{4}\\.$`)),
    );
    // Opened again: already accepted, nothing to press.
    await mentee.reload();
    await visible(mentee.getByText(`Bạn đã nhận ${MENTOR} làm người hướng dẫn.`));
    expect(await mentee.getByRole('button', { name: 'Nhận làm người hướng dẫn' }).count()).toBe(0);
  });

  it('the mentor sees the mentee with their progress and nudges them once', async () => {
    await mentor.reload();
    const list = mentor.getByRole('region', { name: 'Người bạn hướng dẫn' });
    const item = list.locator('.mentee').filter({ hasText: MENTEE });
    await visible(item.getByText('Đang học'));
    const progress = item.getByRole('progressbar', { name: `Tiến độ của ${MENTEE}` });
    await visible(progress);
    expect(await progress.getAttribute('aria-valuetext')).toMatch(/^0\/\d+$/);
    await visible(item.getByText('Chưa học'));
    await visible(mentor.getByText('Đang kèm'));
    const nudge = item.getByRole('button', { name: `Nhắc học: ${MENTEE}` });
    await nudge.click();
    await visible(item.getByText('Đã gửi lời nhắc.'));
    // Once a day: after a reload the button stays off and says why.
    await mentor.reload();
    await visible(item.getByText('Hôm nay bạn đã nhắc người này.'));
    expect(await nudge.isDisabled()).toBe(true);
    const again = await pageApi<{ error: { code: string } }>(
      mentor,
      'POST',
      `/api/mentoring/mentees/${await menteeId()}/nudge`,
      {},
    );
    expect(again.json.error.code).toBe('NUDGE_TOO_SOON');
    await snap(mentor, 'mentees');
  });

  it('the mentee sees the nudge in the bell and their mentor on the page', async () => {
    await mentee.goto(`${app.url}/learn`);
    const bell = mentee.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await (await visible(bell)).click();
    const panel = mentee.locator('.bell__panel');
    await visible(panel.getByText(`${MENTOR} (Đại sứ số) nhắc bạn học tiếp hôm nay. Cố lên!`));
    await snap(mentee, 'bell', [PHONE]);
    await mentee.keyboard.press('Escape');
    await mentee.goto(`${app.url}/learn/mentoring`);
    const mine = mentee.getByRole('region', { name: 'Người hướng dẫn của bạn' });
    await visible(mine.getByText(MENTOR));
    await visible(mine.getByText(new RegExp(`^Đại sứ số, cấp độ “${COURSE}”, từ \\d{2}/\\d{2}/\\d{4}$`)));
    await snap(mentee, 'mentee');
  });

  it("the mentee masters the course: passed on the mentor's page, 1/5, and on the honour roll", async () => {
    const modules = courseModules();
    expect(modules.length).toBeGreaterThan(0);
    for (const mod of modules) {
      const res = await pageApi(mentee, 'POST', '/api/learning/answers', { answers: rightAnswers(mod) });
      expect(res.status).toBe(200);
    }
    // The learner refresher (every second here) marks the mentorship passed.
    const deadline = Date.now() + 30_000;
    let status = '';
    while (Date.now() < deadline && status !== 'passed') {
      const mine = await pageApi<{ items: { name: string; status: string }[] }>(
        mentor,
        'GET',
        '/api/mentoring/mentees',
      );
      status = mine.json.items.find((m) => m.name === MENTEE)?.status ?? '';
      if (status !== 'passed') await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('passed');
    await mentor.reload();
    const item = mentor.locator('.mentee').filter({ hasText: MENTEE });
    await visible(item.getByText('Đã đạt', { exact: true }));
    await visible(mentor.getByText('1/5 người đã đạt'));
    expect(await item.getByRole('button', { name: `Nhắc học: ${MENTEE}` }).count()).toBe(0);
    await snap(mentor, 'passed', [PHONE]);
    // The mentor is told.
    await mentor.goto(`${app.url}/learn`);
    await (await visible(mentor.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }))).click();
    await visible(
      mentor.locator('.bell__panel').getByText(`${MENTEE} đã đạt “${COURSE}” nhờ bạn hướng dẫn. Cảm ơn bạn!`),
    );
    await mentor.keyboard.press('Escape');

    // The province's honour roll of this month lists the mentor.
    const office = await newPage(DESKTOP);
    await signIn(office, 'tinh@lantoa.demo');
    await office.getByRole('link', { name: 'Thi đua', exact: true }).first().click();
    await office.getByRole('tab', { name: 'Vinh danh' }).click();
    await visible(office.getByRole('heading', { level: 2, name: /^Người học tiêu biểu tại / }));
    await office.getByLabel('Tháng', { exact: true }).selectOption(String(vnNow.getUTCMonth() + 1));
    const roll = await visible(
      office.getByRole('region', {
        name: `Đại sứ số tiêu biểu tháng ${vnNow.getUTCMonth() + 1}/${vnNow.getUTCFullYear()}`,
      }),
    );
    const row = await visible(roll.getByRole('row').filter({ hasText: MENTOR }));
    await visible(row.getByRole('cell', { name: '1', exact: true }).first());
    await snap(office, 'honour-roll', [DESKTOP, PHONE]);
    await office.context().close();
  });

  it('the commune officer finds the mentor in the list of the scope', async () => {
    const officer = await newPage(DESKTOP);
    await signIn(officer, 'xa@lantoa.demo');
    const list = await pageApi<{ items: { name: string; record: { active: number } }[] }>(
      officer,
      'GET',
      '/api/mentoring/mentors',
    );
    expect(list.json.items.find((m) => m.name === MENTOR)?.record).toMatchObject({ helped: 1, passed: 1 });
    // The console: "Mạng lưới" → "Đại sứ số", the list of the commune with the record.
    await officer.goto(`${app.url}/network`);
    await (await visible(officer.getByRole('tab', { name: 'Đại sứ số' }))).click();
    const row = await visible(officer.getByRole('row').filter({ hasText: MENTOR }));
    await visible(row.getByText('1/5'));
    await visible(row.getByText('Tự nguyện'));
    await visible(officer.getByRole('row').filter({ hasText: 'Hoàng Thị Lan' }).getByText('Được cử'));
    await visible(officer.getByRole('heading', { name: 'Cử Đại sứ số' }));
    await visible(officer.getByRole('heading', { name: 'Ghép người học với Đại sứ số' }));
    await snap(officer, 'console', [DESKTOP, PHONE]);
    await officer.context().close();
    expect(pageErrors).toEqual([]);
  });
});
