import { defineConfig } from '@playwright/test';

/** The real app through Playwright's _electron; run by `npm run test:electron` where the binary exists. */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
});
