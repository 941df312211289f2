import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ipcContract } from '../../shared/ipc/contract';
import { EVENT_METHODS } from '../../shared/ipc/events';
import { electronBinary } from '../../scripts/support/electron-binary';

const binary = electronBinary();
test.skip(binary === null, 'skipped: Electron binary not installed');

const root = path.resolve(import.meta.dirname, '../..');

async function launch(dataFolder: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary ?? undefined,
    args: [root],
    env: { ...process.env, THROUGHLINE_DATA_DIR: dataFolder },
  });
}

test.describe('the real app', () => {
  let app: ElectronApplication;
  let dataFolder: string;

  test.beforeEach(async () => {
    dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-electron-'));
    app = await launch(dataFolder);
  });

  test.afterEach(async () => {
    await app.close();
  });

  test('opens the first screen from app://', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
    expect(page.url()).toBe('app://throughline/index.html');
    await expect(page.getByRole('status')).toHaveText('Saved on this computer');
  });

  test('gives the renderer no Node: no require, process or ipcRenderer', async () => {
    const page = await app.firstWindow();
    const reach = await page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>;
      return [typeof globals['require'], typeof globals['process'], typeof globals['ipcRenderer']];
    });
    expect(reach).toEqual(['undefined', 'undefined', 'undefined']);
  });

  test('exposes exactly the contract methods, and they answer', async () => {
    const page = await app.firstWindow();
    const methods = await page.evaluate(() => Object.keys((window as unknown as { throughline: object }).throughline));
    expect(methods.sort()).toEqual([...Object.values(ipcContract).map((spec) => spec.method), ...EVENT_METHODS].sort());
    const info = await page.evaluate(() => window.throughline.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { name: 'Throughline', dataFolder } });
  });

  test('refuses to navigate away or open windows', async () => {
    const page = await app.firstWindow();
    await page.evaluate(() => {
      // Not http(s), so nothing is handed to the system browser during the test either.
      window.location.href = 'file:///etc/hosts';
      window.open('file:///etc/hosts');
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://throughline/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('a second launch hands over to the first and exits', async () => {
    const second = await launch(dataFolder).catch(() => null);
    if (second !== null) {
      await expect.poll(() => second.process().exitCode, { timeout: 10_000 }).not.toBeNull();
    }
    expect(app.windows()).toHaveLength(1);
  });
});
