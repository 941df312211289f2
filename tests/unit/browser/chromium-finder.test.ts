import { describe, expect, it, vi } from 'vitest';
import {
  ensureChromium,
  findChromium,
  INSTALL_FAILED,
  type ChromiumInstaller,
  type ChromiumProbe,
} from '../../../scripts/chromium-finder';
import { chromiumLaunchOptions } from '../../../scripts/support/chromium';

const PLAYWRIGHTS = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine holding exactly `files`; `add` puts one more there (as an installer would). */
function machine(files: string[], env: Record<string, string> = {}, playwright: string | null = PLAYWRIGHTS) {
  const present = new Set(files);
  const probe: ChromiumProbe = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    isExecutable: (file) => present.has(file),
    playwrightChromium: () => playwright,
  };
  return { probe, add: (file: string) => present.add(file) };
}

const failingInstaller = () => vi.fn<ChromiumInstaller>(() => Promise.resolve(false));

describe('finding the Chromium the browser tests launch', () => {
  it('takes CHROMIUM_PATH first, over any other browser', () => {
    const { probe } = machine(['/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHTS], {
      CHROMIUM_PATH: '/opt/chrome/chrome',
    });
    expect(findChromium(probe)).toEqual({ ok: true, path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('says so at once when CHROMIUM_PATH names nothing, instead of quietly testing another browser', async () => {
    const { probe } = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/missing/chrome' });
    const install = failingInstaller();
    const found = await ensureChromium(probe, install);
    expect(found).toMatchObject({ ok: false });
    expect(!found.ok && found.message).toContain('CHROMIUM_PATH is /opt/missing/chrome');
    expect(install).not.toHaveBeenCalled();
  });

  it("then the system's chromium, chromium-browser or google-chrome, in that order, along PATH", () => {
    expect(findChromium(machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']).probe)).toEqual({
      ok: true,
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(findChromium(machine(['/usr/local/bin/chromium', '/usr/bin/chromium']).probe)).toMatchObject({
      path: '/usr/local/bin/chromium',
    });
  });

  it("finds Debian's /usr/bin/chromium even when PATH leaves /usr/bin out", () => {
    const { probe } = machine(['/usr/bin/chromium', PLAYWRIGHTS], { PATH: '/bin' });
    expect(findChromium(probe)).toEqual({ ok: true, path: '/usr/bin/chromium', source: 'system' });
  });

  it("then Playwright's own Chromium, when it was downloaded", () => {
    expect(findChromium(machine([PLAYWRIGHTS]).probe)).toEqual({ ok: true, path: PLAYWRIGHTS, source: 'playwright' });
    expect(findChromium(machine([]).probe)).toMatchObject({ ok: false, installable: true });
    expect(findChromium(machine([], {}, null).probe)).toMatchObject({ ok: false, installable: true });
  });

  it('installs nothing when a browser is there', async () => {
    const install = failingInstaller();
    expect(await ensureChromium(machine(['/usr/bin/chromium']).probe, install)).toMatchObject({ ok: true });
    expect(install).not.toHaveBeenCalled();
  });

  it("fetches Playwright's Chromium, within the time given, when there is no browser at all", async () => {
    const { probe, add } = machine([]);
    const install = vi.fn<ChromiumInstaller>(() => {
      add(PLAYWRIGHTS);
      return Promise.resolve(true);
    });
    expect(await ensureChromium(probe, install, 5_000)).toEqual({ ok: true, path: PLAYWRIGHTS, source: 'playwright' });
    expect(install).toHaveBeenCalledWith(5_000);
  });

  it('stops with one line naming the commands to run when the install fails (no network)', async () => {
    const install = failingInstaller();
    const found = await ensureChromium(machine([]).probe, install);
    expect(install).toHaveBeenCalledTimes(1);
    expect(found).toEqual({ ok: false, installable: false, message: INSTALL_FAILED });
    const message = found.ok ? '' : found.message;
    expect(message).not.toContain('\n');
    for (const remedy of ['apt-get install chromium', 'npx playwright install chromium', 'CHROMIUM_PATH'])
      expect(message).toContain(remedy);
  });

  it('treats an installer that throws like one that failed', async () => {
    const install = vi.fn(() => Promise.reject(new Error('spawn ENOENT')));
    expect(await ensureChromium(machine([]).probe, install)).toMatchObject({ ok: false, message: INSTALL_FAILED });
  });
});

describe('the browser the tests launch', () => {
  it('is the one the finder found', () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath);
    try {
      expect(chromiumLaunchOptions().executablePath).toBe(process.execPath);
      vi.stubEnv('CHROMIUM_PATH', '/opt/missing/chrome');
      expect(() => chromiumLaunchOptions()).toThrow('CHROMIUM_PATH is /opt/missing/chrome');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
