import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ipcContract } from '../../shared/ipc/contract';
import { EVENT_METHODS } from '../../shared/ipc/events';
import { expect, test } from './harness';

test.describe('what the renderer can reach', () => {
  test('has no require, process or ipcRenderer anywhere it can look', async ({ app }) => {
    await app.open();
    const reach = await app.page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>;
      const bridge = globals['throughline'] as Record<string, unknown>;
      return {
        require: typeof globals['require'],
        process: typeof globals['process'],
        module: typeof globals['module'],
        ipcRenderer: typeof globals['ipcRenderer'],
        electron: typeof globals['electron'],
        bridgeIpc: typeof bridge['ipcRenderer'],
        bridgeInvoke: typeof bridge['invoke'],
        bridgeFrozen: Object.isFrozen(bridge),
      };
    });
    expect(reach).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      bridgeIpc: 'undefined',
      bridgeInvoke: 'undefined',
      bridgeFrozen: true,
    });
  });

  test('sees exactly the contract methods on window.throughline', async ({ app }) => {
    await app.open();
    const methods = await app.page.evaluate(() =>
      Object.keys((window as unknown as { throughline: object }).throughline),
    );
    expect(methods.sort()).toEqual([...Object.values(ipcContract).map((spec) => spec.method), ...EVENT_METHODS].sort());
  });

  test('CSP blocks an injected inline script and eval', async ({ app }) => {
    await app.open();
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      // A string timer is compiled by the page itself, so CSP judges it as eval (DevTools' own
      // evaluation, which runs this function, is exempt).
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point is to prove eval is refused
      setTimeout('window.__evaluated = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const globals = window as unknown as Record<string, unknown>;
      return { injectedRan: globals['__injected'] === true, evalRan: globals['__evaluated'] === true, violations };
    });
    expect(outcome.injectedRan).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src']));
  });

  test('a call from a foreign frame is rejected and changes nothing', async ({ app }) => {
    await app.open();
    const { page, main } = app;
    const digest = () =>
      existsSync(main.profilePath)
        ? createHash('sha256').update(readFileSync(main.profilePath)).digest('hex')
        : 'absent';
    const before = await page.evaluate(() => window.throughline.getProfile());
    expect(before.ok).toBe(true);
    const fileBefore = digest();

    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>embedded</p>';
      frame.title = 'embedded';
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    });
    const child = page.frames().find((frame) => frame !== page.mainFrame());
    if (child === undefined) throw new Error('the test iframe did not load');
    const fromChild = await child.evaluate(() => window.throughline.getProfile());
    expect(fromChild).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    expect(digest()).toBe(fileBefore);
  });
});
