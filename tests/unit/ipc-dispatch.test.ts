import { createPreferences, memoryPreferenceStore } from '../../electron/main/preferences/preferences';
import { describe, expect, it } from 'vitest';
import { ipcContract } from '../../shared/ipc/contract';
import { IpcErrorSchema } from '../../shared/ipc/result';
import { AppError } from '../../electron/main/app-error';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createImportEngine } from '../../electron/main/import/import-engine';
import { testImportWorker } from '../../scripts/support/import-worker';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createSenderCheck } from '../../electron/main/ipc/sender';
import { APP_ORIGIN } from '../../electron/main/app-protocol';
import {
  APP_MAIN_FRAME,
  ScriptedDesktop,
  startTestMainProcess,
  testTaxonomy,
} from '../../scripts/support/main-process';

describe('IPC dispatch', () => {
  it('answers the app window with values that match the contract', async () => {
    const main = startTestMainProcess();
    const info = await main.dispatch('app.info', APP_MAIN_FRAME, {});
    expect(info.ok).toBe(true);
    if (info.ok) expect(ipcContract['app.info'].response.parse(info.value).attribution).toContain('ESCO');

    const profile = await main.dispatch('profile.get', APP_MAIN_FRAME, {});
    expect(profile).toMatchObject({ ok: true, value: { revision: 0, profile: { roles: [], certificates: [] } } });
  });

  it.each([
    ['a subframe of the app', { frameUrl: `${APP_ORIGIN}/index.html`, isAppMainFrame: false }],
    ['a main frame that navigated to another site', { frameUrl: 'https://example.com/', isAppMainFrame: true }],
    ['a file:// page', { frameUrl: 'file:///etc/passwd', isAppMainFrame: true }],
    ['a frame that is gone', { frameUrl: null, isAppMainFrame: true }],
    ['a frame with an unparsable URL', { frameUrl: 'not a url', isAppMainFrame: true }],
  ])('rejects a call from %s', async (_name, sender) => {
    const main = startTestMainProcess();
    const result = await main.dispatch('profile.get', sender, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('accepts the dev server origin only when it is configured', () => {
    const check = createSenderCheck([APP_ORIGIN, 'http://localhost:5173']);
    expect(check({ frameUrl: 'http://localhost:5173/', isAppMainFrame: true })).toBe(true);
    expect(check({ frameUrl: 'http://localhost:5174/', isAppMainFrame: true })).toBe(false);
  });

  it('rejects unknown channels, including prototype keys', async () => {
    const main = startTestMainProcess();
    for (const channel of ['profile.delete', '__proto__', 'constructor', 'toString', '']) {
      const result = await main.dispatch(channel, APP_MAIN_FRAME, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_CHANNEL');
    }
  });

  it('turns a handler failure into a typed error instead of throwing across IPC', async () => {
    const base = createHandlers({
      appInfo: () => {
        throw new TypeError('boom');
      },
      profiles: Promise.reject(new AppError('STORE_UNAVAILABLE', 'The profile file is locked.')),
      desktop: new ScriptedDesktop(),
      clock: () => new Date(),
      taxonomy: testTaxonomy(),
      newId: () => 'id',
      importEngine: createImportEngine({ taxonomy: testTaxonomy(), script: testImportWorker() }),
      printPdf: () => Promise.reject(new Error('not printing here')),
      preferences: createPreferences(memoryPreferenceStore()),
    });
    const reported: unknown[] = [];
    const dispatch = createDispatcher({
      handlers: base,
      isTrustedSender: () => true,
      reportInternalError: (_channel, error) => reported.push(error),
    });
    const info = await dispatch('app.info', APP_MAIN_FRAME, {});
    if (info.ok) throw new Error('a throwing handler must not answer ok');
    expect(IpcErrorSchema.parse(info.error).code).toBe('INTERNAL');
    expect(info.error.message).not.toContain('boom');
    expect(reported).toHaveLength(1);

    const profile = await dispatch('profile.get', APP_MAIN_FRAME, {});
    expect(profile).toEqual({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE', message: 'The profile file is locked.' },
    });
  });

  it('names the problem when a request has an extra key', async () => {
    const main = startTestMainProcess();
    const result = await main.dispatch('app.info', APP_MAIN_FRAME, { sneaky: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_REQUEST');
      expect(result.error.message).toContain('sneaky');
    }
  });
});
