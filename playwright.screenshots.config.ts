import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/** `npm run screenshots`: regenerates the README's pictures from the real app screens. */
export default defineConfig({
  ...baseConfig,
  testDir: 'tests/screenshots',
  workers: 1,
});
