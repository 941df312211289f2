/**
 * Run by `npm run bench` in a fresh Node process (bundled, with --expose-gc): how long the
 * asset takes to load and index, and the heap it holds afterwards. Prints one JSON line.
 */
import { loadTaxonomy } from '../../electron/main/taxonomy/load';

const asset = process.argv[2];
if (asset === undefined) throw new Error('usage: taxonomy-load-probe <asset>');
const started = performance.now();
const taxonomy = loadTaxonomy(asset);
taxonomy.search('warm up');
const loadMs = performance.now() - started;
(globalThis as { gc?: () => void }).gc?.();
console.log(
  JSON.stringify({ loadMs, heapMb: process.memoryUsage().heapUsed / 1024 / 1024, skills: taxonomy.counts.skills }),
);
