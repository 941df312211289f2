import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channels, ipcContract, type Channel } from '../../shared/ipc/contract';
import { PAYLOAD_LIMITS } from '../../shared/ipc/payload-limits';
import { ipcResultSchema } from '../../shared/ipc/result';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../scripts/support/main-process';
import { sampleProfile, seedProfileFile } from '../../scripts/support/profiles';

const RUNS_PER_CHANNEL = 10_000;
const TEN_MEGABYTES = 'x'.repeat(10 * 1024 * 1024);
const rejection = ipcResultSchema(z.never());

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

/** Objects whose own keys try to reach prototypes, as JSON.parse and structured clone can produce them. */
const prototypeKeyPayload = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'),
    value: fc.oneof(fc.jsonValue(), fc.constant({ polluted: true }), fc.constant({ prototype: { polluted: true } })),
  })
  .map(({ key, value }) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as unknown);

/** Every key the request schema knows, each left out in turn, the rest filled with junk. */
function missingKeyPayloads(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  if (keys.length === 0) return fc.constant(null);
  return fc
    .constantFrom(...keys)
    .chain((missing) =>
      fc.record(Object.fromEntries(keys.filter((key) => key !== missing).map((key) => [key, fc.anything()]))),
    );
}

function invalidPayloads(channel: Channel): fc.Arbitrary<unknown> {
  const schema = ipcContract[channel].request;
  return fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.integer(),
          fc.double(),
          fc.boolean(),
          fc.string(),
          fc.bigInt(),
          fc.constant(null),
          fc.constant(undefined),
        ),
      },
      { weight: 2, arbitrary: fc.array(fc.anything(), { maxLength: 20 }) },
      { weight: 3, arbitrary: fc.dictionary(fc.string(), fc.anything(), { minKeys: 1, maxKeys: 8 }) },
      {
        weight: 2,
        arbitrary: fc.anything({
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
      },
      { weight: 2, arbitrary: prototypeKeyPayload },
      { weight: 1, arbitrary: missingKeyPayloads(schema) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: PAYLOAD_LIMITS.maxDepth + 1, max: 20_000 }).map((depth) => nested(depth, 'leaf')),
      },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 1, max: 5_000 })
          .map((size) => ({ wide: Array.from({ length: size }, (_, index) => index) })),
      },
    )
    .filter((payload) => !schema.safeParse(payload).success);
}

function fileDigest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe.each(channels)('IPC channel %s under hostile payloads', (channel) => {
  it(`gives ${RUNS_PER_CHANNEL} malformed payloads a typed rejection, never a crash, and leaves the store untouched`, async () => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-fuzz-'));
    const profileFile = seedProfileFile(dataFolder, sampleProfile(), 7);
    const before = fileDigest(profileFile);
    const main = startTestMainProcess({ dataFolder });
    const codes = new Map<string, number>();
    let runs = 0;

    await fc.assert(
      fc.asyncProperty(invalidPayloads(channel), async (payload) => {
        runs += 1;
        const result = rejection.parse(await main.dispatch(channel, APP_MAIN_FRAME, payload));
        if (result.ok) throw new Error('an invalid payload was accepted');
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
        expect(['INVALID_REQUEST', 'PAYLOAD_TOO_LARGE']).toContain(result.error.code);
      }),
      {
        numRuns: RUNS_PER_CHANNEL,
        examples: [
          [TEN_MEGABYTES],
          [{ note: TEN_MEGABYTES }],
          [[TEN_MEGABYTES, TEN_MEGABYTES]],
          [{ [TEN_MEGABYTES.slice(0, 2_000_000)]: 1 }],
        ],
      },
    );

    expect(runs).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL);
    expect(main.internalErrors).toEqual([]);
    expect(codes.get('INVALID_REQUEST')).toBeGreaterThan(0);
    expect(codes.get('PAYLOAD_TOO_LARGE')).toBeGreaterThan(0);
    expect(fileDigest(profileFile)).toBe(before);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const stillWorks = await main.dispatch('profile.get', APP_MAIN_FRAME, {});
    expect(stillWorks).toMatchObject({ ok: true, value: { revision: 7 } });
  });

  it('refuses a payload over the size limit before the schema ever sees it', async () => {
    const main = startTestMainProcess();
    const parse = vi.spyOn(ipcContract[channel].request, 'safeParse');
    for (const payload of [TEN_MEGABYTES, { note: TEN_MEGABYTES }, nested(10_000, 1)]) {
      const result = await main.dispatch(channel, APP_MAIN_FRAME, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    }
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});
