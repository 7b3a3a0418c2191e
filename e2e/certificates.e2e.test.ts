// Browser journey for certificates (F6): a new learner completes the "Bình dân học AI" level-1
// course (every answer sent by the signed-in page to the same endpoint the player uses, answered
// from the modules' keys), the certificate appears on "Chứng nhận của tôi", the PDF downloads and
// the test reads its text and decodes its QR code; the QR address opens the public verification
// page signed out and says "valid"; a campaign officer revokes it in the console and the same
// page then says "revoked". Runs Debian Chromium through playwright-core on a fresh demo database.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../apps/server/src/modules/catalog/pack.ts';
import { keyedResponse } from '../apps/server/src/modules/demo/demo.learner.ts';
import type { Question } from '../apps/server/src/modules/learning/grading/index.ts';
import { pageApi, type RunningApp, startApp, visible, WAIT_MS } from './support/journey.ts';
import { chromiumLaunchOptions } from './support/server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const LEARNER = 'Hà Văn Thắng';
const COURSE_TITLE = 'Chứng nhận Bình dân học AI – Bậc 1: Xử lý văn bản cơ bản';

describe('certificate journey (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let learner: Page;
  let tmp: string;
  let verifyAddress = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-cert-e2e-'));
    app = await startApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'vi-VN', acceptDownloads: true });
    learner = await ctx.newPage();
    learner.setDefaultTimeout(WAIT_MS);
    learner.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the demo learner a certificate at once', async () => {
    const demo = await (await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })).newPage();
    await demo.goto(`${app.url}/login`);
    await demo.getByLabel('Số điện thoại hoặc email').fill('hocvien@lantoa.demo');
    await demo.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await demo.getByRole('button', { name: 'Đăng nhập' }).click();
    await demo.waitForURL(/\/learn/);
    await demo.goto(`${app.url}/learn/certificates`);
    await visible(demo.getByText('Chứng nhận hoàn thành khóa học: Sức khỏe số và môi trường'));
    await demo.context().close();
  });

  it('completes the level-1 course and sees the certificate appear', async () => {
    await learner.goto(`${app.url}/login`);
    const reg = await pageApi<{ person: { id: string } }>(learner, 'POST', '/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: LEARNER,
      login: '0987654321',
      password: 'hoc-ai-moi-ngay',
    });
    expect(reg.status).toBe(201);
    const units = await pageApi<{ items: { id: number }[] }>(learner, 'GET', '/api/units?q=05443');
    const profile = await pageApi(learner, 'PUT', '/api/learning/profile', {
      targetGroup: 'citizen',
      unitId: units.json.items[0]?.id,
    });
    expect(profile.status).toBe(200);

    const loaded = loadPack(path.join(ROOT, 'content/core'));
    if (!loaded.pack) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
    const course = loaded.pack.programmes.programmes
      .find((p) => p.id === 'binh-dan-hoc-ai')
      ?.courses.find((c) => c.id === 'ai-bac-1-xu-ly-van-ban');
    expect(course?.modules.length).toBe(8);
    let earned: { title: string }[] = [];
    for (const moduleId of course?.modules ?? []) {
      const mod = loaded.pack.modules.find((m) => m.header.id === moduleId);
      const questions = (mod?.blocks ?? []).flatMap((b) => (b.type === 'quiz' ? b.questions : []));
      const res = await pageApi<{ certificates: { title: string }[] }>(
        learner,
        'POST',
        '/api/learning/answers',
        {
          answers: questions.map((q) => ({
            id: crypto.randomUUID(),
            moduleId,
            questionId: q.id,
            response: keyedResponse(q as Question),
          })),
        },
      );
      expect(res.status).toBe(200);
      // Nothing is issued before the last module of the course.
      if (moduleId !== course?.modules.at(-1)) expect(res.json.certificates).toEqual([]);
      else earned = res.json.certificates;
    }
    expect(earned.map((c) => c.title)).toEqual([COURSE_TITLE]);

    await learner.goto(`${app.url}/learn/certificates`);
    await visible(learner.getByRole('heading', { level: 1, name: 'Chứng nhận của tôi' }));
    await visible(learner.getByText(COURSE_TITLE).first());
    await learner.screenshot({ path: `${SCREENSHOTS}cert-01-my-certificates.png`, fullPage: true });
  });

  it('downloads the PDF: its text names the learner and the course, its QR code the verification page', async () => {
    const card = learner.locator('article.cert-card').filter({ hasText: COURSE_TITLE });
    const [download] = await Promise.all([
      learner.waitForEvent('download'),
      card.getByRole('link', { name: 'Tải PDF' }).click(),
    ]);
    const file = path.join(tmp, 'certificate.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(LEARNER);
    expect(text).toContain('Bình dân học AI – Bậc 1');
    expect(text).toMatch(/Số hiệu: AI1-\d{4}-\d{6}/);
    expect(text).toContain('CHỨNG NHẬN');

    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, path.join(tmp, 'page')]);
    const png = PNG.sync.read(readFileSync(path.join(tmp, 'page.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toMatch(new RegExp(`^${app.url}/verify/[0-9a-f-]{36}$`));
    verifyAddress = qr?.data as string;
    const [jsonDownload] = await Promise.all([
      learner.waitForEvent('download'),
      card.getByRole('link', { name: 'Tải tệp chứng nhận (JSON)' }).click(),
    ]);
    await jsonDownload.saveAs(path.join(tmp, 'credential.json'));
    expect(JSON.parse(readFileSync(path.join(tmp, 'credential.json'), 'utf8')).type).toBe(
      'EnvelopedVerifiableCredential',
    );
    const mine = await pageApi<{ items: { verifyUrl: string; title: string }[] }>(
      learner,
      'GET',
      '/api/learning/certificates',
    );
    expect(mine.json.items.find((c) => c.title === COURSE_TITLE)?.verifyUrl).toBe(verifyAddress);
  });

  it('opens the QR address signed out and shows the certificate valid', async () => {
    const visitor = await (await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })).newPage();
    await visitor.goto(verifyAddress);
    const status = await visible(visitor.getByTestId('verify-status'));
    expect(await status.getAttribute('data-status')).toBe('valid');
    await visible(visitor.getByText(LEARNER).first());
    await visible(visitor.getByText(COURSE_TITLE).first());
    expect(await visitor.content()).not.toContain('0987654321');
    await visitor.screenshot({ path: `${SCREENSHOTS}cert-02-verify-valid.png`, fullPage: true });
    await visitor.context().close();
  });

  it('lets the campaign office revoke it, after which the page says revoked', async () => {
    const officer = await (await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' })).newPage();
    officer.setDefaultTimeout(WAIT_MS);
    officer.on('pageerror', (e) => pageErrors.push(e.message));
    await officer.goto(`${app.url}/login`);
    await officer.getByLabel('Số điện thoại hoặc email').fill('tinh@lantoa.demo');
    await officer.getByLabel('Mật khẩu', { exact: true }).fill('lantoa-demo-2025');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.waitForURL((u) => !u.pathname.startsWith('/login'));
    await officer.getByRole('link', { name: 'Chứng nhận', exact: true }).first().click();
    await visible(officer.getByRole('heading', { level: 1, name: 'Chứng nhận' }));
    await officer.getByRole('searchbox').first().fill('ha van thang');
    await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = await visible(
      officer.getByRole('row').filter({ hasText: LEARNER }).filter({ hasText: 'AI1-' }),
    );
    await officer.screenshot({ path: `${SCREENSHOTS}cert-03-console-list.png`, fullPage: true });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    const dialog = await visible(officer.getByRole('dialog'));
    await dialog.getByRole('textbox').fill('Kết quả học tập không trung thực');
    await officer.screenshot({ path: `${SCREENSHOTS}cert-04-revoke-dialog.png` });
    await dialog.getByRole('button', { name: 'Thu hồi' }).click();
    await visible(officer.getByRole('row').filter({ hasText: LEARNER }).filter({ hasText: 'Đã thu hồi' }));

    const visitor = await (await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })).newPage();
    await visitor.goto(verifyAddress);
    const status = await visible(visitor.getByTestId('verify-status'));
    expect(await status.getAttribute('data-status')).toBe('revoked');
    await visible(visitor.getByText('Kết quả học tập không trung thực'));
    await visitor.screenshot({ path: `${SCREENSHOTS}cert-05-verify-revoked.png`, fullPage: true });

    // The credential file the learner downloaded, uploaded on the public check page: the
    // signature still holds, and the check reports the revocation.
    await visitor.getByRole('link', { name: 'Kiểm tra một tệp chứng nhận điện tử' }).click();
    await visitor.getByLabel('Chọn tệp chứng nhận').setInputFiles(path.join(tmp, 'credential.json'));
    await visitor.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const checked = await visible(visitor.getByTestId('verify-status'));
    expect(await checked.getAttribute('data-status')).toBe('revoked');
    await visible(visitor.getByText('✓ Chữ ký số đúng'));
    await visitor.screenshot({ path: `${SCREENSHOTS}cert-06-verify-file.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
