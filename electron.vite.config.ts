import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

/**
 * The built page carries the strict CSP as a meta tag, so it holds however the file is loaded
 * (app:// in Electron, the e2e harness in Chromium). The dev server is left without it because
 * React's hot reload injects an inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  // Electronegativity rates script-src 'self' as "maybe weak" because a site could host JSONP or
  // uploads under its own origin; app:// serves nothing but this bundle, so the exclusion below
  // (HTML comments allow only words there) records why.
  const exclusion =
    '<!-- eng-disable CSP_GLOBAL_CHECK self here is only the app bundle served by the app protocol with no uploads or JSONP -->';
  return {
    name: 'throughline-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${exclusion}`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker is an entry of its own: main starts it as out/main/import-worker.js.
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'import-worker': resolve('electron/main/import/worker/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or sibling chunks: one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: process.env['THROUGHLINE_NO_MINIFY'] !== '1',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
