import type { LaunchOptions } from '@playwright/test';
import { findChromium, nodeChromiumProbe } from '../chromium-finder';

/**
 * The Chromium that scripts/ensure-browser.ts found (same finder, same order: CHROMIUM_PATH, the
 * system's, Playwright's own), so the browser `npm test` checked is the one launched. The flags
 * keep a headless run from reaching for the network, which this machine does not have.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const found = findChromium(nodeChromiumProbe());
  // Stops Playwright with the finder's one line, not "Executable doesn't exist" once per test.
  if (!found.ok) throw new Error(found.message);
  return {
    executablePath: found.path,
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
