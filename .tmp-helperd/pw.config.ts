import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/support/chromium';
export default defineConfig({
  testDir: '.',
  globalSetup: '../tests/support/global-setup.ts',
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' },
});
