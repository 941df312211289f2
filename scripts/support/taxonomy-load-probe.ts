/**
 * Run by `npm run bench` in a fresh Node process (bundled, with --expose-gc). With `load`: how long
 * the asset takes to load and index, and the heap it holds afterwards. With `parse`: how long a bare
 * gunzip + JSON.parse of the same asset takes, the reference `taxonomy.load_ratio` divides by.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadTaxonomy } from '../../electron/main/taxonomy/load';

const [asset, mode = 'load'] = process.argv.slice(2);
if (asset === undefined || (mode !== 'load' && mode !== 'parse'))
  throw new Error('usage: taxonomy-load-probe <asset> [load|parse]');
const started = performance.now();
if (mode === 'parse') {
  const data: unknown = JSON.parse(gunzipSync(readFileSync(asset)).toString('utf8'));
  const parseMs = performance.now() - started;
  console.log(
    JSON.stringify({ parseMs, keys: typeof data === 'object' && data !== null ? Object.keys(data).length : 0 }),
  );
} else {
  const taxonomy = loadTaxonomy(asset);
  taxonomy.search('warm up');
  const loadMs = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  console.log(
    JSON.stringify({ loadMs, heapMb: process.memoryUsage().heapUsed / 1024 / 1024, skills: taxonomy.counts.skills }),
  );
}
