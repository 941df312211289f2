import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  allowOnlyAppRequests,
  isAllowedRequest,
  requestAllowance,
  type RequestAllowance,
} from '../../electron/main/default-session';
import { NO_DICTIONARY_URL } from '../../electron/main/security';

const packaged = requestAllowance({ isPackaged: true, devServerUrl: 'http://localhost:5173' });
const development = requestAllowance({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });

describe('what the default session may load', () => {
  it('is only the app itself once packaged, even when a dev server is named', () => {
    expect(packaged).toEqual({ devServerOrigin: null, devTools: false });
  });

  it.each([
    'app://throughline/index.html',
    'app://throughline/assets/index-abc.js',
    'app://throughline/missing.png',
    NO_DICTIONARY_URL,
    'data:image/svg+xml;base64,PHN2Zy8+',
    'blob:app://throughline/6b1f3c1e-9a4e-4d8e-9f0e-0b7a0a6b2c11',
  ])('lets %s through', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(true);
  });

  it.each([
    'https://example.org/collect?profile=1',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'file:///etc/passwd',
    'ftp://example.org/',
    'app://other-host/index.html',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-extension://abcdef/page.html',
    'chrome://settings',
    'not a url',
  ])('cancels %s in the packaged app', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(false);
  });

  it('lets development reach its dev server, hot reload and DevTools, and nothing else', () => {
    for (const url of [
      'http://localhost:5173/',
      'http://localhost:5173/@vite/client',
      'ws://localhost:5173/?token=x',
      'devtools://devtools/bundled/devtools_app.html',
      'chrome-extension://abcdef/page.html',
      'app://throughline/index.html',
    ]) {
      expect(isAllowedRequest(url, development), url).toBe(true);
    }
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'https://example.org/',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedRequest(url, development), url).toBe(false);
    }
  });

  it('allows DevTools, but no dev server, when unpackaged without one', () => {
    const plain: RequestAllowance = requestAllowance({ isPackaged: false, devServerUrl: undefined });
    expect(plain).toEqual({ devServerOrigin: null, devTools: true });
    expect(isAllowedRequest('http://localhost:5173/', plain)).toBe(false);
  });

  it('cancels the refused requests of the session it guards', () => {
    let listener: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined;
    allowOnlyAppRequests(
      {
        webRequest: {
          onBeforeRequest: (handler: typeof listener) => {
            listener = handler;
          },
        } as unknown as Session['webRequest'],
      },
      packaged,
    );
    const callback = vi.fn();
    listener?.({ url: 'https://example.org/beacon' }, callback);
    listener?.({ url: 'app://throughline/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});
