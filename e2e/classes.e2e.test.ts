// Browser journey for classes (F5): the trainer giangvien@ signs in, opens an in-person class of
// Phường Phan Đình Phùng with a session starting now (through the "Mở lớp mới" form) and sees its
// code, link, QR and poster; a new learner joins with the code from the learner app; the learner
// opens the session's check-in address (read from the API as the trainer) and sees "Đã điểm
// danh"; the trainer enrols a roster person without an account and ticks them on the attendance
// sheet; the trainer posts an announcement that the learner sees under "Lớp học"; the learner
// masters a module of the class's course and the trainer's dashboard shows the progress once the
// learner refresher has run. Screenshots of every screen at 360 and 1280 px to /tmp/shots.
// Runs Debian Chromium through playwright-core on a fresh demo database.
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
const SHOTS = process.env.LANTOA_SHOTS_DIR ?? '/tmp/shots/';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const PASSWORD = 'lantoa-demo-2025';
const CLASS_TITLE = 'Lớp dịch vụ công trực tuyến tổ 7 Phan Đình Phùng';
const ROSTER_NAME = 'Đinh Thị Thơm';
const LEARNER = 'Lường Văn Khánh';
const ANNOUNCEMENT = 'Buổi sau mang theo điện thoại đã sạc đầy và căn cước công dân nhé.';
const PROGRAMME = 'ky-nang-so-co-ban';
const COURSE = 'dich-vu-so-thiet-yeu';

interface ClassView {
  id: string;
  code: string;
  joinUrl: string;
}
interface Sessions {
  items: { id: string; startsAt: string; checkinUrl: string | null }[];
}
interface Attendance {
  items: { personId: string; name: string; hasAccount: boolean; present: boolean; method: string | null }[];
}

