/**
 * The renderer's figures (DESIGN.md §8), in Debian's Chromium through the e2e bridge: the app shell
 * with an empty profile, the large profile's whole timeline, and edits reflected on screen. The
 * budgets are on ratios taken in the same run (a loaded machine slows both sides alike):
 * `ui.first_timeline_ratio` (the large timeline drawn ÷ the empty shell painted, run by run) and
 * `ui.edit_ratio` (p95 of edits on the large profile ÷ p95 of edits on the sample profile). The
 * absolute times are printed beside them as information.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PROFILE_FILE } from '../electron/main/store/profile-store';
import type { Profile } from '../shared/domain/profile';
import { E2E_ORIGIN, installApp } from './support/app-bridge';
import { chromiumLaunchOptions } from './support/chromium';
import { largeProfile } from './support/large-profile';
import { startTestMainProcess } from './support/main-process';
import { sampleProfile, seedProfileFile } from './support/profiles';

const RUNS = 5;
const EDITS = 50;
/** The edits of the two profiles alternate in blocks of this many, so both meet the same machine. */
const EDIT_BLOCK = 10;
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

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Number.NaN;
}

/**
 * One edit = Ctrl+Z or Shift+Ctrl+Z in the page, timed from the key press until the timeline and
 * the findings panel both show the new revision. The first `warmUp` edits are not counted. The
 * count of edits made so far keeps undo and redo alternating across calls.
 */
async function editTimes(page: Page, edits: number, warmUp: number): Promise<number[]> {
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
      const state = window as Window & { __benchEdits?: number };
      for (let edit = 0; edit < warmUp + edits; edit++) {
        const before = Number(revisionOf('[data-testid="timeline-chart"]'));
        const redo = (state.__benchEdits ?? 0) % 2 === 1;
        state.__benchEdits = (state.__benchEdits ?? 0) + 1;
        const started = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: redo }));
        await settled(String(before + 1));
        if (edit >= warmUp) times.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return times;
    },
    { edits, warmUp },
  );
}

/**
 * The app open on `profile`, with a renamed certificate in its history, so Ctrl+Z and
 * Shift+Ctrl+Z have something real to undo and redo.
 */
async function openForEdits(browser: Browser, profile: Profile): Promise<{ page: Page; file: string }> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-bench-ui-'));
  seedProfileFile(dataFolder, profile, 1);
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
  const certificate = profile.certificates[0];
  if (certificate === undefined) throw new Error('a profile for the edit bench needs a certificate');
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
  return { page, file: path.join(dataFolder, PROFILE_FILE) };
}

/** EDITS edits on each profile, in alternating blocks after a warm-up on each. */
async function pairedEditTimes(browser: Browser, profile: Profile): Promise<{ sample: number[]; large: number[] }> {
  const sample = await openForEdits(browser, sampleProfile());
  const large = await openForEdits(browser, profile);
  const times = { sample: [] as number[], large: [] as number[] };
  await editTimes(sample.page, 0, WARM_UP_EDITS);
  await editTimes(large.page, 0, WARM_UP_EDITS);
  for (let done = 0; done < EDITS; done += EDIT_BLOCK) {
    const block = Math.min(EDIT_BLOCK, EDITS - done);
    await sample.page.bringToFront();
    times.sample.push(...(await editTimes(sample.page, block, 0)));
    await large.page.bringToFront();
    times.large.push(...(await editTimes(large.page, block, 0)));
  }
  await sample.page.close();
  await large.page.close();
  const list = (values: number[]) => values.map((time) => time.toFixed(0)).join(' ');
  console.log(`# ui: ${large.file}; edits ${list(times.large)}; sample ${list(times.sample)}`);
  return times;
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
    // Each run's pair was measured seconds apart, so its ratio sees one state of the machine.
    const firstTimelineRatio = median(drawn.map((time, run) => time / (shell[run] ?? Number.NaN)));

    const edits = await pairedEditTimes(browser, profile);
    return [
      ['ui.empty_shell_ms', median(shell)],
      ['ui.first_timeline_ms', median(drawn)],
      ['ui.first_timeline_ratio', firstTimelineRatio],
      ['ui.sample_edit_p95_ms', p95(edits.sample)],
      ['ui.edit_p95_ms', p95(edits.large)],
      ['ui.edit_ratio', p95(edits.large) / p95(edits.sample)],
    ];
  } finally {
    await browser.close();
  }
}
