import { test as base, expect, type Page } from '@playwright/test';
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

export { expect };
