import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/support/chromium';

/** End-to-end tests: the built renderer in Chromium, bridged to the real main-process handlers. */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  },
});
