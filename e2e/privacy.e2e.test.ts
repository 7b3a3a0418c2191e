// Personal data journey (issue #14, Law 91/2025/QH15): a new learner registers on a phone giving
// consent per purpose, learns the online-safety course (so they count in a campaign KPI),
// downloads everything the platform holds about them from the account page and asks for
// deletion; the provincial officer confirms it in the console; the learner's session ends and
// the login no longer works, while the campaign KPIs stay exactly the same. Also: an officer
// downloads a person's data and records a request made at the office from the person page, then
// rejects it with a note; a person created by an officer gives consent at first sign-in; the
// public notice page. Screenshots of every new screen (phone width for the learner's).
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { answerCourseCorrectly } from './support/learning.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const LEARNER = 'Hoàng Thị Xoá Thử';
const PASSWORD = 'du-lieu-cua-toi-2026';
const OFFICER = 'tinh@lantoa.demo';
const DEMO_PASSWORD = 'lantoa-demo-2025';
const COMMUNE_CODE = '05503'; // Xã Tân Cương, Thái Nguyên
const NEWCOMER_LOGIN = '0977400001';

interface KpiRow {
  id: string;
  achieved: number;
  population: number;
  value: number | null;
}

describe('personal data journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let learner: Page;
  let officer: Page;
  let phone = '';
  let kpiBaseline: KpiRow[] = [];
  let kpiBefore: KpiRow[] = [];
  const pageErrors: string[] = [];

  async function snap(page: Page, name: string, full = false): Promise<void> {
    await page.waitForTimeout(150); // let transitions settle
    await page.screenshot({ path: `${SCREENSHOTS}privacy-${name}.png`, fullPage: full });
  }

  async function readDownload(download: Download): Promise<{ name: string; text: string }> {
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  }

  async function signIn(page: Page, login: string, password: string): Promise<void> {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill(login);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  /**
   * Every target of every campaign the officer sees, at the widest place and in the commune, as
   * the monitoring dashboard reads them, once the KPI refresher has counted every change.
   */
  async function kpis(): Promise<KpiRow[]> {
    const communes = await pageApi<{ items: { id: number }[] }>(
      officer,
      'GET',
      `/api/units?q=${COMMUNE_CODE}`,
    );
    const communeId = communes.json.items[0]?.id;
    const campaigns = await pageApi<{ items: { id: string }[] }>(officer, 'GET', '/api/monitoring/campaigns');
    expect(campaigns.json.items.length).toBeGreaterThan(0);
    for (let attempt = 0; attempt < 40; attempt++) {
      const rows: KpiRow[] = [];
      let pending = 0;
      for (const campaign of campaigns.json.items) {
        for (const place of ['', `?unitId=${communeId}`]) {
          const overview = await pageApi<{ pending: number; targets: KpiRow[] }>(
            officer,
            'GET',
            `/api/monitoring/campaigns/${encodeURIComponent(campaign.id)}/overview${place}`,
          );
          expect(overview.status).toBe(200);
          pending += overview.json.pending;
          for (const t of overview.json.targets) {
            rows.push({
              id: `${campaign.id}/${t.id}${place}`,
              achieved: t.achieved,
              population: t.population,
              value: t.value,
            });
          }
        }
      }
      if (pending === 0) return rows;
      await officer.waitForTimeout(500);
    }
    throw new Error('the KPI refresher did not catch up');
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    const learnerContext = await browser.newContext({
      viewport: PHONE,
      locale: 'vi-VN',
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    learner = await learnerContext.newPage();
    learner.setDefaultTimeout(WAIT_MS);
    learner.on('pageerror', (e) => pageErrors.push(e.message));
    const officerContext = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    officer = await officerContext.newPage();
    officer.setDefaultTimeout(WAIT_MS);
    officer.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the public privacy notice', async () => {
    await learner.goto(`${app.url}/privacy`);
    await visible(learner.getByRole('heading', { level: 1, name: 'Thông báo về xử lý dữ liệu cá nhân' }));
    await visible(learner.getByRole('heading', { name: 'Quyền của bạn' }));
    await visible(learner.getByText('Phiên bản 01/12/2026'));
    await snap(learner, 'notice', true);
  });

  it('takes the KPI baseline as the officer', async () => {
    await signIn(officer, OFFICER, DEMO_PASSWORD);
    kpiBaseline = await kpis();
    expect(kpiBaseline.length).toBeGreaterThan(0);
  });

  it('registers a learner who must tick the required purposes', async () => {
    await learner.goto(`${app.url}/register`);
    await visible(learner.getByRole('heading', { level: 1, name: 'Đăng ký học' }));
    phone = `09${String(Date.now()).slice(-8)}`;
    await learner.getByLabel('Họ và tên').fill(LEARNER);
    await learner.getByLabel('Số điện thoại hoặc email').fill(phone);
    await learner.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    const reminders = learner.getByLabel('Nhắc học (không bắt buộc)');
    expect(await reminders.isChecked()).toBe(false);

    // Without the required purposes the form refuses, next to the checklist.
    await learner.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await visible(learner.getByText('Vui lòng đánh dấu đồng ý các mục bắt buộc để tiếp tục.'));
    await snap(learner, 'register-consent-missing', true);

    await learner.getByLabel('Học tập (bắt buộc)').check();
    await learner.getByLabel('Thống kê phong trào (bắt buộc)').check();
    await snap(learner, 'register-consent', true);
    await learner.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await learner.waitForURL(/\/learn\/onboarding$/);

    const mine = await pageApi<{
      noticeVersion: string;
      consents: { purpose: string; version: string; withdrawnAt: string | null }[];
    }>(learner, 'GET', '/api/me/privacy');
    expect(mine.json.consents.map((c) => c.purpose).sort()).toEqual(['campaign_statistics', 'learning']);
    expect(mine.json.consents.every((c) => c.version === mine.json.noticeVersion)).toBe(true);
  });

  it('learns the online-safety course, so the learner counts in the campaign KPIs', async () => {
    const commune = await pageApi<{ items: { id: number }[] }>(
      learner,
      'GET',
      `/api/units?q=${COMMUNE_CODE}`,
    );
    const profile = await pageApi(learner, 'PUT', '/api/learning/profile', {
      targetGroup: 'pupil',
      unitId: commune.json.items[0]?.id,
    });
    expect(profile.status).toBe(200);
    await answerCourseCorrectly(learner, 'ky-nang-so-co-ban', 'an-toan-tren-mang');
    // The learner now shows in the figures (some target moved since the baseline).
    for (let i = 0; i < 30; i++) {
      kpiBefore = await kpis();
      if (JSON.stringify(kpiBefore) !== JSON.stringify(kpiBaseline)) break;
      await officer.waitForTimeout(500);
    }
    expect(kpiBefore).not.toEqual(kpiBaseline);
  });

  it('shows "Dữ liệu của tôi" on the account page and downloads the JSON', async () => {
    await learner.goto(`${app.url}/profile`);
    const section = await visible(learner.getByRole('region', { name: 'Dữ liệu của tôi' }));
    await visible(section.getByText('Học tập', { exact: true }));
    // The optional purpose can be switched on here.
    await section.getByLabel('Nhận nhắc học').check();
    await visible(learner.getByText('Đã lưu lựa chọn nhắc học.'));
    await snap(learner, 'my-data', true);

    const [download] = await Promise.all([
      learner.waitForEvent('download'),
      section.getByRole('button', { name: 'Tải về dữ liệu của tôi (JSON)' }).click(),
    ]);
    const file = await readDownload(download);
    expect(file.name).toMatch(/^lantoa-du-lieu-ca-nhan-\d{8}\.json$/);
    const data = JSON.parse(file.text);
    expect(data.format).toBe('lantoa.personal-data/1');
    expect(file.text).toContain(LEARNER);
    expect(file.text).toContain(phone);
    expect(file.text).toContain('reminders');
  });

  it('asks for deletion after reading what is deleted and what is kept', async () => {
    const section = learner.getByRole('region', { name: 'Dữ liệu của tôi' });
    await visible(section.getByText('Được giữ lại', { exact: true }));
    await section.getByRole('button', { name: 'Yêu cầu xoá dữ liệu' }).click();
    await visible(section.getByText('Bạn chắc chắn muốn xoá dữ liệu?'));
    await section.getByLabel('Lý do (không bắt buộc)').fill('Tôi không dùng ứng dụng nữa.');
    await snap(learner, 'erasure-confirm', true);
    await section.getByRole('button', { name: 'Gửi yêu cầu xoá' }).click();
    await visible(section.getByText(/Đang chờ cán bộ xác nhận/));
    await visible(section.getByRole('button', { name: 'Huỷ yêu cầu xoá' }));
    await snap(learner, 'erasure-pending', true);
  });

  it('lets the officer find and confirm the request in the console', async () => {
    await officer.goto(`${app.url}/`);
    await officer.getByRole('link', { name: 'Yêu cầu xoá dữ liệu' }).click();
    await officer.waitForURL(/\/erasure-requests$/);
    await visible(officer.getByRole('heading', { level: 1, name: 'Yêu cầu xoá dữ liệu' }));
    const row = officer.getByRole('row').filter({ hasText: LEARNER });
    await visible(row.getByText('Tôi không dùng ứng dụng nữa.'));
    await snap(officer, 'requests');

    await row.getByRole('button', { name: `Xác nhận xoá: ${LEARNER}` }).click();
    const dialog = await visible(
      officer.getByRole('dialog', { name: `Xoá vĩnh viễn dữ liệu của ${LEARNER}?` }),
    );
    await visible(dialog.getByText(/KHÔNG THỂ HOÀN TÁC/));
    const submit = dialog.getByRole('button', { name: 'Xoá vĩnh viễn' });
    expect(await submit.isDisabled()).toBe(true); // until the officer ticks the check
    await dialog.getByLabel('Tôi đã kiểm tra đúng người và hiểu rằng không thể hoàn tác.').check();
    await snap(officer, 'confirm-dialog');
    await submit.click();
    await visible(officer.getByText(`Đã xoá dữ liệu của ${LEARNER}.`));

    await officer.getByRole('tab', { name: 'Đã xoá' }).click();
    const done = officer.getByRole('row').filter({ hasText: '(đã xoá)' }).first();
    await visible(done.getByText('Đã xoá', { exact: true }));
    await snap(officer, 'requests-completed');
    const search = await pageApi<{ items: unknown[] }>(
      officer,
      'GET',
      `/api/people?q=${encodeURIComponent(LEARNER)}`,
    );
    expect(search.json.items).toEqual([]);
  });

  it("ends the learner's session and the login no longer works", async () => {
    await learner.goto(`${app.url}/profile`);
    await learner.waitForURL(/\/login/);
    await learner.getByLabel('Số điện thoại hoặc email').fill(phone);
    await learner.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await learner.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(learner.getByRole('alert'));
    expect(learner.url()).toMatch(/\/login/);
  });

  it('leaves the campaign KPIs exactly as they were', async () => {
    const after = await kpis();
    expect(after).toEqual(kpiBefore);
  });

  it('lets the officer download a person’s data and record a request made at the office', async () => {
    const list = await pageApi<{ items: { id: string; fullName: string; hasAccount: boolean }[] }>(
      officer,
      'GET',
      '/api/people?pageSize=50',
    );
    const person = list.json.items.find((p) => !p.hasAccount);
    expect(person).toBeTruthy();
    if (!person) return;
    await officer.goto(`${app.url}/people/${person.id}`);
    const panel = await visible(officer.getByRole('region', { name: 'Dữ liệu cá nhân' }));
    await visible(panel.getByText('Chưa có yêu cầu xoá nào.'));
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      panel.getByRole('button', { name: 'Tải dữ liệu của người này (JSON)' }).click(),
    ]);
    const file = await readDownload(download);
    expect(JSON.parse(file.text).format).toBe('lantoa.personal-data/1');
    expect(file.text).toContain(person.fullName);

    await panel.getByRole('button', { name: 'Ghi nhận yêu cầu xoá tại trụ sở' }).click();
    await panel.getByLabel('Lý do người dân nêu (không bắt buộc)').fill('Chuyển đi nơi khác sinh sống.');
    await snap(officer, 'person-record');
    await panel.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
    await visible(panel.getByText(/Cán bộ ghi nhận tại trụ sở, ngày/));
    await officer.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await snap(officer, 'person-panel', true);

    // Rejected with a note the person will read (a note is required).
    await panel.getByRole('link', { name: 'Mở danh sách yêu cầu xoá' }).click();
    const row = officer.getByRole('row').filter({ hasText: person.fullName });
    await row.getByRole('button', { name: `Từ chối: ${person.fullName}` }).click();
    const dialog = await visible(
      officer.getByRole('dialog', { name: `Từ chối yêu cầu xoá của ${person.fullName}` }),
    );
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await visible(dialog.getByText('Vui lòng ghi lý do, ít nhất 5 ký tự.'));
    await dialog
      .getByLabel('Lý do từ chối (người dân sẽ thấy)')
      .fill('Người dân đang học lớp của xã, cần giữ kết quả đến cuối đợt.');
    await snap(officer, 'reject-dialog');
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await visible(officer.getByText(`Đã từ chối yêu cầu của ${person.fullName}.`));
    await officer.getByRole('tab', { name: 'Đã từ chối' }).click();
    await visible(officer.getByRole('row').filter({ hasText: person.fullName }));
  });

  it('asks a person created by an officer for consent at first sign-in', async () => {
    const list = await pageApi<{ items: { id: string; hasAccount: boolean }[] }>(
      officer,
      'GET',
      '/api/people?pageSize=50',
    );
    const people = list.json.items.filter((p) => !p.hasAccount);
    const person = people[people.length - 1];
    expect(person).toBeTruthy();
    const account = await pageApi(officer, 'POST', `/api/people/${person?.id}/account`, {
      login: NEWCOMER_LOGIN,
      password: PASSWORD,
    });
    expect(account.status).toBe(201);

    const page = await (
      await browser.newContext({ viewport: PHONE, locale: 'vi-VN', isMobile: true, hasTouch: true })
    ).newPage();
    page.setDefaultTimeout(WAIT_MS);
    await signIn(page, NEWCOMER_LOGIN, PASSWORD);
    await visible(page.getByRole('heading', { level: 1, name: 'Trước khi bắt đầu học' }));
    await page.getByRole('button', { name: 'Đồng ý và tiếp tục' }).click();
    await visible(page.getByText('Vui lòng đánh dấu đồng ý các mục bắt buộc để tiếp tục.'));
    await page.getByLabel('Học tập (bắt buộc)').check();
    await page.getByLabel('Thống kê phong trào (bắt buộc)').check();
    await snap(page, 'first-sign-in', true);
    await page.getByRole('button', { name: 'Đồng ý và tiếp tục' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Trước khi bắt đầu học' })
      .waitFor({ state: 'detached' });
    const mine = await pageApi<{ consents: { purpose: string; withdrawnAt: string | null }[] }>(
      page,
      'GET',
      '/api/me/privacy',
    );
    expect(
      mine.json.consents
        .filter((c) => !c.withdrawnAt)
        .map((c) => c.purpose)
        .sort(),
    ).toEqual(['campaign_statistics', 'learning']);
    await page.context().close();
  });

  it('threw no errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
