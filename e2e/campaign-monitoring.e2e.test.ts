// The campaign office's whole loop in one browser journey (issue F7/F8/F9): download the roster
// template, import pupils of a commune with a bad row, read and download the error report; one of
// the imported pupils gets a login and completes the online-safety course; the KPI "pupils and
// students trained in online safety" moves on the dashboard (population +3 from the import,
// achieved +1 from the lessons); drill down to the commune and find the pupil among those who
// reached it; generate the quarterly report and read the same figures in its XLSX.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { answerCourseCorrectly } from './support/learning.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 900 };
const TARGET_ID = 'binh-dan-hoc-vu-so-2026:2';
const TARGET_TITLE = 'Tỷ lệ học sinh, sinh viên được trang bị kiến thức, kỹ năng an toàn trên môi trường số';
const COMMUNE = 'Tân Cương';
const PUPIL = 'Ma Thị Hoàng Yến';
const PUPILS = [
  [PUPIL, '', '2009', 'Nữ', '0977300001', '', '', '05503', '', '', 'Học sinh', 'Người dân tộc thiểu số', ''],
  ['Lường Văn Khánh', '', '2010', 'Nam', '0977300002', '', '', '05503', '', '', 'Học sinh', '', ''],
  ['Triệu Thị Hoa', '', '2008', 'Nữ', '0977300003', '', '', '05503', '', '', 'Học sinh', '', ''],
  // Bad: the commune code does not exist.
  ['Nông Văn Sai', '', '2009', 'Nam', '0977300004', '', '', '99999', '', '', 'Học sinh', '', ''],
];

/** "12 / 345 người" on a target card → [12, 345]. */
const figures = (text: string): [number, number] => {
  const m = /([\d.]+) \/ ([\d.]+) người/.exec(text);
  if (!m) throw new Error(`no figures in "${text}"`);
  return [Number(m[1]?.replace(/\./g, '')), Number(m[2]?.replace(/\./g, ''))];
};

