// Browser journey for campaign monitoring (F8/F9) as the provincial campaign office
// (tinh@lantoa.demo): the demo's active campaign on /monitoring, its target cards, one target's
// detail, the commune ranking read as a table, a drill-down to a commune by clicking it (the
// breadcrumb and the people behind the target follow), the breakdown downloaded as XLSX, back up
// to the province through the breadcrumb, then the reports page: the quarter's report generated,
// downloaded as XLSX and submitted. Runs Debian Chromium through playwright-core on a fresh demo
// database; every wait is on something the page shows, never on time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const TARGET = 'Chỉ tiêu 3';
const COMMUNE = 'Phan Đình Phùng';

describe('monitoring journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-monitoring-e2e-'));
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

  /** The whole page at desktop and phone width (charts redraw on resize: two frames let them). */
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

  /** Saves a download and returns its bytes. */
  async function saved(download: Download, name: string): Promise<Buffer> {
    const file = path.join(tmp, name);
    await download.saveAs(file);
    return readFileSync(file);
  }

  it('shows the campaign office every target of the province', async () => {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Theo dõi chỉ tiêu', exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Theo dõi chỉ tiêu' }));
    await visible(page.getByText('Phong trào "Bình dân học vụ số" tỉnh Thái Nguyên năm 2026'));
    await visible(page.getByRole('heading', { level: 2, name: 'Các chỉ tiêu tại Thái Nguyên' }));
    const cards = page.getByRole('article');
    await visible(cards.filter({ hasText: TARGET }));
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    // Each card says its status in words and how many people it counts.
    await visible(cards.filter({ hasText: TARGET }).getByText(/ người$/));
    await snap('monitoring-01-overview');
  });

  it('opens a target and drills down to a commune from the table of the ranking', async () => {
    await page.getByRole('button', { name: `Xem chi tiết ${TARGET.toLowerCase()}`, exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: new RegExp(`^${TARGET}: `) }));
    expect(new URL(page.url()).searchParams.get('target')).toBe('binh-dan-hoc-vu-so-2026:3');
    await visible(page.getByRole('tab', { name: 'Theo xã/phường', selected: true }));
    await visible(page.getByRole('figure', { name: /^Bản đồ tỷ lệ đạt theo xã\/phường/ }));
    const ranking = await visible(page.getByRole('figure', { name: /^Xếp hạng xã\/phường theo tỷ lệ đạt/ }));
    await snap('monitoring-02-target-detail');

    await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const table = await visible(ranking.getByRole('table'));
    await table.getByRole('button', { name: COMMUNE, exact: true }).click();

    const breadcrumb = await visible(page.getByRole('navigation', { name: 'Vị trí đang xem' }));
    await visible(breadcrumb.getByRole('link', { name: 'Thái Nguyên' }));
    await visible(breadcrumb.getByText(COMMUNE));
    await visible(page.getByRole('heading', { level: 2, name: `Các chỉ tiêu tại ${COMMUNE}` }));
    const search = new URL(page.url()).searchParams;
    expect(search.get('unitId')).toMatch(/^\d+$/);
    expect(search.get('target')).toBe('binh-dan-hoc-vu-so-2026:3');
    // A commune has no communes below it: the breakdown opens by target group.
    await visible(page.getByRole('tab', { name: 'Theo nhóm đối tượng', selected: true }));
    await visible(page.getByRole('heading', { level: 2, name: new RegExp(`^${TARGET}: `) }));
  });

  it('lists the people behind the target in the commune and downloads the breakdown', async () => {
    const people = page.getByRole('region', { name: 'Danh sách theo chỉ tiêu' });
    await visible(people.getByRole('tab', { name: 'Chưa đạt', selected: true }));
    await visible(people.getByText(/^\d+ chưa đạt$/));
    const rows = people.getByRole('row');
    await visible(rows.nth(1));
    expect(await people.getByRole('cell', { name: COMMUNE }).count()).toBeGreaterThan(0);
    await snap('monitoring-03-commune');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Excel – Theo nhóm đối tượng' }).click(),
    ]);
    const xlsx = await saved(download, 'breakdown.xlsx');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });

  it('goes back up through the breadcrumb and shows the laggards', async () => {
    await page
      .getByRole('navigation', { name: 'Vị trí đang xem' })
      .getByRole('link', { name: 'Thái Nguyên' })
      .click();
    await visible(page.getByRole('heading', { level: 2, name: 'Các chỉ tiêu tại Thái Nguyên' }));
    const laggards = page.getByRole('region', { name: 'Chậm tiến độ' });
    await visible(laggards.getByRole('tab', { name: 'Xã/phường chậm tiến độ', selected: true }));
    await visible(laggards.getByRole('table'));
    await laggards.getByRole('tab', { name: 'Người học đã ngừng học' }).click();
    await visible(laggards.getByLabel('Không học trong'));
    await snap('monitoring-04-laggards');
  });

  it('generates the quarterly report, downloads it as XLSX and submits it', async () => {
    await page.getByRole('link', { name: 'Báo cáo định kỳ' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' }));
    // The current quarter by default.
    expect(await page.getByLabel('Loại kỳ').inputValue()).toBe('quarter');
    const card = await visible(page.getByRole('region', { name: 'Báo cáo của Thái Nguyên' }));
    await visible(page.getByText(/^\d+\/\d+ xã\/phường đã gửi, \d+ quá hạn\.$/));
    await card.getByRole('button', { name: 'Lập báo cáo' }).click();
    await visible(card.getByText(/^Đã lập báo cáo Quý (I|II|III|IV) năm \d{4}\.$/));
    await visible(card.getByRole('button', { name: 'Lập lại' }));
    await visible(card.getByText('Bản nháp').or(card.getByText('Quá hạn')));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Tải Excel' }).click(),
    ]);
    const xlsx = await saved(download, 'report.xlsx');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await snap('monitoring-05-reports');

    await card.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await card.getByRole('button', { name: 'Xác nhận gửi' }).click();
    await visible(card.getByText(/^Đã gửi báo cáo Quý/));
    await visible(card.getByText('Báo cáo đã gửi nên không lập lại được.'));
    expect(await card.getByRole('button', { name: 'Lập lại' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
