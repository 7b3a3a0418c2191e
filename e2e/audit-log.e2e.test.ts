// Access to personal data leaves a trace (issue #14): a provincial officer opens a person's record
// in the console; the system administrator finds that access in "Nhật ký hệ thống" by searching
// for the person's name without diacritics, reads the entry's details, narrows to the officer and
// downloads the log as CSV and Excel. The officer has no such page.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const PASSWORD = 'lantoa-demo-2025';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

describe('audit log journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let officer: Page;
  let admin: Page;
  let personName = '';
  let officerName = '';
  const tmp = mkdtempSync(path.join(tmpdir(), 'lantoa-audit-e2e-'));
  const pageErrors: string[] = [];

  async function signIn(login: string): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill(login);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function snap(page: Page, name: string): Promise<void> {
    for (const [label, size] of [
      ['1280', DESKTOP],
      ['360', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${label}.png`, fullPage: true });
    }
    await page.setViewportSize(DESKTOP);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets an officer open a person record, without an audit page of their own', async () => {
    officer = await signIn('tinh@lantoa.demo');
    officerName = (await officer.locator('.topbar__user').textContent())?.trim() ?? '';
    expect(officerName).not.toBe('');
    const nav = officer.getByRole('navigation', { name: 'Điều hướng chính' });
    await visible(nav.getByRole('link', { name: 'Người dân' }));
    expect(await nav.getByRole('link', { name: 'Nhật ký hệ thống' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Người dân' }).click();
    await officer.waitForURL(/\/people/);
    const table = await visible(officer.getByRole('table'));
    // Someone other than the officer: a person reading their own record is not logged.
    const links = table.getByRole('link');
    await visible(links.first());
    const names = (await links.allTextContents()).map((n) => n.trim());
    personName = names.find((n) => n !== officerName) ?? '';
    expect(personName).not.toBe('');
    await table.getByRole('link', { name: personName, exact: true }).first().click();
    await officer.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await visible(officer.getByRole('heading', { level: 1, name: personName }));

    // The API refuses the log to an officer too.
    const status = await officer.evaluate(async () => (await fetch('/api/audit-log')).status);
    expect(status).toBe(403);
  });

  it('lets the system administrator find that access by searching the log', async () => {
    admin = await signIn('admin@lantoa.demo');
    const nav = admin.getByRole('navigation', { name: 'Điều hướng chính' });
    await (await visible(nav.getByRole('link', { name: 'Nhật ký hệ thống' }))).click();
    await admin.waitForURL(/\/audit$/);
    await visible(admin.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }));

    await admin.getByLabel('Tìm trong nhật ký').fill(fold(personName));
    await admin.getByRole('button', { name: 'Tìm', exact: true }).click();
    await admin.waitForURL(/[?&]q=/);
    await admin.getByLabel('Hành động').selectOption('person.viewed');
    await admin.waitForURL(/action=person\.viewed/);

    const table = await visible(admin.getByRole('table', { name: 'Nhật ký hệ thống, mới nhất trước' }));
    const row = table
      .getByRole('row')
      .filter({ hasText: 'Xem hồ sơ người dân' })
      .filter({ hasText: personName });
    await visible(row.first());
    expect(await row.first().textContent()).toContain(officerName);
    // The entry names the view, never the record's contents.
    await row.first().getByText('Xem chi tiết').click();
    const json = await visible(row.first().locator('pre'));
    expect(JSON.parse((await json.textContent()) ?? '')).toEqual({ view: 'record' });
    await snap(admin, 'audit-01-search');

    // Narrow to that officer's actions: a chip says so and every row is theirs.
    await row
      .first()
      .getByRole('button', { name: `Chỉ xem thao tác của ${officerName}` })
      .click();
    await admin.waitForURL(/actorAccountId=/);
    await visible(admin.getByText(`Người thực hiện: ${officerName}`));
    const actors = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors.map((a) => a.trim()))).toEqual(new Set([officerName]));
    await snap(admin, 'audit-02-actor');
  });

  it('downloads the same entries as CSV and Excel, and the export is logged', async () => {
    const exports = admin.getByRole('list', { name: 'Tải danh sách: Nhật ký hệ thống' });
    const [csvDownload] = await Promise.all([
      admin.waitForEvent('download'),
      exports.getByRole('link', { name: /Tải CSV/ }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('nhat-ky-he-thong.csv');
    const csvFile = path.join(tmp, 'nhat-ky.csv');
    await csvDownload.saveAs(csvFile);
    const lines = readFileSync(csvFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^"Thời gian","Người thực hiện",/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes('"person.viewed"') && l.includes(officerName))).toBe(true);
    expect(lines.some((l) => l.includes(personName))).toBe(true);

    const [xlsxDownload] = await Promise.all([
      admin.waitForEvent('download'),
      exports.getByRole('link', { name: /Tải Excel/ }).click(),
    ]);
    const xlsxFile = path.join(tmp, 'nhat-ky.xlsx');
    await xlsxDownload.saveAs(xlsxFile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Thời gian');
    expect(sheet?.rowCount).toBe(lines.length);
    expect(String(sheet?.getRow(2).getCell(1).value)).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);

    // Both downloads are in the log as "Xuất nhật ký hệ thống".
    await admin.goto(`${app.url}/audit?action=audit.exported`);
    const table = await visible(admin.getByRole('table'));
    await visible(table.getByText('Xuất nhật ký hệ thống').first());
    expect(await table.getByText('Xuất nhật ký hệ thống').count()).toBe(2);

    // The whole log, unfiltered: every entry has a readable action (codes only as a fallback).
    await admin.goto(`${app.url}/audit`);
    await visible(admin.getByRole('table').getByText('Xem hồ sơ người dân').first());
    await snap(admin, 'audit-03-all');
    expect(pageErrors).toEqual([]);
  });
});
