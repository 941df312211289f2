/**
 * Run before anything that launches Chromium (`npm test`, `test:e2e`, screenshots, bench, icons):
 * finds the browser, or fetches Playwright's where the network allows, or stops at once with one
 * line saying what to run, before minutes are spent building.
 */
import { ensureChromium, installPlaywrightChromium, nodeChromiumProbe } from './chromium-finder';

const found = await ensureChromium(nodeChromiumProbe(), installPlaywrightChromium);
if (found.ok) {
  const where = { CHROMIUM_PATH: 'from CHROMIUM_PATH', system: "the system's", playwright: "Playwright's" }[
    found.source
  ];
  console.log(`Chromium: ${found.path} (${where})`);
} else {
  // A non-zero status stops the npm script chain (`ensure-browser && …`) before anything is built.
  console.error(found.message);
  process.exitCode = 1;
}
