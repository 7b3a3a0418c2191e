// Browser journey through the content pages of the console: an author (tacgia@lantoa.demo) checks
// a framework's draft items, breaks a module on purpose and follows the problem list to the line,
// fixes it, renames the module, saves and sends it for review; a reviewer (kiemduyet@lantoa.demo)
// finds it waiting, sees the changed line in the diff and publishes it; the public catalogue then
// has the new title as version 2. Runs Debian Chromium through playwright-core against the full
// app (API + built web app) on a fresh demo database with the core content pack.
//
// LANTOA_E2E_BASE_URL=http://localhost:5173 points the journey at an already running app instead
// (on a fresh data directory: the journey publishes a new version of mat-khau-manh).

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const PASSWORD = 'lantoa-demo-2025';
const MODULE_ID = 'mat-khau-manh';
const SOURCE = readFileSync(new URL(`../content/core/modules/${MODULE_ID}.md`, import.meta.url), 'utf8');
/** Read from the pack, which content writers keep improving. */
const OLD_TITLE = /^title: (.+)$/m.exec(SOURCE)?.[1]?.trim() ?? '';
const NEW_TITLE = `${OLD_TITLE} (bản sửa 2025)`;
const NEW_MODULE = 'zalo-goi-video';
const REVIEW_NOTE = 'Chưa có nội dung thật: hãy viết các bước gọi video trên Zalo.';
/** The line of the quiz block's opening, which the journey misspells ("::: quizz"). */
const QUIZ_LINE = SOURCE.split('\n').findIndex((line) => line.trim() === '::: quiz') + 1;

