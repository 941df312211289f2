/**
 * `BENCH import.hostile_max_block_ms`: the longest main's event loop is blocked while the hostile files
 * of issue 12 are read through the app's import path (main reads, a bounded worker parses). Budget 50.
 * Runs alone too: `npx tsx scripts/bench-hostile.ts`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zlibSync } from 'fflate';
import { createImportEngine } from '../electron/main/import/import-engine';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { createTaxonomyService } from '../electron/main/taxonomy/service';
import { emptyProfile } from '../shared/domain/profile';
import { bundleForNode } from './support/bundle-child';
import { watchEventLoop } from './support/event-loop';
import { bakedPng, iTXtChunkOfBytes } from './support/baked-png';

const root = path.resolve(import.meta.dirname, '..');
const text = (value: string) => new TextEncoder().encode(value);

function itxtBomb(): Uint8Array {
  const compressed = zlibSync(new Uint8Array(200 * 1024 * 1024), { level: 9 });
  return bakedPng([iTXtChunkOfBytes('openbadgecredential', compressed, true)]);
}

function hostileFiles(): Array<{ fileName: string; bytes: Uint8Array }> {
  const depth = 24 * 1024 * 1024;
  const header = Array.from({ length: 1_000_000 }, (_, index) => `c${index % 10}`).join(',');
  return [
    { fileName: 'unclosed.svg', bytes: text(`<svg>${'<openbadges:credential>'.repeat(45_000)}</svg>`) },
    { fileName: 'bomb.png', bytes: itxtBomb() },
    { fileName: 'nested.json', bytes: text(`{"@context": ${'['.repeat(depth)}${']'.repeat(depth)}}`) },
    { fileName: 'Positions.csv', bytes: text(`${header}\n1,2\n`) },
  ];
}

export async function hostileFigures(): Promise<Array<[string, number]>> {
  const taxonomy = createTaxonomyService(() => loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz')));
  await taxonomy.ready();
  const worker = await bundleForNode(path.join(root, 'electron/main/import/worker/import-worker.ts'));
  const engine = createImportEngine({ taxonomy, script: { url: pathToFileURL(worker), extraData: {} } });
  let longest = 0;
  for (const file of hostileFiles()) {
    const watch = watchEventLoop();
    await engine.preview(file, emptyProfile(), () => undefined).catch(() => undefined);
    longest = Math.max(longest, watch.stop());
  }
  console.error(`# import: hostile files read with main blocked at most ${longest.toFixed(1)} ms`);
  return [['import.hostile_max_block_ms', longest]];
}

if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const [name, value] of await hostileFigures()) console.log(`BENCH ${name} ${value.toFixed(2)}`);
}
