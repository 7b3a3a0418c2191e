// Browser journey through the roster import as the provincial campaign office (tinh@lantoa.demo):
// download the people template, fill it with three good and two bad rows, upload it, watch the
// progress bar reach the end, read the two problems, download the error report, and find an
// imported person in the people list. Debian Chromium through playwright-core.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

const GOOD = [
  [
    'Hoàng Thị Nhập',
    '12/08/1979',
    '',
    'Nữ',
    '0968100001',
    '',
    '019179100001',
    '05443',
    '',
    '',
    'Người dân',
    '',
    'Có',
  ],
  ['Vương Văn Nhập', '', '1988', 'Nam', '0968100002', '', '', '05443', '', '', 'Lao động tự do', '', ''],
  ['Đặng Thị Nhập', '', '2008', 'Nữ', '0968100003', '', '', '05503', '', '', 'Học sinh', '', ''],
];
const BAD = [
  ['Lý Văn Thiếu', '', '1990', 'Nam', '0968100004', '', '', '', '', '', '', '', ''],
  ['Mai Thị Sai', '', '1991', 'Nữ', '12345', '', '', '05443', '', '', '', '', ''],
];

describe('roster import journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const pageErrors: string[] = [];

  async function snap(name: string): Promise<void> {
    for (const [label, size] of [
      ['360', PHONE],
      ['1280', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${label}.png`, fullPage: true });
    }
    await page.setViewportSize(PHONE);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-roster-'));
    app = await startApp();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    });
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens "Nhập danh sách" as the campaign office', async () => {
    await page.goto(`${app.url}/imports`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/imports$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Nhập danh sách' }));
    await visible(page.getByRole('link', { name: 'Nhập danh sách' }));
    expect(await page.getByLabel('Người dân', { exact: true }).isChecked()).toBe(true);
    await visible(page.getByText('Bạn chưa nhập danh sách nào.'));
  });

  let filled: string;

  it('downloads the people template and fills it with three good rows and two bad ones', async () => {
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải mẫu Excel (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('mau-nhap-nguoi-dan.xlsx');
    const xlsxFile = path.join(tmp, 'mau.xlsx');
    await xlsx.saveAs(xlsxFile);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải mẫu CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('mau-nhap-nguoi-dan.csv');
    const templateFile = path.join(tmp, 'mau.csv');
    await csv.saveAs(templateFile);
    const template = readFileSync(templateFile, 'utf8');
    expect(template.startsWith('\uFEFF"Họ và tên *"')).toBe(true);
    const rows = [...GOOD, ...BAD].map((r) => r.map((v) => `"${v}"`).join(','));
    filled = path.join(tmp, 'danh-sach-phuong.csv');
    writeFileSync(filled, `${template}${rows.join('\r\n')}\r\n`);
  });

  it('uploads the file, follows the progress to the end and shows the two problems', async () => {
    await page.getByLabel('Chọn tệp CSV hoặc Excel (.xlsx)').setInputFiles(filled);
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await page.waitForURL(/job=[0-9a-f-]{36}/);
    const bar = await visible(page.getByRole('progressbar', { name: 'Tiến độ nhập' }));
    await visible(page.getByText('Đã nhập xong.'));
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    await visible(page.getByText('Đã xử lý 5 / 5 dòng'));
    const counts = page.locator('.import-counts');
    expect(await counts.locator('.import-counts__item--created dd').textContent()).toBe('3');
    expect(await counts.locator('.import-counts__item--failed dd').textContent()).toBe('2');

    const table = page.locator('table.import-errors');
    await visible(table);
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['5', 'Mã xã/phường', 'Bắt buộc, không được để trống'],
      ['6', 'Số điện thoại', 'Số điện thoại di động không hợp lệ (ví dụ 0912345678)'],
    ]);
    await visible(page.getByRole('cell', { name: 'danh-sach-phuong.csv', exact: true }));
    await snap('roster-01-result');
  });

  it('downloads the error report', async () => {
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải báo cáo lỗi (CSV)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('loi-nhap-danh-sach-phuong.csv');
    const file = path.join(tmp, 'loi.csv');
    await report.saveAs(file);
    expect(readFileSync(file, 'utf8').split('\r\n')).toEqual([
      '\uFEFF"Dòng","Cột","Lỗi"',
      '"5","Mã xã/phường","Bắt buộc, không được để trống"',
      '"6","Số điện thoại","Số điện thoại di động không hợp lệ (ví dụ 0912345678)"',
      '',
    ]);
  });

  it('finds an imported person in the people list, and not a rejected one', async () => {
    await page.getByRole('link', { name: 'Người dân' }).first().click();
    await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill('hoang thi nhap');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/q=hoang/);
    await visible(page.getByRole('link', { name: 'Hoàng Thị Nhập' }).first());
    await snap('roster-02-people');
    await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill('mai thi sai');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/q=mai/);
    await visible(page.getByText('Không có người nào phù hợp.'));
    expect(pageErrors).toEqual([]);
  });
});
