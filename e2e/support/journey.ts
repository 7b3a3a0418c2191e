// Shared pieces of the browser journeys: the app under test and a waiting helper.
import type { Locator } from 'playwright-core';

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