describe('content authoring and review journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  /**
   * Screenshot the current screen at phone and desktop size, then go back to phone size. `focus`
   * is scrolled to the top of the screen at each size.
   */
  async function snap(name: string, focus?: Locator): Promise<void> {
    for (const [label, size] of [
      ['360', PHONE],
      ['1280', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150); // let the layout settle after the resize
      await focus?.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SCREENSHOTS}content-${name}-${label}.png` });
    }
    await page.setViewportSize(PHONE);
  }

  async function signIn(login: string): Promise<void> {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill(login);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Xin chào/ }));
  }

  const editor = () => page.getByLabel('Nội dung học phần (Markdown)');
  const position = () => page.getByTestId('editor-position');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows an author the frameworks, with draft items flagged', async () => {
    await signIn('tacgia@lantoa.demo');
    await page.getByRole('link', { name: 'Học liệu', exact: true }).click();
    await page.waitForURL(/\/content\/modules$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Học phần' }));

    await page.getByRole('link', { name: 'Khung năng lực', exact: true }).click();
    await page.waitForURL(/\/content\/frameworks$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Khung năng lực' }));
    await snap('01-frameworks');

    await page.getByRole('link', { name: /Thông tư 02\/2025/ }).click();
    await page.waitForURL(/\/content\/frameworks\/tt02-2025$/);
    await visible(page.getByRole('heading', { level: 1, name: /Khung năng lực số cho người học/ }));
    await visible(page.getByRole('heading', { name: 'Đạt phổ cập' }));
    await snap('02-framework', page.locator('.breadcrumb'));

    // Competence 1.1 of Thông tư 02 is still a draft: its summary carries the badge.
    const competence = page.locator('#competence-tt02-2025-1-1');
    const summary = competence.locator('summary');
    await visible(summary.getByText('Bản nháp – chưa kiểm chứng với văn bản gốc'));
    // Keyboard: the summary is focusable and Enter opens it.
    await summary.focus();
    await page.keyboard.press('Enter');
    await visible(competence.getByRole('heading', { name: 'Yêu cầu cần đạt theo bậc' }));
    expect(await competence.locator('.level-outcome--draft').count()).toBeGreaterThan(0);
    await snap('03-competence', competence);

    // Quyết định 757 sets the "đạt phổ cập" assessment per target group (still a draft).
    await page
      .getByRole('navigation', { name: 'Đường dẫn' })
      .getByRole('link', { name: 'Khung năng lực' })
      .click();
    await page.getByRole('link', { name: /Quyết định 757/ }).click();
    await page.waitForURL(/\/content\/frameworks\/qd757-2025$/);
    const attainment = await visible(
      page.getByRole('table', { name: 'Điều kiện đạt phổ cập theo nhóm đối tượng' }),
    );
    await visible(attainment.getByText('Học sinh', { exact: true }));
    await visible(attainment.getByText('70%').first());
    await snap('04-attainment', page.getByRole('heading', { name: 'Đạt phổ cập' }));
  });

  it('lists the problems of a broken draft by line and moves the caret there', async () => {
    await page.getByRole('link', { name: 'Học phần', exact: true }).click();
    await page.waitForURL(/\/content\/modules$/);
    await page.getByLabel('Tìm theo tên hoặc mã học phần').fill('mat khau');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await visible(page.getByRole('link', { name: OLD_TITLE }));
    await snap('05-modules');
    await page.getByRole('link', { name: OLD_TITLE }).click();
    await page.waitForURL(new RegExp(`/content/modules/${MODULE_ID}$`));
    await visible(page.getByRole('heading', { level: 1, name: OLD_TITLE }));
    expect(await editor().inputValue()).toBe(SOURCE);

    await editor().fill(SOURCE.replace('::: quiz', '::: quizz'));
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const problem = await visible(page.getByRole('button', { name: new RegExp(`^Dòng ${QUIZ_LINE}: `) }));
    expect(await problem.textContent()).toContain('quizz');
    // Focus lands on the first problem; Enter puts the caret on that line of the source.
    expect(await problem.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await visible(position().getByText(`Dòng ${QUIZ_LINE}, cột 1`));
    expect(await editor().evaluate((element) => element === document.activeElement)).toBe(true);
    await snap('06-editor-problems', page.locator('.problems'));
  });

  it('saves the fixed draft with a new title and sends it for review', async () => {
    await editor().fill(SOURCE.replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`));
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await visible(page.getByText(`Đã lưu bản nháp ${MODULE_ID}.`));
    expect(await page.getByRole('button', { name: /^Dòng \d+:/ }).count()).toBe(0);
    await visible(page.getByText('Đang hiển thị bản nháp'));

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await visible(page.getByText(`Đã gửi duyệt học phần ${MODULE_ID}.`));
    await visible(page.getByText('Bản nháp đang chờ duyệt nên chưa sửa được.', { exact: false }));
    expect(await editor().getAttribute('readonly')).not.toBeNull();
    await snap('07-submitted', page.locator('.breadcrumb'));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
  });

  it('lets the reviewer see the changed line and publish the new version', async () => {
    await signIn('kiemduyet@lantoa.demo');
    await page.getByRole('link', { name: 'Học liệu', exact: true }).click();
    await visible(page.getByText('Có 1 học phần đang chờ duyệt.'));
    await page.getByRole('button', { name: 'Xem các học phần chờ duyệt' }).click();
    await page.waitForURL(/status=in_review/);
    // The list shows the published title; the new one only exists in the draft so far.
    const row = await visible(page.getByRole('link', { name: OLD_TITLE }));
    expect(await page.locator('tbody tr').count()).toBe(1); // only the one waiting
    await snap('08-waiting');

    await row.click();
    await page.waitForURL(new RegExp(`/content/modules/${MODULE_ID}$`));
    await visible(page.getByRole('heading', { level: 2, name: 'Thẩm định' }));
    const added = await visible(page.locator('.diff__row--added', { hasText: `title: ${NEW_TITLE}` }));
    const removed = await visible(page.locator('.diff__row--removed', { hasText: `title: ${OLD_TITLE}` }));
    expect(await added.count()).toBe(1);
    expect(await removed.count()).toBe(1);
    expect(await page.locator('.diff__row--added, .diff__row--removed').count()).toBe(2);
    await snap('09-review-diff', page.locator('.diff'));

    // Sending back needs a note.
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await visible(page.getByText('Vui lòng ghi góp ý để tác giả biết cần sửa gì.'));

    await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click();
    await visible(page.getByText(`Đã xuất bản phiên bản 2 của học phần ${MODULE_ID}.`));
    await visible(page.getByText('Phiên bản đang xuất bản: 2'));
    expect(await page.getByRole('heading', { level: 2, name: 'Thẩm định' }).count()).toBe(0);
    await snap('10-published', page.locator('.breadcrumb'));
  });

  it('publishes the new title as version 2 in the catalogue', async () => {
    const reply = await page.request.get(
      `${app.url}/api/catalog/modules?q=${encodeURIComponent('mat khau')}`,
    );
    expect(reply.status()).toBe(200);
    const { items } = (await reply.json()) as { items: { id: string; title: string; version: number }[] };
    expect(items.find((item) => item.id === MODULE_ID)).toMatchObject({ title: NEW_TITLE, version: 2 });
  });

  it('starts a new module from the template; a reviewer sends it back with a note', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await signIn('tacgia@lantoa.demo');
    await page.goto(`${app.url}/content/modules`);
    await page.getByRole('button', { name: 'Học phần mới' }).click();
    const idInput = page.getByLabel('Mã học phần', { exact: true });
    await idInput.fill('Gọi video');
    await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
    await visible(page.getByText('Mã chỉ gồm chữ thường không dấu', { exact: false }));
    await idInput.fill(NEW_MODULE);
    await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
    await page.waitForURL(new RegExp(`/content/modules/${NEW_MODULE}$`));
    await visible(page.getByText('Học phần mới: nội dung dưới đây là mẫu', { exact: false }));
    const template = await editor().inputValue();
    expect(template).toContain(`id: ${NEW_MODULE}`);
    expect(template).toContain('::: quiz');
    await snap('11-new-module', page.locator('.breadcrumb'));

    // "Gửi duyệt" saves the template as the draft first; the server accepts it as it is.
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await visible(page.getByText(`Đã gửi duyệt học phần ${NEW_MODULE}.`));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await signIn('kiemduyet@lantoa.demo');
    await page.goto(`${app.url}/content/modules/${NEW_MODULE}`);
    await visible(page.getByRole('heading', { name: 'Học phần mới: toàn bộ nội dung đều mới' }));
    expect(await page.locator('.diff__row--added').count()).toBe(template.trimEnd().split('\n').length);
    await page.getByLabel('Góp ý cho tác giả').fill(REVIEW_NOTE);
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await visible(page.getByText(`Đã trả lại bản nháp ${NEW_MODULE} cho tác giả.`));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await signIn('tacgia@lantoa.demo');
    await page.goto(`${app.url}/content/modules?status=rejected`);
    await (await visible(page.getByRole('link', { name: '(chưa có tên)' }))).click();
    await visible(page.getByText('Người thẩm định đã trả lại bản nháp'));
    await visible(page.getByText(REVIEW_NOTE));
    expect(await editor().getAttribute('readonly')).toBeNull();
    await snap('12-rejected', page.locator('.breadcrumb'));
    expect(pageErrors).toEqual([]);
  });
});
