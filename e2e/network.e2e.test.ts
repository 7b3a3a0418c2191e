// Browser journey for "Mạng lưới" (F5) as the provincial campaign office (tinh@lantoa.demo): the
// cascade of the province (generation cards, the sunburst and its table alternative, the
// by-commune table), the trainer register with the demo's provincial and core trainers and a
// community trainer appointed from the form, a support person named for a commune that had none (it
// leaves the highlighted list), and a community team created for a commune with an activity logged,
// then dissolved. Screenshots at 360 and 1280 px go to /tmp/shots.
// Runs Debian Chromium through playwright-core on a fresh demo database.
import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SHOTS = '/tmp/shots/';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

describe('network journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function snap(name: string): Promise<void> {
    const frames = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await frames();
    await page.screenshot({ path: `${SHOTS}network-${name}-1280.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await frames();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}network-${name}-360.png`, fullPage: true });
    // The first screen a phone shows, at full size.
    await page.screenshot({ path: `${SHOTS}network-${name}-360-top.png` });
    await page.setViewportSize(DESKTOP);
    await frames();
  }

  const tab = async (name: string) => {
    await page.getByRole('tab', { name }).click();
    await visible(page.getByRole('tab', { name, selected: true }));
  };

  it('shows the campaign office the cascade as a chart and as tables', async () => {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Mạng lưới', exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mạng lưới lan tỏa' }));
    await visible(page.getByRole('tab', { name: 'Mô hình lan tỏa', selected: true }));

    await visible(page.getByRole('heading', { name: 'Thế hệ 0 – Giảng viên nguồn' }));
    await visible(page.getByRole('heading', { name: 'Thế hệ 1 – Giảng viên nòng cốt' }));
    const figure = await visible(page.getByRole('figure', { name: /Cây lan tỏa/ }));
    // The sunburst is drawn (SVG paths), then read as a table.
    await figure.locator('.echart svg path').first().waitFor({ state: 'attached', timeout: WAIT_MS });
    // The sunburst grows from the centre: the picture is taken once its animation has ended.
    await page.waitForTimeout(1500);
    await snap('cascade');
    await figure.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const treeTable = await visible(figure.getByRole('table'));
    await visible(treeTable.getByRole('rowheader', { name: 'Phạm Quang Huy' }));
    expect(await treeTable.getByRole('rowheader').count()).toBeGreaterThanOrEqual(3);
    const communes = page.getByRole('region', { name: 'Theo xã/phường' });
    await visible(communes.getByRole('rowheader', { name: /Phan Đình Phùng/ }));
    await visible(communes.getByRole('link', { name: /Tải Excel/ }));
    await snap('cascade-table');
  });

  it('lists the trainer register with the demo cascade', async () => {
    await tab('Giảng viên');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Phạm Quang Huy' }) });
    await visible(row);
    await visible(row.getByText(/Giảng viên nguồn/).first());
    expect(await page.getByRole('cell', { name: /Giảng viên nòng cốt · thế hệ 1/ }).count()).toBe(2);
    await snap('trainers');

    // Appoint a resident of Phổ Yên as a community trainer.
    const units = await pageApi<{ items: { id: number; code: string }[] }>(page, 'GET', '/api/units?q=05860');
    const phoYen = units.json.items.find((u) => u.code === '05860');
    const people = await pageApi<{ items: { fullName: string }[] }>(
      page,
      'GET',
      `/api/people?unitId=${phoYen?.id}&pageSize=1&sort=-fullName`,
    );
    const name = people.json.items[0]?.fullName as string;
    await page.getByRole('button', { name: 'Bổ nhiệm giảng viên' }).click();
    const form = await visible(page.getByRole('region', { name: 'Bổ nhiệm giảng viên' }));
    await form.getByRole('button', { name: 'Bổ nhiệm' }).click();
    await visible(form.getByText('Hãy chọn một người.'));
    await form.getByLabel('Người được bổ nhiệm').fill(name);
    await (await visible(page.getByRole('option', { name: new RegExp(name) }).first())).click();
    await form.getByLabel('Cấp giảng viên').selectOption('community');
    await snap('appoint');
    await form.getByRole('button', { name: 'Bổ nhiệm' }).click();
    await visible(page.getByText('4 giảng viên'));
    const added = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await visible(added.getByText('Giảng viên cộng đồng · thế hệ 2'));
  });

  it('names a support person for a commune without one, which leaves the missing list', async () => {
    await tab('Hỗ trợ dịch vụ công');
    const missing = await visible(page.getByRole('region', { name: /xã\/phường chưa có người hỗ trợ/ }));
    await missing.getByRole('button', { name: /Hiện tất cả/ }).click();
    const item = missing.getByRole('listitem').filter({ hasText: 'Tân Cương' });
    await visible(item);
    // A resident of Tân Cương, found through the people register's search.
    const units = await pageApi<{ items: { id: number; code: string; fullName: string }[] }>(
      page,
      'GET',
      '/api/units?q=05503',
    );
    const tanCuong = units.json.items.find((u) => u.code === '05503');
    const people = await pageApi<{ items: { fullName: string }[] }>(
      page,
      'GET',
      `/api/people?unitId=${tanCuong?.id}&pageSize=1`,
    );
    const name = people.json.items[0]?.fullName as string;
    await snap('support');

    await item.getByRole('button', { name: /Cử người hỗ trợ/ }).click();
    const form = await visible(page.getByRole('form', { name: /Cử người hỗ trợ cho .*Tân Cương/ }));
    await form.getByLabel(/Người của/).fill(name);
    await (await visible(page.getByRole('option', { name: new RegExp(name) }).first())).click();
    await form.getByLabel('Nơi và giờ người dân tìm gặp').fill('Nhà văn hóa xóm Nam Đồng, chiều thứ Bảy');
    await form.getByRole('button', { name: 'Cử người hỗ trợ' }).click();
    await visible(page.getByText(/hỗ trợ dịch vụ công tại .*Tân Cương/));
    await missing.getByRole('listitem').filter({ hasText: 'Tân Cương' }).waitFor({ state: 'detached' });
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Tân Cương/ }) });
    await visible(card.locator('strong', { hasText: name }));
    await visible(card.getByText(/Nhà văn hóa xóm Nam Đồng/));
    await snap('support-named');
  });

  it('creates a community team and logs an activity', async () => {
    await tab('Tổ công nghệ số cộng đồng');
    await visible(page.getByRole('heading', { name: 'Tổ công nghệ số cộng đồng phường Phan Đình Phùng' }));
    await page.getByRole('button', { name: 'Thành lập tổ' }).click();
    const form = await visible(page.getByRole('region', { name: 'Thành lập tổ công nghệ số cộng đồng' }));
    // Checked before anything is sent.
    await form.getByRole('button', { name: 'Thành lập' }).click();
    await visible(form.getByText('Hãy chọn xã/phường.'));
    const select = form.getByLabel('Xã/phường');
    const value = await select.locator('option', { hasText: 'Tân Cương' }).first().getAttribute('value');
    await select.selectOption(value as string);
    await form.getByLabel('Tên tổ').fill('Tổ công nghệ số cộng đồng xã Tân Cương');
    await form.getByRole('button', { name: 'Thành lập' }).click();
    await visible(page.getByRole('heading', { name: 'Tổ công nghệ số cộng đồng xã Tân Cương' }));

    const log = page.getByRole('form', { name: 'Ghi hoạt động' });
    await log.getByLabel('Loại hoạt động').selectOption('communication');
    await log.getByLabel('Nội dung').fill('Tuyên truyền cài đặt VNeID tại chợ Tân Cương');
    await log.getByLabel('Số người tham gia').fill('35');
    await log.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await visible(page.getByRole('heading', { name: 'Hoạt động (1)' }));
    await visible(page.getByText('Tuyên truyền cài đặt VNeID tại chợ Tân Cương'));
    await visible(page.getByText('35 người tham gia'));
    await snap('team');

    await page.getByRole('button', { name: '← Danh sách tổ' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /xã Tân Cương/ }) });
    await visible(card);
    await snap('teams');

    // Dissolving a team (after a confirmation) takes it off the list.
    await card.getByRole('button', { name: /Xem tổ/ }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Giải thể tổ' }).click();
    await visible(page.getByRole('button', { name: 'Thành lập tổ' }));
    await card.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
