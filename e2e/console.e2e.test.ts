// Browser journey through the console as a provincial campaign officer (tinh@lantoa.demo):
// sign in, browse the unit tree, create a person with the pickers, find her again without
// diacritics, switch language, sign out. Runs Debian Chromium through playwright-core against
// the full app (API + built web app) on a fresh demo database.
//
// LANTOA_E2E_BASE_URL=http://localhost:5173 points the journey at an already running app
// (e.g. `npm run dev` plus `lantoa serve`) instead of starting a test server.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const NEW_PERSON = 'Nguyễn Thị Hồng Nhung';

describe('console journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  /** Screenshot the current screen at phone and desktop size, then go back to phone size. */
  async function snap(name: string): Promise<void> {
    for (const [label, size] of [
      ['360', PHONE],
      ['1280', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150); // let the layout settle after the resize
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${label}.png` });
    }
    await page.setViewportSize(PHONE);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // /dev/shm is tiny in most CI containers; Chromium falls back to /tmp with this flag.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    });
    context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sends an anonymous visitor to /login and signs in', async () => {
    await page.goto(`${app.url}/people`);
    await page.waitForURL(/\/login\?redirect=%2Fpeople/);
    await visible(page.getByRole('heading', { name: 'Đăng nhập' }));
    await snap('01-login');

    await page.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = await visible(page.getByRole('alert'));
    expect(await alert.textContent()).toContain('không đúng');

    await page.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/people$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Người dân' }));

    await page.getByRole('link', { name: 'Trang chủ', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Xin chào/ }));
    await visible(page.getByText('Văn phòng phong trào'));
    await visible(page.getByText('Tỉnh Thái Nguyên'));
    await snap('02-home');
  });

  it('browses the administrative unit tree', async () => {
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).first().click();
    await page.waitForURL(/\/units$/);
    await visible(page.getByText('34 đơn vị'));
    await snap('03-provinces');

    await page.getByRole('link', { name: 'Tỉnh Thái Nguyên' }).click();
    await page.waitForURL(/\/units\/\d+$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Tỉnh Thái Nguyên' }));
    const breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' });
    await visible(breadcrumb.getByRole('link', { name: 'Đơn vị hành chính' }));
    await visible(
      page
        .getByRole('table')
        .getByText(/^Phường /)
        .first(),
    );
    await snap('04-province-children');

    // Diacritic-insensitive search within the province.
    await page.getByLabel('Tìm trong Tỉnh Thái Nguyên').fill('phan dinh phung');
    await page.getByRole('button', { name: 'Tìm' }).click();
    const ward = await visible(page.getByRole('link', { name: 'Phường Phan Đình Phùng' }));
    await ward.click();
    await visible(page.getByRole('heading', { level: 1, name: 'Phường Phan Đình Phùng' }));
    await visible(breadcrumb.getByRole('link', { name: 'Tỉnh Thái Nguyên' }));
  });

  it('validates the person form in Vietnamese', async () => {
    await page.getByRole('link', { name: 'Người dân' }).first().click();
    await page.getByRole('link', { name: 'Thêm người' }).click();
    await page.waitForURL(/\/people\/new$/);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await visible(page.getByText('Vui lòng nhập họ và tên.'));
    await visible(page.getByText('Vui lòng chọn đơn vị hành chính trong danh sách gợi ý.'));
    // The first invalid field gets focus so keyboard users land on it.
    expect(await page.getByLabel('Họ và tên').evaluate((el) => el === document.activeElement)).toBe(true);
    await snap('05-person-form-errors');
  });

  it('creates a person with the unit picker', async () => {
    await page.getByLabel('Họ và tên').fill(NEW_PERSON);
    await page.getByLabel('Năm sinh').fill('1968');
    await page.getByLabel('Nữ', { exact: true }).check();

    const unitInput = page.getByRole('combobox', { name: 'Nơi cư trú (xã, phường)' });
    await unitInput.fill('phan dinh phung');
    await (await visible(page.getByRole('option', { name: /Phường Phan Đình Phùng/ }))).click();
    expect(await unitInput.inputValue()).toBe('Phường Phan Đình Phùng');

    await page.getByLabel('Người dân', { exact: true }).check();
    await page.getByLabel('Người cao tuổi', { exact: true }).check();
    await snap('06-person-form-filled');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL(/\/people$/);
    await visible(page.getByText(`Đã thêm ${NEW_PERSON}.`));
  });

  it('finds the new person without diacritics', async () => {
    await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill('nguyen thi hong nhung');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/q=nguyen/);
    const row = await visible(page.getByRole('link', { name: NEW_PERSON }).first());
    expect(await page.locator('.list-total').textContent()).toMatch(/^\d[\d.]* người$/);
    await snap('07-people-search');

    await row.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: NEW_PERSON }));
    expect(await page.getByLabel('Năm sinh').inputValue()).toBe('1968');
    expect(await page.getByLabel('Nữ', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Người cao tuổi', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Nơi cư trú (xã, phường)' }).inputValue()).toContain(
      'Phan Đình Phùng',
    );
    await snap('08-person-edit');
  });

  it('switches the interface to English and remembers it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('link', { name: 'People', exact: true }));
    await visible(page.getByLabel('Year of birth'));
    await page.reload();
    await visible(page.getByLabel('Year of birth'));
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'People' }));
    await snap('09-people-english');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Người dân' }));
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${app.url}/profile`);
    await page.waitForURL(/\/login\?redirect=%2Fprofile/);
    expect(pageErrors).toEqual([]);
  });
});