/** Now in Vietnam as the form writes it: dd/MM/yyyy and HH:mm. */
function vnNow(): { day: string; time: string } {
  const iso = new Date(Date.now() + 7 * 3_600_000).toISOString();
  return { day: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, time: iso.slice(11, 16) };
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

describe('classes journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let trainer: Page;
  let learner: Page;
  let officer: Page;
  let classView: ClassView;
  let communeId = 0;
  let quizModule: LoadedModule;
  let modulesTotal = 0;
  let rosterPersonId = '';
  const pageErrors: string[] = [];

  /** Screenshots of what `page` shows at 360 and 1280 px (full page), then back to `back`. */
  async function snap(page: Page, name: string, back = PHONE): Promise<void> {
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}classes-${name}-${size.width}.png`, fullPage: true });
    }
    await page.setViewportSize(back);
  }

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const ctx = await browser.newContext({ viewport, locale: 'vi-VN' });
    const p = await ctx.newPage();
    p.setDefaultTimeout(WAIT_MS);
    p.on('pageerror', (e) => pageErrors.push(e.message));
    return p;
  }

  async function apiLogin(p: Page, login: string): Promise<void> {
    await p.goto(`${app.url}/login`);
    const res = await pageApi(p, 'POST', '/api/auth/login', { login, password: PASSWORD });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const loaded = loadPack(path.join(ROOT, 'content/core'));
    if (!loaded.pack) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
    const course = loaded.pack.programmes.programmes
      .find((p) => p.id === PROGRAMME)
      ?.courses.find((c) => c.id === COURSE);
    if (!course) throw new Error(`course ${PROGRAMME}/${COURSE} missing from content/core`);
    modulesTotal = course.modules.length;
    // A module of the course mastered by its quizzes alone (no practice task to grade).
    const found = loaded.pack.modules.find(
      (m) =>
        course.modules.includes(m.header.id) &&
        m.blocks.some((b) => b.type === 'quiz') &&
        !m.blocks.some((b) => b.type === 'practice'),
    );
    if (!found) throw new Error('no quiz-only module in the course');
    quizModule = found;
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the trainer signs in and opens an in-person class with a session starting now', async () => {
    trainer = await newPage(DESKTOP);
    await trainer.goto(`${app.url}/login?redirect=%2Fclasses`);
    await trainer.getByLabel('Số điện thoại hoặc email').fill('giangvien@lantoa.demo');
    await trainer.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await trainer.getByRole('button', { name: 'Đăng nhập' }).click();
    await trainer.waitForURL(/\/classes$/);
    await visible(trainer.getByRole('heading', { level: 1, name: 'Lớp học' }));
    await snap(trainer, 'list', DESKTOP);

    await trainer.getByRole('button', { name: 'Mở lớp mới' }).click();
    const form = trainer.getByRole('region', { name: 'Mở lớp mới' });
    await visible(form);
    // Sent empty: clear messages in Vietnamese, focus on the first wrong field.
    await form.getByLabel('Tên lớp').fill('');
    await form.getByRole('button', { name: 'Mở lớp', exact: true }).click();
    await visible(form.getByText('Vui lòng nhập tên lớp (ít nhất 3 ký tự).'));
    await visible(form.getByText('Vui lòng chọn ít nhất một khoá học.'));
    await visible(form.getByText('Vui lòng chọn xã, phường trong danh sách gợi ý.'));
    expect(await form.getByLabel('Tên lớp').evaluate((el) => el === document.activeElement)).toBe(true);
    await snap(trainer, 'form-errors', DESKTOP);

    await form.getByLabel('Tên lớp').fill(CLASS_TITLE);
    await form.getByLabel('Dịch vụ công trực tuyến và thanh toán số', { exact: true }).check();
    await form
      .getByRole('group', { name: 'Đối tượng học viên' })
      .getByLabel('Người dân', { exact: true })
      .check();
    await form
      .getByRole('group', { name: 'Nhóm cần hỗ trợ' })
      .getByLabel('Người cao tuổi', { exact: true })
      .check();
    await form.getByRole('combobox', { name: 'Xã, phường của lớp' }).fill('Phan Đình Phùng');
    await (await visible(trainer.getByRole('option', { name: /Phan Đình Phùng/ }).first())).click();
    await form.getByLabel('Địa điểm học').fill('Nhà văn hoá tổ 7, phường Phan Đình Phùng');
    await form.getByLabel('Sĩ số tối đa').fill('25');
    const now = vnNow();
    await form.getByLabel('Ngày buổi 1').fill(now.day);
    await form.getByLabel('Giờ bắt đầu').fill(now.time);
    await form.getByLabel('Nội dung buổi học').fill('Cài VNeID và dùng Cổng Dịch vụ công');
    await snap(trainer, 'form', DESKTOP);
    await form.getByRole('button', { name: 'Mở lớp', exact: true }).click();

    await trainer.waitForURL(/\/classes\/[0-9a-f-]{36}$/);
    await visible(trainer.getByRole('heading', { level: 1, name: CLASS_TITLE }));
    const id = trainer.url().split('/').pop() as string;
    classView = (await pageApi<ClassView>(trainer, 'GET', `/api/classes/${id}`)).json;
    const code = await (await visible(trainer.getByTestId('class-code'))).textContent();
    expect(code).toBe(classView.code);
    expect(classView.code).toMatch(/^[0-9A-Z]{6}$/);
    expect(await trainer.getByLabel('Đường link vào lớp').inputValue()).toBe(classView.joinUrl);
    // The QR image and the poster are real files.
    const qr = trainer.getByRole('img', { name: `Mã QR vào lớp ${classView.code}` });
    await visible(qr);
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const poster = await trainer.request.get(
      `${app.url}${await trainer.getByRole('link', { name: 'Tải áp phích (PDF)' }).getAttribute('href')}`,
    );
    expect(poster.status()).toBe(200);
    expect((await poster.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await trainer.getByRole('button', { name: 'Chép link' }).click();
    await visible(trainer.getByText(/^(Đã chép link|Không chép được tự động)/));
    await snap(trainer, 'class', DESKTOP);
  });

  it('a new learner joins with the code from the learner app', async () => {
    learner = await newPage(PHONE);
    await learner.goto(`${app.url}/login`);
    const reg = await pageApi(learner, 'POST', '/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: LEARNER,
      login: `09${String(Date.now()).slice(-8)}`,
      password: 'hoc-moi-ngay-2025',
    });
    expect(reg.status).toBe(201);
    const units = await pageApi<{ items: { id: number }[] }>(learner, 'GET', '/api/units?q=05443');
    communeId = units.json.items[0]?.id ?? 0;
    expect(communeId).toBeGreaterThan(0);
    const profile = await pageApi(learner, 'PUT', '/api/learning/profile', {
      targetGroup: 'citizen',
      unitId: communeId,
      dailyGoalMinutes: 15,
    });
    expect(profile.status).toBe(200);

    await learner.goto(`${app.url}/learn/classes`);
    await visible(learner.getByRole('heading', { level: 1, name: 'Lớp học của tôi' }));
    await learner.getByLabel('Mã lớp').fill('abc');
    await learner.getByRole('button', { name: 'Tìm lớp' }).click();
    await visible(learner.getByText('Mã lớp gồm 6 ký tự chữ và số.'));
    await snap(learner, 'learn-empty');
    await learner.getByLabel('Mã lớp').fill(classView.code.toLowerCase());
    await learner.getByRole('button', { name: 'Tìm lớp' }).click();
    await learner.waitForURL(new RegExp(`/learn/join/${classView.code}\\?via=code$`));
    const preview = learner.getByRole('region', { name: CLASS_TITLE });
    await visible(preview.getByText('Nhà văn hoá tổ 7, phường Phan Đình Phùng', { exact: false }));
    await snap(learner, 'join');
    await preview.getByRole('button', { name: 'Vào lớp', exact: true }).click();
    await visible(preview.getByText('Bạn đã vào lớp. Chúc bạn học tốt!'));
    await snap(learner, 'joined');
    // Joining again changes nothing.
    const again = await pageApi<{ status: string }>(learner, 'POST', '/api/classes/join', {
      code: classView.code,
      via: 'link',
    });
    expect(again.json.status).toBe('active');
  });

  it("the learner opens the session's check-in address and is marked present", async () => {
    const sessions = (await pageApi<Sessions>(trainer, 'GET', `/api/classes/${classView.id}/sessions`)).json;
    const checkinUrl = sessions.items[0]?.checkinUrl;
    expect(checkinUrl).toMatch(/\/learn\/checkin\//);
    const { pathname } = new URL(checkinUrl as string);
    await learner.goto(`${app.url}${pathname}`);
    await visible(learner.getByText('Đã điểm danh', { exact: true }));
    await visible(learner.getByText(CLASS_TITLE));
    await snap(learner, 'checkin');
    // Opening it twice is fine.
    await learner.reload();
    await visible(learner.getByText('Bạn đã điểm danh buổi này trước đó.'));
    // A forged token says so clearly.
    await learner.goto(`${app.url}${pathname.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`);
    await visible(learner.getByText(/Mã điểm danh không hợp lệ|hết hạn/));
    await snap(learner, 'checkin-invalid');
  });

  it('the trainer enrols a roster person without an account and ticks them present', async () => {
    // The commune officer registers a resident who has no account (the roster).
    officer = await newPage(DESKTOP);
    await apiLogin(officer, 'xa@lantoa.demo');
    const person = await pageApi<{ id: string }>(officer, 'POST', '/api/people', {
      fullName: ROSTER_NAME,
      birthYear: 1956,
      unitId: communeId,
      vulnerabilities: ['elderly'],
    });
    expect(person.status, JSON.stringify(person.json)).toBe(201);
    rosterPersonId = person.json.id;

    // Namesakes may live in the commune: the API's order of the same search tells which row is hers.
    const found = await pageApi<{ items: { personId: string }[] }>(
      trainer,
      'GET',
      `/api/classes/${classView.id}/candidates?q=${encodeURIComponent(ROSTER_NAME)}`,
    );
    const index = found.json.items.findIndex((c) => c.personId === rosterPersonId);
    expect(index).toBeGreaterThanOrEqual(0);

    await trainer.getByRole('tab', { name: 'Thêm học viên' }).click();
    await trainer.getByLabel('Tìm theo họ tên').fill(ROSTER_NAME);
    const results = trainer.getByRole('list', { name: 'Kết quả tìm kiếm' });
    const mine = results.getByRole('listitem').nth(index);
    await (await visible(mine.getByRole('button', { name: `Thêm ${ROSTER_NAME} vào lớp` }))).click();
    await visible(trainer.getByText(`Đã thêm ${ROSTER_NAME} vào lớp.`));
    await visible(mine.getByText('Đã trong lớp'));
    await snap(trainer, 'enrol', DESKTOP);

    await trainer.getByRole('tab', { name: 'Buổi học' }).click();
    await (await visible(trainer.getByRole('button', { name: /^Điểm danh buổi / }))).click();
    const sheet = trainer.getByRole('region', { name: /^Điểm danh buổi / });
    await visible(sheet.getByRole('img', { name: /^Mã QR điểm danh buổi / }));
    // The learner who scanned is already ticked; the roster person is not, and has no account.
    expect(await (await visible(sheet.getByLabel(LEARNER))).isChecked()).toBe(true);
    const row = sheet.locator('li').filter({ hasText: ROSTER_NAME });
    await visible(row.getByText('Chưa có tài khoản'));
    expect(await sheet.getByLabel(ROSTER_NAME).isChecked()).toBe(false);
    await sheet.getByLabel(ROSTER_NAME).check();
    await visible(row.getByText('Giảng viên đánh dấu'));
    await visible(sheet.getByText('Có mặt 2/2'));
    const session = (await pageApi<Sessions>(trainer, 'GET', `/api/classes/${classView.id}/sessions`)).json
      .items[0];
    const sheetApi = (
      await pageApi<Attendance>(
        trainer,
        'GET',
        `/api/classes/${classView.id}/sessions/${session?.id}/attendance`,
      )
    ).json;
    expect(sheetApi.items.find((r) => r.personId === rosterPersonId)).toMatchObject({
      hasAccount: false,
      present: true,
      method: 'trainer',
    });
    await snap(trainer, 'attendance', DESKTOP);
  });

  it('the trainer posts an announcement and the learner sees it', async () => {
    await trainer.getByRole('tab', { name: 'Thông báo' }).click();
    await trainer.getByRole('button', { name: 'Gửi thông báo' }).click();
    await visible(trainer.getByText('Vui lòng nhập nội dung thông báo.'));
    await trainer.getByLabel('Nội dung thông báo').fill(ANNOUNCEMENT);
    await trainer.getByRole('button', { name: 'Gửi thông báo' }).click();
    await visible(trainer.getByText('Đã gửi thông báo cho cả lớp.'));
    await visible(trainer.locator('.classes-news').getByText(ANNOUNCEMENT));
    await snap(trainer, 'announcements', DESKTOP);

    await learner.goto(`${app.url}/learn/classes`);
    const card = learner.getByRole('listitem').filter({ hasText: CLASS_TITLE });
    await visible(card.getByText(ANNOUNCEMENT));
    await visible(card.getByText('1/1 buổi'));
    await visible(card.getByText(`0/${modulesTotal} học phần`));
  });

  it("the learner masters a module and the trainer's dashboard shows the progress", async () => {
    const answers = await pageApi(learner, 'POST', '/api/learning/answers', {
      answers: rightAnswers(quizModule),
    });
    expect(answers.status).toBe(200);
    // Two classmates join with the link and answer the same quiz: questions answered by 3 members
    // are listed under "Câu hỏi cần giảng lại".
    for (const [i, name] of ['Sầm Thị Nguyệt', 'Hứa Văn Tài'].entries()) {
      const mate = await newPage(PHONE);
      await mate.goto(`${app.url}/login`);
      const reg = await pageApi(mate, 'POST', '/api/auth/register', {
        consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
        fullName: name,
        login: `08${String(Date.now() + i).slice(-8)}`,
        password: 'hoc-moi-ngay-2025',
      });
      expect(reg.status).toBe(201);
      const joined = await pageApi(mate, 'POST', '/api/classes/join', { code: classView.code, via: 'link' });
      expect(joined.json).toMatchObject({ status: 'active' });
      const res = await pageApi(mate, 'POST', '/api/learning/answers', { answers: rightAnswers(quizModule) });
      expect(res.status).toBe(200);
      await mate.context().close();
    }

    await trainer.getByRole('tab', { name: 'Tổng quan' }).click();
    const row = trainer.getByRole('row').filter({ hasText: LEARNER });
    const moved = row.getByText(`1/${modulesTotal} học phần`);
    // The learner refresher runs every second; the dashboard reloads when asked.
    for (let i = 0; i < 20 && !(await moved.isVisible()); i++) {
      await trainer.waitForTimeout(1000);
      await trainer.reload();
      await visible(trainer.getByRole('tab', { name: 'Tổng quan' }));
    }
    await visible(moved);
    const bar = row.getByRole('progressbar');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(Math.round((1 / modulesTotal) * 100));
    // The roster person has not learnt anything: flagged inactive.
    await visible(trainer.getByRole('row').filter({ hasText: ROSTER_NAME }).getByText('Chưa học 7 ngày'));
    await snap(trainer, 'dashboard', DESKTOP);
    // Keyboard: arrows move between the tabs, Enter opens one.
    await trainer.getByRole('tab', { name: 'Tổng quan' }).focus();
    await trainer.keyboard.press('ArrowRight');
    await trainer.keyboard.press('Enter');
    await visible(trainer.getByRole('tab', { name: 'Câu hỏi cần giảng lại', selected: true }));
    const questions = trainer.getByRole('table', { name: /^Câu hỏi cần giảng lại/ });
    await visible(questions.getByRole('cell', { name: quizModule.header.title }).first());
    await visible(questions.getByText('100%').first());
    await snap(trainer, 'questions', DESKTOP);

    await learner.reload();
    const card = learner.getByRole('listitem').filter({ hasText: CLASS_TITLE });
    await visible(card.getByText(`1/${modulesTotal} học phần`));
    await snap(learner, 'learn-classes');
    // In English: the same page, every string translated.
    await learner.getByRole('button', { name: 'English' }).click();
    await visible(learner.getByRole('heading', { level: 1, name: 'My classes' }));
    await visible(card.getByText(`1/${modulesTotal} modules`));
    await visible(card.getByText('1/1 sessions'));
    await snap(learner, 'learn-classes-en');
    await learner.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(learner.getByRole('heading', { level: 1, name: 'Lớp học của tôi' }));
    expect(pageErrors).toEqual([]);
  });
  it('a closed class: a request to join waits for the trainer, who approves it', async () => {
    const closed = await pageApi<{ closed: boolean }>(trainer, 'PATCH', `/api/classes/${classView.id}`, {
      closed: true,
    });
    expect(closed.json.closed).toBe(true);
    const asker = await newPage(PHONE);
    await asker.goto(`${app.url}/login`);
    const name = 'Nông Thị Hiền';
    const reg = await pageApi(asker, 'POST', '/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: name,
      login: `07${String(Date.now()).slice(-8)}`,
      password: 'hoc-moi-ngay-2025',
    });
    expect(reg.status).toBe(201);
    await asker.goto(`${app.url}/learn/join/${classView.code}`);
    const preview = asker.getByRole('region', { name: CLASS_TITLE });
    await visible(preview.getByText('Lớp này cần giảng viên duyệt', { exact: false }));
    await preview.getByRole('button', { name: 'Xin vào lớp' }).click();
    await visible(preview.getByText('Đã gửi yêu cầu. Bạn sẽ nhận thông báo khi giảng viên duyệt.'));
    await snap(asker, 'join-closed');
    await asker.goto(`${app.url}/learn/classes`);
    await visible(asker.getByText('Đang chờ giảng viên duyệt cho bạn vào lớp.'));

    await trainer.reload();
    await (await visible(trainer.getByRole('tab', { name: 'Chờ duyệt (1)' }))).click();
    await visible(trainer.getByText(name, { exact: true }));
    await snap(trainer, 'pending', DESKTOP);
    await trainer.getByRole('button', { name: `Duyệt ${name}` }).click();
    await visible(trainer.getByText('Không có ai đang chờ duyệt.'));

    await asker.reload();
    const card = asker.getByRole('listitem').filter({ hasText: CLASS_TITLE });
    await visible(card.getByText(`0/${modulesTotal} học phần`));
    expect(await asker.getByText('Đang chờ giảng viên duyệt cho bạn vào lớp.').count()).toBe(0);
    await asker.context().close();
    expect(pageErrors).toEqual([]);
  });
});
