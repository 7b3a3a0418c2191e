// Shared pieces of the browser journeys: the app under test, a waiting helper, JSON calls from a page.
import type { Locator, Page } from 'playwright-core';

export const WAIT_MS = 15_000;

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** The platform under test: LANTOA_E2E_BASE_URL when given (an app already running), else a fresh one. */
export async function startApp(opts: { contentPacks?: string[] } = {}): Promise<RunningApp> {
  const external = process.env.LANTOA_E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };
  const { startTestServer } = await import('./server.ts');
  return startTestServer(opts);
}

/** Waits until the locator is visible (vitest's expect does not retry like Playwright's). */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: WAIT_MS });
  return locator;
}

/** A JSON request from the signed-in page, with its CSRF token, as the web app sends it. */
export function pageApi<T>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await fetch('/api/auth/session').then((r) => (r.ok ? r.json() : null));
      const res = await fetch(url, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(session ? { 'x-csrf-token': session.csrfToken } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    { method, url, body },
  ) as Promise<{ status: number; json: T }>;
}
