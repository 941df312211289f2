import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Profile } from '../../shared/domain/profile';
import { seedProfileFile } from '../../scripts/support/profiles';
import { E2E_ORIGIN, installApp } from '../../scripts/support/app-bridge';
import { startTestMainProcess, type TestMainProcess } from '../../scripts/support/main-process';

export { E2E_ORIGIN, installApp };

export interface AppFixture {
  page: Page;
  main: TestMainProcess;
  /** Loads the app's first screen and waits for it to settle. */
  open(): Promise<void>;
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN] });
    await installApp(page, main);
    await use({
      page,
      main,
      open: async () => {
        await page.goto(`${E2E_ORIGIN}/index.html`);
        await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
      },
    });
    expect(main.internalErrors, 'main process reported internal errors').toEqual([]);
  },
});

/** Opens the app on `profile`, already saved at `revision` in a fresh data folder. */
export async function openWithProfile(page: Page, profile: Profile, revision = 1): Promise<TestMainProcess> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
  seedProfileFile(dataFolder, profile, revision);
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  return main;
}

export { expect };
