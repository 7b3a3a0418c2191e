// Hostile content in Chromium: an author (tacgia@) writes a module full of script tags, event
// handlers, javascript: and data: links in the console. The server refuses the dangerous
// addresses line by line; the rest (raw HTML in text, steps, captions, quiz prompts, options and
// feedback, practice prompt) is saved, sent for review, read by the reviewer (kiemduyet@) in the
// diff and published; a learner then plays the module and clicks every link. A trainer posts a
// class announcement made of HTML that the class's learner reads. On every screen: no dialog, no
// `window.__pwned`, no script but the app's bundle, no on* attribute, no javascript: address, no
// iframe/object/embed, no Content-Security-Policy violation. The API docs still run under their
// own policy. Screenshots to test-results/screenshots/hostile-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const PASSWORD = 'lantoa-demo-2025';
const MODULE_ID = 'mat-khau-manh';
const PUBLISHED = readFileSync(new URL(`../content/core/modules/${MODULE_ID}.md`, import.meta.url), 'utf8');
const FRONT_MATTER = PUBLISHED.slice(0, PUBLISHED.indexOf('\n---', 4) + 4);
const TITLE = /^title: (.+)$/m.exec(PUBLISHED)?.[1]?.trim() ?? '';
const COURSE = 'ky-nang-so-co-ban/dich-vu-so-thiet-yeu';
const PWN = 'window.__pwned=1';

/** Lines the server must refuse, each marked so it can be dropped after the refusal. */
const REFUSED = [
  `[a](javascript:${PWN}) #refused`,
  `[b](JaVaScRiPt:${PWN}) #refused`,
  `[c]( javascript:${PWN}) #refused`,
  `[d](javascript&#58;${PWN}) #refused`,
  `[e](data:text/html,<script>${PWN}</script>) #refused`,
];

const TEXT_HTML = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}"><circle r="9"></circle></svg>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `<object data="javascript:${PWN}"></object><embed src="javascript:${PWN}">`,
  `<a href="javascript:${PWN}">liên kết HTML</a>`,
];

