// Browser journey for "Thi đua – khen thưởng" (F4) as the provincial campaign office
// (tinh@lantoa.demo): a contest between the communes of the province set from the form (place
// picked, dates dd/MM/yyyy, points goal), listed and its results opened with the contest table,
// the officers' leaderboard, then the honour roll of this month (the demo learner studied today)
// downloaded as XLSX. Runs Debian Chromium through playwright-core on a fresh demo database.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const TITLE = 'Tháng cao điểm học số: 100 điểm';

/** Today in Vietnam as dd/MM/yyyy, and the month as the honour roll's pickers show it. */
const vnNow = new Date(Date.now() + 7 * 3_600_000);
const thisMonth = vnNow.getUTCMonth() + 1;

describe('engagement console journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-engagement-e2e-'));
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function snap(name: string): Promise<void> {
    const frames = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${SCREENSHOTS}${name}-1280.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await frames();
    await page.screenshot({ path: `${SCREENSHOTS}${name}-360.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await frames();
  }

  it('lets the campaign office set a contest between the communes of the province', async () => {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Thi đua', exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Thi đua – khen thưởng' }));
    await visible(page.getByRole('tab', { name: 'Thử thách', selected: true }));

    await page.getByRole('button', { name: 'Tạo thử thách' }).click();
    const form = await visible(page.getByRole('region', { name: 'Tạo thử thách' }));
    // Checked before anything is sent: a name is missing.
    await form.getByRole('button', { name: 'Tạo thử thách' }).click();
    await visible(form.getByText('Nhập tên thử thách (ít nhất 3 ký tự).'));
    await form.getByLabel('Tên thử thách').fill(TITLE);
    await form.getByLabel('Tỉnh, xã/phường').fill('Thái Nguyên');
    await (await visible(page.getByRole('option', { name: /^Tỉnh Thái Nguyên/ }))).click();
    // The window is this week by default (dd/MM/yyyy): start today, end in six days.
    expect(await form.getByLabel('Từ ngày').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await form.getByLabel('Loại mục tiêu').selectOption('xp');
    await form.getByLabel('Số điểm cần đạt').fill('100');
    await form.getByLabel('Thi đua giữa các đơn vị trực thuộc').check();
    await snap('engagement-01-form');
    await form.getByRole('button', { name: 'Tạo thử thách' }).click();

    await visible(page.getByText(`Đã tạo thử thách “${TITLE}”.`));
    const row = await visible(page.getByRole('row').filter({ hasText: TITLE }));
    await visible(row.getByText('Đạt 100 điểm'));
    await visible(row.getByText('Đang diễn ra'));
    const results = await visible(page.getByRole('region', { name: `Kết quả: ${TITLE}` }));
    await visible(results.getByText(/^\d+\/\d+ người học đã hoàn thành$/));
    await visible(results.getByRole('heading', { name: 'Thi đua giữa các xã/phường' }));
    await visible(results.getByRole('link', { name: 'Tải Excel – Người tham gia' }));
    expect(new URL(page.url()).searchParams.get('challenge')).toMatch(/^[0-9a-f-]{36}$/);
    await snap('engagement-02-results');
  });

  it('shows the leaderboard of the province with full names', async () => {
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await visible(
      page.getByRole('heading', { level: 2, name: /^Người học dẫn đầu tại .*Thái Nguyên – tháng này$/ }),
    );
    await page.getByLabel('Thời gian').selectOption('all');
    await visible(page.getByRole('heading', { level: 2, name: /– từ trước đến nay$/ }));
    await visible(page.getByRole('cell', { name: 'Bùi Văn Sơn' }));
    await snap('engagement-03-board');
  });

  it('opens the honour roll and downloads it as XLSX', async () => {
    await page.getByRole('tab', { name: 'Vinh danh' }).click();
    // The last complete month by default; the demo learner studied this month.
    await visible(page.getByRole('heading', { level: 2, name: /^Người học tiêu biểu tại / }));
    await page.getByLabel('Tháng', { exact: true }).selectOption(String(thisMonth));
    await visible(page.getByText('Tháng này chưa kết thúc: số liệu tính đến hôm nay.'));
    const learners = await visible(page.getByRole('region', { name: /^Người học tiêu biểu tại / }));
    await visible(learners.getByRole('cell', { name: 'Bùi Văn Sơn' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Xã/phường dẫn đầu' }));
    await snap('engagement-04-honour-roll');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Excel – Người học tiêu biểu' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Vinh danh tháng \d{2}-\d{4} Thái Nguyên\.xlsx$/);
    const file = path.join(tmp, 'vinh-danh.xlsx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(pageErrors).toEqual([]);
  });
});
