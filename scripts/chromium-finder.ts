/**
 * Which Chromium the browser tests, the screenshots, the UI bench and the icon build launch. One
 * finder for all of them, so the browser `npm test` checked for is the one Playwright starts.
 * Search order: CHROMIUM_PATH, the system's Chromium or Chrome, Playwright's own download; when
 * none is there, `npx playwright install chromium` is tried once, for a bounded time.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from '@playwright/test';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export type ChromiumLookup =
  | { ok: true; path: string; source: ChromiumSource }
  /** `installable`: whether fetching Playwright's Chromium could still help. */
  | { ok: false; message: string; installable: boolean };

/** What the finder may look at; tests pass their own. */
export interface ChromiumProbe {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium (whether or not it was downloaded); null where it has none. */
  playwrightChromium: () => string | null;
}

/** Fetches Playwright's Chromium; true when it says it succeeded. Must give up after `timeoutMs`. */
export type ChromiumInstaller = (timeoutMs: number) => Promise<boolean>;

export const SYSTEM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'] as const;
/** Debian's Chromium, also when PATH leaves /usr/bin out (as some CI shells do). */
export const SYSTEM_FALLBACKS = ['/usr/bin/chromium'] as const;
/** A real download takes well under a minute; with no network the attempt fails in seconds. */
export const INSTALL_TIMEOUT_MS = 120_000;

const WHAT_TO_RUN =
  'run `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.';
export const NO_CHROMIUM = `No Chromium for the browser tests: ${WHAT_TO_RUN}`;
export const INSTALL_FAILED = `No Chromium for the browser tests, and \`npx playwright install chromium\` could not fetch one: ${WHAT_TO_RUN}`;

/** The first Chromium in search order, without installing anything. */
export function findChromium(probe: ChromiumProbe): ChromiumLookup {
  const chosen = probe.env['CHROMIUM_PATH']?.trim();
  if (chosen !== undefined && chosen !== '') {
    // Asked for by name: another browser in its place would test something else without saying so.
    return probe.isExecutable(chosen)
      ? { ok: true, path: chosen, source: 'CHROMIUM_PATH' }
      : {
          ok: false,
          installable: false,
          message: `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it at a Chromium or Chrome executable, or unset it.`,
        };
  }
  const folders = (probe.env['PATH'] ?? '').split(path.delimiter).filter((folder) => folder !== '');
  const system = [
    ...SYSTEM_COMMANDS.flatMap((command) => folders.map((folder) => path.join(folder, command))),
    ...SYSTEM_FALLBACKS,
  ];
  const onSystem = system.find((file) => probe.isExecutable(file));
  if (onSystem !== undefined) return { ok: true, path: onSystem, source: 'system' };
  const playwrights = probe.playwrightChromium();
  if (playwrights !== null && probe.isExecutable(playwrights)) {
    return { ok: true, path: playwrights, source: 'playwright' };
  }
  return { ok: false, installable: true, message: NO_CHROMIUM };
}

/** Finds a Chromium, fetching Playwright's once when there is none; never waits past `timeoutMs`. */
export async function ensureChromium(
  probe: ChromiumProbe,
  install: ChromiumInstaller,
  timeoutMs = INSTALL_TIMEOUT_MS,
): Promise<ChromiumLookup> {
  const first = findChromium(probe);
  if (first.ok || !first.installable) return first;
  const installed = await install(timeoutMs).catch(() => false);
  const second = findChromium(probe);
  if (second.ok) return second;
  return { ok: false, installable: false, message: installed ? NO_CHROMIUM : INSTALL_FAILED };
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The finder's view of this machine. */
export function nodeChromiumProbe(env: NodeJS.ProcessEnv = process.env): ChromiumProbe {
  return {
    env,
    isExecutable: isExecutableFile,
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        // Playwright throws on platforms it has no build for.
        return null;
      }
    },
  };
}

/**
 * `npx playwright install chromium`, quietly (the one line that matters is the finder's), killed with
 * everything it started when it runs past `timeoutMs`.
 */
export const installPlaywrightChromium: ChromiumInstaller = (timeoutMs) =>
  new Promise((resolve) => {
    const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], { stdio: 'ignore', detached: true });
    const timer = setTimeout(() => {
      try {
        // The download runs in a process of its own: end the whole group, not just the CLI.
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve(false);
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
