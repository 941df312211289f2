import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium where it is installed (or CHROMIUM_PATH), otherwise Playwright's own browser
 * (`npx playwright install chromium` on machines that can download it). The flags keep a
 * headless run from reaching for the network, which this machine does not have.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((value): value is string => !!value);
  const executablePath = candidates.find((candidate) => existsSync(candidate));
  return {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
