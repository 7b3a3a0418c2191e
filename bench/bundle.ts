// JavaScript a learner downloads to open a lesson (budget: < 250 KB gzipped for the learner
// routes): opens /learn/modules/<id> in Chromium as a newly registered learner and adds up the
// gzipped size of every script the page loads (the entry, the learner routes and the
// translations), plus the same for the sign-in page.
//   npm run bench -- bundle
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions, startTestServer } from '../e2e/support/server.ts';
import { report } from './_stats.ts';

const server = await startTestServer();
const browser = await chromium.launch(chromiumLaunchOptions);

async function scriptsOf(page: Page, url: string, settle: () => Promise<unknown>) {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  page.on('response', async (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (!/javascript/.test(type)) return;
    try {
      const body = await res.body();
      sizes.set(res.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      /* redirected or aborted */
    }
  });
  await page.goto(url);
  await settle();
  await page.waitForLoadState('networkidle');
  const all = [...sizes.values()];
  return {
    files: all.length,
    raw: all.reduce((n, s) => n + s.raw, 0),
    gzip: all.reduce((n, s) => n + s.gzip, 0),
  };
}

try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const login = await scriptsOf(page, `${server.url}/login`, () =>
    page.getByRole('button').first().waitFor(),
  );
  report('bundle', 'login_js_gzip', login.gzip / 1024, 'KB');

  // A learner with a profile, then a fresh page so nothing is cached.
  const api = context.request;
  const reg = await api.post(`${server.url}/api/auth/register`, {
    data: {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Người Đo Gói',
      login: 'bundle@lantoa.test',
      password: 'bundle-password-1',
    },
  });
  const csrf = (await reg.json()).csrfToken as string;
  const unit = (await (await api.get(`${server.url}/api/units?q=05443`)).json()).items[0].id;
  await api.put(`${server.url}/api/learning/profile`, {
    data: { targetGroup: 'citizen', unitId: unit },
    headers: { 'x-csrf-token': csrf },
  });
  const lesson = await context.newPage();
  await lesson.route('**/*', (route) =>
    route.continue({ headers: { ...route.request().headers(), 'cache-control': 'no-cache' } }),
  );
  const learn = await scriptsOf(lesson, `${server.url}/learn/modules/smartphone-lam-quen`, () =>
    lesson
      .getByRole('button', { name: /Tiếp|Next/ })
      .first()
      .waitFor(),
  );
  report('bundle', 'learner_module_js_files', learn.files, '');
  report('bundle', 'learner_module_js_raw', learn.raw / 1024, 'KB');
  report('bundle', 'learner_module_js_gzip', learn.gzip / 1024, 'KB');
  report('bundle', 'learner_module_budget_ratio', learn.gzip / 1024 / 250, '');
} finally {
  await browser.close();
  await server.close();
}
