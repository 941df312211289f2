import { mkdtempSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript entry into one ESM file for plain `node`: a process the tests spawn
 * hundreds of times should not pay a TypeScript loader's start-up each time.
 */
export async function bundleForNode(entry: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'throughline-child-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: {
        external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: { format: 'es', entryFileNames: 'child.mjs' },
      },
    },
    ssr: { noExternal: true },
  });
  return path.join(outDir, 'child.mjs');
}
