import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createImportEngine } from '../../../electron/main/import/import-engine';
import { IMPORT_WORKER_LIMITS } from '../../../electron/main/import/worker/run-import-worker';
import { emptyProfile } from '../../../shared/domain/profile';
import type { ImportPreview } from '../../../shared/import/plan';
import type { IpcResult } from '../../../shared/ipc/result';
import { watchEventLoop } from '../../../scripts/support/event-loop';
import { previewDropped, previewPicked } from '../../support/import-previews';
import { testImportWorker } from '../../../scripts/support/import-worker';
import { APP_MAIN_FRAME, startTestMainProcess, testTaxonomy } from '../../../scripts/support/main-process';
import { bakedPng, iTXtChunkOfBytes } from '../../../scripts/support/baked-png';
import { externalJson, generateDidKey, ob3Credential, signJwt, utf8 } from './open-badges-fixtures';

/**
 * A frozen window is what the user would see if main parsed these files itself: seconds, not
 * milliseconds. The test catches that with room for a heavily loaded machine (runs beside other
 * work measured 93 ms and, with four builds at once, 298 ms); the 50 ms budget of issue 12 is a
 * speed figure, measured by `npm run bench` as import.hostile_max_block_ms, where timings belong.
 */
const MAX_MAIN_BLOCK_MS = 1_000;

const folder = mkdtempSync(path.join(tmpdir(), 'throughline-hostile-'));
const main = startTestMainProcess();
const longestBlocks: number[] = [];
afterAll(() => {
  console.info(`hostile files: main's longest block ${Math.max(...longestBlocks).toFixed(1)} ms`);
});

/** Picks the file in the dialog while a timer watches main's event loop; the file is written first. */
async function pickWatched(name: string, content: Uint8Array | string): Promise<IpcResult<ImportPreview>> {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  const watch = watchEventLoop();
  const result = await previewPicked(main, file);
  const blocked = watch.stop();
  longestBlocks.push(blocked);
  expect(blocked).toBeLessThanOrEqual(MAX_MAIN_BLOCK_MS);
  return result;
}

function refusalOf(result: IpcResult<ImportPreview>): string {
  if (result.ok) throw new Error('previewed, not refused');
  expect(result.error.code).toBe('IMPORT_REFUSED');
  return result.error.message;
}

describe('hostile files end in a clean result or a clear refusal, and never block main', () => {
  it('a 1 MB SVG of unclosed badge elements is refused at once (the scan is linear)', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<openbadges:credential>'.repeat(45_000)}</svg>`;
    expect(svg.length).toBeGreaterThan(1_000_000);
    expect(refusalOf(await pickWatched('unclosed.svg', svg))).toBe(
      'unclosed.svg (at SVG <openbadges:credential>): The badge element is never closed. Nothing was changed.',
    );
  });

  it('a PNG whose badge text is a zlib bomb stops inflating at the cap', async () => {
    const bomb = zlibSync(new Uint8Array(300 * 1024 * 1024), { level: 9 });
    const png = bakedPng([iTXtChunkOfBytes('openbadgecredential', bomb, true)]);
    expect(refusalOf(await pickWatched('bomb.png', png))).toMatch(
      /^bomb\.png \(at PNG iTXt chunk 'openbadgecredential' .*\): The compressed badge text inflates to more than 2 MB/,
    );
  });

  it('a 48 MB badge of nested arrays is refused by its size, before it is parsed', async () => {
    const depth = 24 * 1024 * 1024;
    const nested = `{"@context": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(refusalOf(await pickWatched('nested.json', nested))).toBe(
      'nested.json (at JSON document): The badge is larger than 2 MB; an Open Badge is a few kilobytes, so this one was not read. Nothing was changed.',
    );
  });

  it('a small badge nested a million levels deep is refused before parsing, not with a stack overflow', async () => {
    const depth = 900_000;
    const nested = `{"@context": "https://www.w3.org/ns/credentials/v2", "a": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(refusalOf(await pickWatched('deep.json', nested))).toMatch(
      /^deep\.json \(at JSON document\): The JSON cannot be read: it nests values more than 100 levels deep/,
    );
  });

  it('a signed credential with 50,000 alignments is refused by its size; with 15,000 its proof is not canonicalised', async () => {
    const signed = externalJson(
      'vc-test-fixtures__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-basicOBv3.json',
    );
    const withAlignments = (count: number) => {
      const subject = signed['credentialSubject'] as { achievement: Record<string, unknown> };
      const alignment = Array.from({ length: count }, (_, index) => ({
        type: ['Alignment'],
        targetName: `t${index}`,
        targetUrl: `https://x.example/${index}`,
      }));
      return JSON.stringify({
        ...signed,
        credentialSubject: { ...subject, achievement: { ...subject.achievement, alignment } },
      });
    };
    expect(refusalOf(await pickWatched('aligned-50k.json', withAlignments(50_000)))).toMatch(/larger than 2 MB/);

    const result = await pickWatched('aligned-15k.json', withAlignments(15_000));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items).toHaveLength(1);
    expect(result.value.items[0]?.credential).toMatchObject({
      status: 'unverifiable',
      detail: expect.stringContaining('more than 2000 values'),
    });
  });

  it('a LinkedIn CSV with a million columns is refused as "not LinkedIn\'s file", quickly', async () => {
    const header = Array.from({ length: 1_000_000 }, (_, index) => `c${index % 10}`).join(',');
    const result = await pickWatched('Positions.csv', `${header}\n1,2,3\n`);
    expect(refusalOf(result)).toMatch(/its header has 1000000 columns/);
  });

  it('a 9 KB VC-JWT is recognised as a badge (the sniffer reads the whole token)', async () => {
    const key = generateDidKey();
    const credential = ob3Credential(key.did, { description: 'A long description. '.repeat(400) });
    const token = signJwt({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' }, credential, key.privateKey);
    expect(token.length).toBeGreaterThan(9_000);
    const result = await pickWatched('long.jwt', token);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.format).toBe('open-badges');
    expect(result.value.items[0]?.credential?.status).toBe('verified');
  });
});

