import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppRequest } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

// The renderer folder sits beside a file it must never serve, whatever the URL says.
const parentDir = mkdtempSync(path.join(tmpdir(), 'throughline-renderer-'));
const rendererDir = path.join(parentDir, 'renderer');
mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
writeFileSync(path.join(parentDir, 'secret'), 'SECRET');
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(path.join(rendererDir, 'assets/app.js'), 'console.log(1)');

describe('the app:// protocol', () => {
  it('serves the renderer files with the strict CSP and the right type', async () => {
    const response = await serveAppRequest(rendererDir, 'app://throughline/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toContain(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppFile(rendererDir, 'app://throughline/')).toBe(path.join(rendererDir, 'index.html'));
  });

  it.each([
    'app://throughline/../../etc/passwd',
    'app://throughline/%2e%2e/%2e%2e/etc/passwd',
    'app://throughline/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://throughline/assets%5c..%5c..%5csecret',
    'app://throughline/%00index.html',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://throughline/index.html',
    'app://throughline/%E0%A4%A',
    'app://throughline/..%2fsecret',
    'app://throughline/assets/..%2f..%2fsecret',
  ])('refuses %s', async (url) => {
    // Either the URL is refused outright, or it names a file inside the folder, which is not there.
    const file = resolveAppFile(rendererDir, url);
    if (file !== null) expect(file.startsWith(rendererDir + path.sep)).toBe(true);
    const response = await serveAppRequest(rendererDir, url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await serveAppRequest(rendererDir, 'app://throughline/missing.js')).status).toBe(404);
  });

  it.each([
    ['a missing file', 'app://throughline/missing.html'],
    ['a path out of the folder', 'app://throughline/%2e%2e/%2e%2e/etc/passwd'],
    ['another host', 'app://other-host/index.html'],
    ['a folder, which cannot be read as a file', 'app://throughline/assets'],
  ])('answers %s with the same CSP and nosniff as a file', async (_case, url) => {
    const served = await serveAppRequest(rendererDir, 'app://throughline/index.html');
    const refused = await serveAppRequest(rendererDir, url);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-security-policy')).toBe(served.headers.get('content-security-policy'));
    expect(refused.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(refused.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