function hostileSource(withRefused: boolean): string {
  const refused = (line: string) => (withRefused ? [line] : []);
  return [
    FRONT_MATTER,
    '',
    '::: text',
    `# Bài thử <img src=x onerror="${PWN}">`,
    '',
    ...TEXT_HTML.flatMap((l) => [l, '']),
    ...REFUSED.flatMap((l) => (withRefused ? [l, ''] : [])),
    `**Đậm <b onmouseover="${PWN}">x</b>** và *nghiêng*.`,
    '',
    `Liên kết: [về trang học](/learn/progress), [trang ngoài](https://example.org/"onmouseover="${PWN}),`,
    '[sang máy khác](//evil.example/x), [gạch ngược](/\\evil.example/x), [thư](mailto:hotro@example.org).',
    ':::',
    '',
    '::: steps',
    `## Các bước <svg onload="${PWN}">`,
    `1. Mở [trang học](/learn/progress) <script>${PWN}</script>`,
    `2. \`<img src=x onerror="${PWN}">\` chỉ là chữ`,
    ':::',
    '',
    '::: image',
    ...refused(`src: "javascript:${PWN}" #refused`),
    ...(withRefused ? [] : ['src: images/cai-dat-nhanh.svg']),
    'alt: Ảnh minh họa cài đặt nhanh',
    `caption: '<img src=x onerror="${PWN}"> chú thích'`,
    ':::',
    '',
    '::: video',
    ...refused(`url: "data:text/html,<script>${PWN}</script>" #refused`),
    ...(withRefused ? [] : [`url: 'https://example.org/video"><script>${PWN}</script>'`]),
    `title: '<iframe src="javascript:${PWN}"></iframe> Video'`,
    `caption: '<svg onload="${PWN}">'`,
    ':::',
    '',
    '::: quiz',
    'questions:',
    '  - id: q1',
    '    type: single',
    `    prompt: 'Chọn <img src=x onerror="${PWN}"> **an toàn** [xem](/learn/progress)'`,
    `    options: ['<script>${PWN}</script>', 'An toàn <svg onload=alert(1)>', '**Đậm**']`,
    '    answer: 1',
    `    explanation: 'Giải thích <iframe src="javascript:${PWN}"></iframe> [nguồn](https://example.org/nguon)'`,
    '  - id: q2',
    '    type: true_false',
    `    prompt: '<a href="javascript:${PWN}">Bấm</a> là liên kết?'`,
    '    answer: false',
    `    explanation: '<object data="javascript:${PWN}"></object> chỉ là chữ.'`,
    ':::',
    '',
    '::: practice',
    `prompt: 'Viết ba bước <script>${PWN}</script> để bảo vệ tài khoản.'`,
    `example: '<img src=x onerror="${PWN}">'`,
    'rubric:',
    '  pass_score: 0.6',
    '  criteria:',
    '    - { id: buoc, type: structure, kind: steps, min_items: 3, weight: 1, label: Có đủ 3 bước }',
    ':::',
    '',
  ]
    .join('\n')
    .replace(/ #refused/g, '');
}

const ANNOUNCEMENT = `<script>${PWN}</script><img src=x onerror="${PWN}"> Buổi sau <b>mang</b> [điện thoại](javascript:${PWN})`;

interface Findings {
  pwned: unknown;
  scripts: string[];
  handlers: string[];
  badAddresses: string[];
  frames: number;
  csp: string[];
}

describe('hostile content (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = PHONE): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    contexts.push(context);
    // Links leaving the platform go nowhere (no network in tests), but they are still followed.
    await context.route(/^https?:\/\/(example\.org|evil\.example)\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Trang ngoài</p>' }),
    );
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    context.on('page', (p) =>
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      }),
    );
    return page;
  }

  async function signIn(page: Page, login: string): Promise<void> {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Số điện thoại hoặc email').fill(login);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Xin chào/ }));
  }

  async function findings(page: Page): Promise<Findings> {
    return page.evaluate(() => {
      const normal = (v: string) =>
        v
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them in URLs
          .replace(/[\u0000-\u0020]/g, '')
          .toLowerCase();
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: [...document.scripts]
          .map((s) => s.getAttribute('src') ?? `inline: ${s.textContent?.slice(0, 60)}`)
          .filter((src) => !/^\/(assets|api\/docs\/static)\/[\w.-]+\.js$/.test(src)),
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
        badAddresses: all.flatMap((el) =>
          ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']
            .map((name) => el.getAttribute(name))
            .filter((v): v is string => v !== null && /^(javascript|vbscript|data:text)/.test(normal(v)))
            .map((v) => `${el.tagName} ${v}`),
        ),
        frames: document.querySelectorAll('iframe, object, embed, frame').length,
        csp: (window as unknown as { __csp: string[] }).__csp,
      };
    });
  }

  async function expectClean(page: Page): Promise<void> {
    const f = await findings(page);
    expect(f).toEqual({ pwned: undefined, scripts: [], handlers: [], badAddresses: [], frames: 0, csp: [] });
    expect(dialogs).toEqual([]);
  }

  async function snap(page: Page, name: string, full = true): Promise<void> {
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}hostile-${name}.png`, fullPage: full });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  let author: Page;
  let learner: Page;
  let trainer: Page;
  let classCode = '';

  it('refuses the dangerous addresses of a draft, each on its own line', async () => {
    author = await newPage(DESKTOP);
    await signIn(author, 'tacgia@lantoa.demo');
    await author.goto(`${app.url}/content/modules/${MODULE_ID}`);
    await visible(author.getByRole('heading', { level: 1, name: TITLE }));
    const source = hostileSource(true);
    const editor = author.getByLabel('Nội dung học phần (Markdown)');
    await editor.fill(source);
    await author.getByRole('button', { name: 'Lưu bản nháp' }).click();

    const lines = source.split('\n');
    const refusedLines = lines
      .map((l, i) => (REFUSED.map((r) => r.replace(' #refused', '')).includes(l) ? i + 1 : 0))
      .filter(Boolean);
    expect(refusedLines).toHaveLength(REFUSED.length);
    for (const line of refusedLines) {
      const problem = await visible(author.getByRole('button', { name: new RegExp(`^Dòng ${line}: `) }));
      expect(await problem.textContent()).toMatch(/liên kết "(javascript|data):" không được phép/);
    }
    const imageLine = lines.findIndex((l) => l.startsWith('src: "javascript:')) + 1;
    const videoLine = lines.findIndex((l) => l.startsWith('url: "data:')) + 1;
    await visible(
      author.getByRole('button', {
        name: new RegExp(`^Dòng ${imageLine}: src: ảnh phải là .* không dùng javascript:, data:`),
      }),
    );
    await visible(
      author.getByRole('button', {
        name: new RegExp(`^Dòng ${videoLine}: url: địa chỉ web .* không dùng javascript:, data:`),
      }),
    );
    expect(await author.getByRole('button', { name: /^Dòng \d+:/ }).count()).toBe(REFUSED.length + 2);
    await expectClean(author);
    await snap(author, '01-refused', false);

    // The same refusal through the API, in English for an English-speaking client.
    const api = await pageApi<{ error: { code: string; details: { path: string; message: string }[] } }>(
      author,
      'PUT',
      `/api/authoring/modules/${MODULE_ID}/draft`,
      { source },
    );
    expect(api.status).toBe(400);
    expect(api.json.error.code).toBe('CONTENT_INVALID');
    expect(api.json.error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining([...refusedLines, imageLine, videoLine].map((l) => `line:${l}`)),
    );
  });

  it('saves the rest (raw HTML shows as text) and sends it for review', async () => {
    const editor = author.getByLabel('Nội dung học phần (Markdown)');
    await editor.fill(hostileSource(false));
    await author.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await visible(author.getByText(`Đã lưu bản nháp ${MODULE_ID}.`));
    expect(await author.getByRole('button', { name: /^Dòng \d+:/ }).count()).toBe(0);
    await author.getByRole('button', { name: 'Gửi duyệt' }).click();
    await visible(author.getByText(`Đã gửi duyệt học phần ${MODULE_ID}.`));
    await expectClean(author);
  });

  it('lets the reviewer read the hostile diff safely and publish it', async () => {
    const reviewer = await newPage(DESKTOP);
    await signIn(reviewer, 'kiemduyet@lantoa.demo');
    await reviewer.goto(`${app.url}/content/modules/${MODULE_ID}`);
    await visible(reviewer.getByRole('heading', { level: 2, name: 'Thẩm định' }));
    await visible(reviewer.locator('.diff__row--added', { hasText: TEXT_HTML[0] as string }).first());
    await expectClean(reviewer);
    await snap(reviewer, '02-review-diff', false);
    await reviewer.getByRole('button', { name: 'Duyệt và xuất bản' }).click();
    await visible(reviewer.getByText(`Đã xuất bản phiên bản 2 của học phần ${MODULE_ID}.`));
    await expectClean(reviewer);
  });

  it('shows a learner every block as harmless text, and every link is safe to click', async () => {
    learner = await newPage(PHONE);
    await learner.goto(`${app.url}/login`);
    const reg = await pageApi(learner, 'POST', '/api/auth/register', {
      fullName: 'Hà Thị Thử',
      login: `09${String(Date.now()).slice(-8)}`,
      password: 'hoc-moi-ngay-2025',
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
    });
    expect(reg.status, JSON.stringify(reg.json)).toBe(201);
    const units = await pageApi<{ items: { id: number }[] }>(learner, 'GET', '/api/units?q=05443');
    const profile = await pageApi(learner, 'PUT', '/api/learning/profile', {
      targetGroup: 'citizen',
      unitId: units.json.items[0]?.id,
      dailyGoalMinutes: 15,
    });
    expect(profile.status).toBe(200);

    await learner.goto(`${app.url}/learn/modules/${MODULE_ID}`);
    await visible(learner.getByRole('heading', { level: 1, name: TITLE }));
    const screens = 7; // text, steps, image, video, two questions, practice
    for (let screen = 1; screen <= screens; screen++) {
      await visible(learner.getByText(`Phần ${screen}/${screens}`, { exact: true }));
      if (screen === 1) {
        await visible(learner.getByText(TEXT_HTML[0] as string, { exact: true }));
        await visible(learner.getByText(TEXT_HTML[1] as string, { exact: true }));
        // Only http(s), mailto and same-site paths became links; the rest stayed text.
        const hrefs = await learner
          .locator('.learn-prose a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual([
          '/learn/progress',
          `https://example.org/"onmouseover="${PWN}`,
          'mailto:hotro@example.org',
        ]);
        await visible(learner.getByText('sang máy khác', { exact: false }));
      }
      if (screen === 3) {
        await learner.waitForFunction(
          () => (document.querySelector('.learn-figure__image') as HTMLImageElement | null)?.naturalWidth,
        );
      }
      if (screen <= 4) await clickEveryLink(learner, screen, false);
      if (screen === 5) {
        await visible(learner.getByText(/^Chọn <img src=x onerror=/));
        await clickEveryLink(learner, screen, false);
        await learner.getByLabel('An toàn <svg onload=alert(1)>', { exact: true }).check();
        await learner.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
        await visible(learner.getByText('Đúng rồi!'));
        await visible(learner.getByText(`<iframe src="javascript:${PWN}"></iframe>`, { exact: false }));
      }
      if (screen === 6) {
        await learner.getByLabel('Sai', { exact: true }).check();
        await learner.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
        await visible(learner.getByText('Đúng rồi!'));
      }
      if (screen === 7) await visible(learner.getByText(`<script>${PWN}</script>`, { exact: false }));
      await expectClean(learner);
      await snap(learner, `03-screen-${screen}`);
      await clickEveryLink(learner, screen, screen >= 5);
      await learner
        .getByRole('button', { name: screen === screens ? 'Hoàn thành' : 'Tiếp', exact: true })
        .click();
    }
    await visible(learner.getByRole('heading', { name: 'Bạn đã học xong bài!' }));
    await expectClean(learner);
  });

  /** Clicks each link of the lesson; comes back to the same screen after a link inside the app. */
  async function clickEveryLink(page: Page, screen: number, externalOnly: boolean): Promise<void> {
    const lessonLink = (href: string | null) =>
      // Links of the lesson: to the learner's progress page, or out of the platform (mailto: would
      // hand over to a mail program; the player's own navigation is not lesson content).
      href === '/learn/progress' || !!href?.startsWith('http');
    const hrefs = (
      await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    )
      .filter(lessonLink)
      .filter((href) => !externalOnly || href?.startsWith('http')) as string[];
    // Links out first (they open a new tab); the link inside the app last (it leaves the screen).
    hrefs.sort((a, b) => Number(a.startsWith('/')) - Number(b.startsWith('/')));
    for (const href of hrefs) {
      const link = page.locator(`main a[href="${href.replace(/["\\]/g, '\\$&')}"]`).first();
      // Centred, so the player's sticky bottom bar does not cover it.
      await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      if (href.startsWith('http')) {
        const [opened] = await Promise.all([
          page.context().waitForEvent('page', { timeout: WAIT_MS }),
          link.click(),
        ]);
        await opened.waitForLoadState();
        expect(
          await opened.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
        // rel="noopener": the page opened cannot reach back into the lesson.
        expect(await opened.evaluate(() => window.opener)).toBeNull();
        await opened.close();
      } else {
        await link.click();
        await page.waitForURL(/\/learn\/progress$/);
        await expectClean(page);
        await page.goBack();
        await visible(page.getByText(/^Phần \d+\/7$/));
        while (!(await page.getByText(`Phần ${screen}/7`, { exact: true }).isVisible())) {
          const current = Number((await page.getByText(/^Phần \d+\/7$/).textContent())?.match(/\d+/)?.[0]);
          await page
            .getByRole('button', { name: current < screen ? 'Tiếp' : 'Quay lại', exact: true })
            .click();
        }
      }
      await expectClean(page);
    }
  }

  it('shows a class announcement made of HTML as text to the class members', async () => {
    trainer = await newPage(DESKTOP);
    await signIn(trainer, 'giangvien@lantoa.demo');
    const units = await pageApi<{ items: { id: number }[] }>(trainer, 'GET', '/api/units?q=05443');
    const made = await pageApi<{ id: string; code: string }>(trainer, 'POST', '/api/classes', {
      title: 'Lớp thử nội dung độc hại',
      courseIds: [COURSE],
      mode: 'in_person',
      unitId: units.json.items[0]?.id,
      venueKind: 'cultural_house',
      venue: `<img src=x onerror="${PWN}"> Nhà văn hóa`,
      description: `<script>${PWN}</script>`,
      startsOn: new Date().toISOString().slice(0, 10),
    });
    expect(made.status).toBe(201);
    classCode = made.json.code;
    const joined = await pageApi(learner, 'POST', '/api/classes/join', { code: classCode, via: 'code' });
    expect([200, 201]).toContain(joined.status);

    await trainer.goto(`${app.url}/classes/${made.json.id}`);
    await trainer.getByRole('tab', { name: 'Thông báo' }).click();
    await trainer.getByLabel('Nội dung thông báo').fill(ANNOUNCEMENT);
    await trainer.getByRole('button', { name: 'Gửi thông báo' }).click();
    await visible(trainer.getByText('Đã gửi thông báo cho cả lớp.'));
    await visible(trainer.locator('.classes-news').getByText(ANNOUNCEMENT));
    await expectClean(trainer);
    await snap(trainer, '04-announcement-trainer', false);

    await learner.goto(`${app.url}/learn/classes`);
    const card = learner.getByRole('listitem').filter({ hasText: 'Lớp thử nội dung độc hại' });
    await visible(card.getByText(ANNOUNCEMENT));
    await expectClean(learner);
    await snap(learner, '05-announcement-learner');
    // The announcement also reaches the learner as a notification.
    await learner.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }).click();
    await visible(
      learner.locator(
        `#${await learner.locator('[aria-controls$="-panel"][aria-expanded="true"]').getAttribute('aria-controls')}`,
      ),
    );
    await expectClean(learner);
    await snap(learner, '06-announcement-notification', false);
  });

  it('keeps the API docs working under their own policy', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${app.url}/api/docs`);
    // A large bundle and the whole OpenAPI document: slow on a busy machine.
    await page.locator('.swagger-ui .opblock').first().waitFor({ state: 'visible', timeout: 90_000 });
    await visible(page.getByText('Lantỏa API', { exact: false }).first());
    await expectClean(page);
    await snap(page, '07-api-docs', false);
  });

  it('reports the violations it is made to see, and no page error', async () => {
    // The policy really is enforced: an inline script injected on purpose is blocked and reported.
    const page = await newPage(DESKTOP);
    await page.goto(`${app.url}/learn`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    const f = await findings(page);
    expect(f.pwned).toBeUndefined();
    expect(f.csp).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
    // And the checks used above do see what they look for.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.setAttribute('href', ' JavaScript:void 0');
      a.setAttribute('onclick', 'void 0');
      document.body.append(a, document.createElement('iframe'));
    });
    const seen = await findings(page);
    expect(seen.handlers).toEqual(['A onclick']);
    expect(seen.badAddresses).toEqual(['A  JavaScript:void 0']);
    expect(seen.frames).toBe(1);
    expect(seen.scripts).toEqual(['inline: window.__pwned = 1']);
    expect(pageErrors).toEqual([]);
    for (const c of contexts) await c.close();
  });
});