describe('a worker that overruns is ended and the user told; nothing changes', () => {
  const resume = (entries: number) =>
    JSON.stringify({
      work: Array.from({ length: entries }, (_, index) => ({
        name: `Company ${index}`,
        position: `Role ${index}`,
        startDate: '2020-01',
        summary: 'Did things. '.repeat(20),
        highlights: ['Shipped', 'Led', 'Measured'],
      })),
    });

  it('says the file took too long, past the wall-clock limit', async () => {
    const slow = startTestMainProcess({ importLimits: { timeoutMs: 20, maxHeapMb: 512 } });
    const result = await previewDropped(slow, 'cv.json', utf8(resume(10)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: 'cv.json took too long to read; nothing was changed.' },
    });
    expect((await slow.store).state().revision).toBe(0);
  });

  it('says the file needed too much memory, past the heap limit', async () => {
    const small = startTestMainProcess({ importLimits: { timeoutMs: 60_000, maxHeapMb: 24 } });
    const result = await previewDropped(small, 'big-cv.json', utf8(resume(10_000)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: 'big-cv.json needed too much memory to read; nothing was changed.' },
    });
    expect((await small.store).state().revision).toBe(0);
  });

  it('stops reading when the user cancels, and answers "cancelled"', async () => {
    const reading = previewDropped(main, 'cv.json', utf8(resume(10_000)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await main.dispatch('import.cancel', APP_MAIN_FRAME, {})).toEqual({ ok: true, value: {} });
    expect(await reading).toEqual({
      ok: false,
      error: { code: 'IMPORT_CANCELLED', message: 'Stopped reading cv.json; nothing was changed.' },
    });
    expect(await main.dispatch('import.progress', APP_MAIN_FRAME, {})).toEqual({ ok: true, value: { phase: 'idle' } });
  });

  it('keeps an ordinary file well inside both limits', async () => {
    const engine = createImportEngine({ taxonomy: testTaxonomy(), script: testImportWorker() });
    const read = await engine.preview({ fileName: 'cv.json', bytes: utf8(resume(2_000)) }, emptyProfile(), () => {});
    expect(read.preview.items).toHaveLength(2_000);
    expect(read.heapMb).toBeGreaterThan(0);
    expect(read.heapMb).toBeLessThan(IMPORT_WORKER_LIMITS.maxHeapMb / 4);
  });
});
