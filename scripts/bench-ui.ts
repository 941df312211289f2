/**
 * The renderer's figures (DESIGN.md §8), in Debian's Chromium through the e2e bridge: the app shell
 * with an empty profile, the large profile's whole timeline, and edits reflected on screen.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PROFILE_FILE } from '../electron/main/store/profile-store';
import type { Profile } from '../shared/domain/profile';
import { E2E_ORIGIN, installApp } from '../tests/support/app-bridge';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { largeProfile } from '../tests/support/large-profile';
import { startTestMainProcess } from '../tests/support/main-process';
import { seedProfileFile } from '../tests/support/profiles';

const RUNS = 5;
const EDITS = 50;
/** Edits before the measured ones, so both processes have compiled the paths an edit takes. */
const WARM_UP_EDITS = 6;

declare global {
  interface Window {
    __benchFrameAt?: number;
    __benchDrawnAt?: number;
  }
}

/**
 * Records, from navigation start, when the timeline's frame is first painted and when every item
 * (and every connector) is drawn. "Painted" is the task after the next animation frame.
 */
function recordPaints(expectedItems: number): void {
  const afterPaint = (record: (at: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now()), 0));
  const observer = new MutationObserver(() => {
    if (window.__benchFrameAt === undefined && document.querySelector('.tl-chart .recharts-cartesian-axis-tick')) {
      window.__benchFrameAt = -1;
      afterPaint((at) => (window.__benchFrameAt = at));
    }
    const layer = document.querySelector('.tl-layer');
    if (
      window.__benchDrawnAt === undefined &&
      layer !== null &&
      Number(layer.getAttribute('data-items')) === expectedItems &&
      layer.hasAttribute('data-connectors')
    ) {
      window.__benchDrawnAt = -1;
      afterPaint((at) => (window.__benchDrawnAt = at));
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { subtree: true, childList: true, attributes: true }),
  );
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`; the
 * functions sent to the page need that helper there too.
 */
async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return page;
}

async function openApp(browser: Browser, profile: Profile | null): Promise<{ page: Page; dataFolder: string }> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-bench-ui-'));
  if (profile !== null) seedProfileFile(dataFolder, profile, 1);
  const page = await newBenchPage(browser);
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
  await installApp(page, main);
  const items = profile === null ? 0 : profile.roles.length + profile.projects.length + profile.certificates.length;
  await page.addInitScript(recordPaints, items);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  return { page, dataFolder };
}

async function timeTo(page: Page, mark: '__benchFrameAt' | '__benchDrawnAt'): Promise<number> {
  await page.waitForFunction((name) => (window[name] ?? -1) > 0, mark, { timeout: 60_000 });
  return page.evaluate((name) => window[name] ?? Number.NaN, mark);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * One edit = Ctrl+Z or Shift+Ctrl+Z in the page, timed from the key press until the timeline and
 * the findings panel both show the new revision. A few edits first are not counted (warm-up).
 */
async function editTimes(page: Page): Promise<number[]> {
  return page.evaluate(
    async ({ edits, warmUp }) => {
      const revisionOf = (selector: string) => document.querySelector(selector)?.getAttribute('data-revision');
      const settled = (revision: string) =>
        new Promise<void>((resolve) => {
          const check = () =>
            revisionOf('[data-testid="timeline-chart"]') === revision && revisionOf('.findings') === revision;
          if (check()) {
            resolve();
            return;
          }
          const observer = new MutationObserver(() => {
            if (check()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-revision'] });
        });
      const times: number[] = [];
      for (let edit = 0; edit < warmUp + edits; edit++) {
        const before = Number(revisionOf('[data-testid="timeline-chart"]'));
        const started = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: edit % 2 === 1 }));
        await settled(String(before + 1));
        if (edit >= warmUp) times.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return times;
    },
    { edits: EDITS, warmUp: WARM_UP_EDITS },
  );
}

export async function uiFigures(): Promise<Array<[string, number]>> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const shell: number[] = [];
    const drawn: number[] = [];
    const profile = largeProfile();
    for (let run = 0; run < RUNS; run++) {
      const empty = await openApp(browser, null);
      shell.push(await timeTo(empty.page, '__benchFrameAt'));
      await empty.page.close();
      const large = await openApp(browser, profile);
      drawn.push(await timeTo(large.page, '__benchDrawnAt'));
      await large.page.close();
    }

    // A renamed certificate in the history gives Ctrl+Z and Shift+Ctrl+Z something real to undo and redo.
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-bench-ui-'));
    seedProfileFile(dataFolder, profile, 1);
    const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
    const certificate = profile.certificates[0];
    if (certificate === undefined) throw new Error('the large profile has no certificates');
    await main.dispatch(
      'profile.execute',
      { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true },
      {
        command: {
          type: 'certificate.update',
          certificate: { ...certificate, title: `${certificate.title} (renamed)` },
        },
      },
    );
    const page = await newBenchPage(browser);
    await installApp(page, main);
    await page.goto(`${E2E_ORIGIN}/index.html`);
    await page.waitForSelector('.findings[data-revision]', { timeout: 60_000 });
    const edits = await editTimes(page);
    await page.close();
    console.log(
      `# ui: ${path.join(dataFolder, PROFILE_FILE)}; edits ${edits.map((time) => time.toFixed(0)).join(' ')}`,
    );
    const sorted = [...edits].sort((a, b) => a - b);
    return [
      ['ui.empty_shell_ms', median(shell)],
      ['ui.first_timeline_ms', median(drawn)],
      ['ui.edit_p95_ms', sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Number.NaN],
    ];
  } finally {
    await browser.close();
  }
}