describe('campaign monitoring journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let officer: Page;
  let tmp: string;
  let before: [number, number];
  let after: [number, number];
  let communeUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-campaign-e2e-'));
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', acceptDownloads: true });
    officer = await ctx.newPage();
    officer.setDefaultTimeout(WAIT_MS);
    officer.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** The target's card figures on the province dashboard. */
  async function cardFigures(): Promise<[number, number]> {
    await officer.goto(`${app.url}/monitoring?target=${encodeURIComponent(TARGET_ID)}`);
    const card = officer.getByRole('article').filter({ hasText: TARGET_TITLE });
    await visible(card);
    return figures((await card.textContent()) ?? '');
  }

  it('sees the target on the dashboard before the import', async () => {
    await officer.goto(`${app.url}/login`);
    await officer.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await officer.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.waitForURL((u) => !u.pathname.startsWith('/login'));
    before = await cardFigures();
  });

  it('imports pupils from the downloaded template and gets the error report of the bad row', async () => {
    await officer.goto(`${app.url}/imports`);
    await visible(officer.getByRole('heading', { level: 1, name: 'Nhập danh sách' }));
    const [csv] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải mẫu CSV' }).click(),
    ]);
    const templateFile = path.join(tmp, 'mau.csv');
    await csv.saveAs(templateFile);
    const template = readFileSync(templateFile, 'utf8');
    const filled = path.join(tmp, 'hoc-sinh-tan-cuong.csv');
    writeFileSync(
      filled,
      `${template}${PUPILS.map((r) => r.map((v) => `"${v}"`).join(',')).join('\r\n')}\r\n`,
    );

    await officer.getByLabel('Chọn tệp CSV hoặc Excel (.xlsx)').setInputFiles(filled);
    await officer.getByRole('button', { name: 'Nhập danh sách' }).click();
    await visible(officer.getByText('Đã nhập xong.'));
    const counts = officer.locator('.import-counts');
    expect(await counts.locator('.import-counts__item--created dd').textContent()).toBe('3');
    expect(await counts.locator('.import-counts__item--failed dd').textContent()).toBe('1');
    const errors = officer.locator('table.import-errors tbody tr');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().textContent()).toContain('Mã xã/phường');

    const [report] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải báo cáo lỗi (CSV)' }).click(),
    ]);
    const reportFile = path.join(tmp, 'loi.csv');
    await report.saveAs(reportFile);
    const text = readFileSync(reportFile, 'utf8');
    expect(text).toContain('"Dòng","Cột","Lỗi"');
    expect(text).toContain('"5","Mã xã/phường"');
    await officer.screenshot({ path: `${SCREENSHOTS}campaign-01-import.png`, fullPage: true });
  });

  it('counts the imported pupils and, once one completes the course, the pupil who reached it', async () => {
    // The officer gives the pupil a login (people list → "give a login" in the console).
    const found = await pageApi<{ items: { id: string; fullName: string }[] }>(
      officer,
      'GET',
      `/api/people?q=${encodeURIComponent(PUPIL)}`,
    );
    const pupilId = found.json.items.find((p) => p.fullName === PUPIL)?.id;
    expect(pupilId).toBeTruthy();
    const account = await pageApi(officer, 'POST', `/api/people/${pupilId}/account`, {
      login: '0977300001',
      password: 'hoc-an-toan-moi-ngay',
    });
    expect(account.status).toBe(201);

    const learner = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    learner.setDefaultTimeout(WAIT_MS);
    await learner.goto(`${app.url}/login`);
    await learner.getByLabel('Số điện thoại hoặc email').fill('0977300001');
    await learner.getByLabel('Mật khẩu', { exact: true }).fill('hoc-an-toan-moi-ngay');
    await learner.getByRole('button', { name: 'Đăng nhập' }).click();
    await learner.waitForURL(/\/learn/);
    const commune = await pageApi<{ items: { id: number }[] }>(learner, 'GET', '/api/units?q=05503');
    const profile = await pageApi(learner, 'PUT', '/api/learning/profile', {
      targetGroup: 'pupil',
      unitId: commune.json.items[0]?.id,
    });
    expect(profile.status).toBe(200);
    await answerCourseCorrectly(learner, 'ky-nang-so-co-ban', 'an-toan-tren-mang');
    await learner.context().close();

    // The servers count changes every few seconds: look again until the import and the lessons show.
    for (let i = 0; i < 30; i++) {
      after = await cardFigures();
      if (after[0] === before[0] + 1 && after[1] === before[1] + 3) break;
      await officer.waitForTimeout(500);
    }
    expect(after).toEqual([before[0] + 1, before[1] + 3]);
    await officer.screenshot({ path: `${SCREENSHOTS}campaign-02-kpi-moved.png`, fullPage: true });
  });

  it('drills down to the commune and finds the pupil among those who reached the target', async () => {
    const ranking = await visible(
      officer.getByRole('figure', { name: /^Xếp hạng xã\/phường theo tỷ lệ đạt/ }),
    );
    await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await ranking.getByRole('table').getByRole('button', { name: COMMUNE, exact: true }).click();
    const breadcrumb = await visible(officer.getByRole('navigation', { name: 'Vị trí đang xem' }));
    await visible(breadcrumb.getByText(COMMUNE));
    const people = officer.getByRole('region', { name: 'Danh sách theo chỉ tiêu' });
    await people.getByRole('tab', { name: 'Đã đạt' }).click();
    await visible(people.getByRole('cell', { name: PUPIL }));
    await people.getByRole('tab', { name: 'Chưa đạt' }).click();
    await visible(people.getByRole('cell', { name: 'Lường Văn Khánh' }));
    communeUrl = officer.url();
    await officer.screenshot({ path: `${SCREENSHOTS}campaign-03-commune.png`, fullPage: true });
  });

  it("enters the commune's official adult population and sees the target divided by it", async () => {
    await officer.goto(`${app.url}/monitoring/population`);
    await visible(officer.getByRole('heading', { level: 1, name: 'Số liệu dân số chính thức' }));
    const form = officer.getByRole('region', { name: 'Nhập hoặc sửa một số liệu' });
    await form.getByLabel('Đơn vị hành chính').fill(COMMUNE);
    await officer
      .getByRole('option', { name: new RegExp(COMMUNE) })
      .first()
      .click();
    await form.getByLabel('Chỉ số').selectOption('adults');
    await form.getByLabel('Giá trị').fill('5.000');
    await form.getByLabel('Nguồn số liệu').fill('Niên giám thống kê 2025');
    await form.getByLabel('Ngày số liệu').fill('31/12/2025');
    await form.getByRole('button', { name: 'Lưu số liệu' }).click();
    await visible(form.getByText('Đã lưu.', { exact: false }));
    const row = officer.getByRole('row').filter({ hasText: 'Niên giám thống kê 2025' });
    await visible(row.getByText('5.000'));
    await officer.screenshot({ path: `${SCREENSHOTS}campaign-04-population.png`, fullPage: true });

    // Target 3 (adults with basic digital skills) in the commune: out of 5.000, from the official figure.
    const unitId = new URL(communeUrl).searchParams.get('unitId');
    await officer.goto(`${app.url}/monitoring?unitId=${unitId}`);
    const card = officer.getByRole('article').filter({ hasText: 'Chỉ tiêu 3' });
    await visible(card.getByText(/\/ 5\.000 người/));
    await visible(card.getByText('số liệu chính thức'));
  });

  it('downloads the quarterly report whose XLSX holds the dashboard figures', async () => {
    await officer.goto(`${app.url}/monitoring/reports`);
    const card = await visible(officer.getByRole('region', { name: 'Báo cáo của Thái Nguyên' }));
    await card.getByRole('button', { name: 'Lập báo cáo' }).click();
    await visible(card.getByRole('button', { name: 'Lập lại' }));
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      card.getByRole('link', { name: 'Tải Excel' }).click(),
    ]);
    const file = path.join(tmp, 'bao-cao.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Báo cáo');
    let row: unknown[] | undefined;
    sheet?.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values.includes(TARGET_TITLE)) row = values;
    });
    expect(row, 'the indicator row of the target').toBeDefined();
    // Total and achieved as numbers, the share as a number with a percentage format.
    expect(row).toContain(after[1]);
    expect(row).toContain(after[0]);
    expect(row).toContainEqual(after[1] > 0 ? expect.closeTo(after[0] / after[1], 3) : null);
    expect(pageErrors).toEqual([]);
  });
});
