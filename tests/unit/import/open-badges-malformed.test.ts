import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { ImportDraftSchema } from '../../../shared/import/draft';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import { bakedPng, iTXtChunk, tEXtChunk } from '../../../scripts/support/baked-png';
import { externalBytes, ob3Credential, utf8 } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');

async function failureOf(bytes: Uint8Array, fileName: string): Promise<ImportFileError> {
  const outcome = await readOpenBadge(bytes, fileName, NOW).then(
    (draft) => draft,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ImportFileError))
    throw new Error(`expected an ImportFileError, got ${JSON.stringify(outcome)}`);
  expect(outcome.fileName).toBe(fileName);
  return outcome;
}

describe('files that are not readable badges', () => {
  it('names the place where a PNG is cut short', async () => {
    const png = externalBytes('dcpv__ob30_simple-json.png');
    const error = await failureOf(png.subarray(0, 40_000), 'cut.png');
    expect(error.place).toMatch(/^PNG byte \d+$/);
    expect(error.message).toMatch(/cut short/);
  });

  it('says a PNG without a badge chunk carries no badge', async () => {
    const error = await failureOf(bakedPng([tEXtChunk('Comment', 'just a picture')]), 'plain.png');
    expect(error).toMatchObject({
      place: 'PNG text chunks',
      message: expect.stringMatching(/no 'openbadgecredential'/),
    });
  });

  it('reports a compressed chunk that does not inflate', async () => {
    const broken = iTXtChunk('openbadgecredential', '{}', true);
    broken[broken.length - 6]! ^= 0xff; // inside the zlib stream's checksum
    const error = await failureOf(bakedPng([broken]), 'broken.png');
    expect(error.place).toMatch(/PNG iTXt chunk 'openbadgecredential'/);
  });

  it('reports invalid UTF-8 instead of reading replacement characters', async () => {
    const bytes = new Uint8Array([...utf8('{"name": "caf'), 0xc3, 0x28, ...utf8('"}')]);
    expect(await failureOf(bytes, 'latin.json')).toMatchObject({
      place: WHOLE_FILE,
      message: 'The text is not valid UTF-8.',
    });
  });

  it('reports malformed JSON with the parser reason', async () => {
    const error = await failureOf(utf8('{"type": "Assertion",'), 'half.json');
    expect(error).toMatchObject({
      place: 'JSON document',
      message: expect.stringMatching(/^The JSON cannot be read: /),
    });
  });

  it('says JSON that is no badge is not an Open Badge', async () => {
    const error = await failureOf(utf8(JSON.stringify({ basics: { name: 'Ada' }, work: [] })), 'resume.json');
    expect(error).toMatchObject({ place: 'JSON document', message: expect.stringMatching(/not an Open Badge/) });
  });

  it('says a file of another kind is not a badge', async () => {
    const error = await failureOf(utf8('Name,Url\nA,B\n'), 'certs.csv');
    expect(error.message).toMatch(/not an Open Badge/);
  });

  it('reports a JWT whose payload is not JSON', async () => {
    const token = `${Buffer.from('{"alg":"EdDSA"}').toString('base64url')}.${Buffer.from('not json').toString('base64url')}.c2ln`;
    const error = await failureOf(utf8(token), 'odd.jwt');
    expect(error.place).toBe('JWT, payload');
  });

  it('drops __proto__ keys without polluting any prototype', async () => {
    const credential = JSON.stringify(ob3Credential('https://issuer.example')).replace(
      '"name":"Data Analysis with Python"',
      '"__proto__":{"polluted":"yes","name":"Injected"},"name":"Data Analysis with Python"',
    );
    const text = credential.replace(
      '{"@context"',
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"@context"',
    );
    const draft = ImportDraftSchema.parse(await readOpenBadge(utf8(text), 'proto.json', NOW));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(draft.entries[0]).toMatchObject({
      kind: 'certificate',
      certificate: { title: 'Data Analysis with Python' },
    });
  });

  it('keeps a badge with schema errors as an unreadable entry with blocking problems', async () => {
    const text = JSON.stringify({ ...ob3Credential('https://issuer.example'), issuer: 42 });
    const draft = ImportDraftSchema.parse(await readOpenBadge(utf8(text), 'bad-issuer.json', NOW));
    expect(draft.entries).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        problems: [expect.objectContaining({ place: 'JSON document, issuer', blocking: true })],
      }),
    ]);
  });

  it('never lets anything but an ImportFileError escape, whatever the bytes', async () => {
    const seeds = [utf8('{}'), utf8('a.b.c'), bakedPng([]), utf8('<svg><openbadges:credential>')];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.uint8Array({ maxLength: 64 }),
        fc.nat(80),
        async (seed, noise, cut) => {
          const bytes = new Uint8Array([...seed.subarray(0, cut), ...noise]);
          const outcome = await readOpenBadge(bytes, 'fuzz.bin', NOW).then(
            (draft) => ImportDraftSchema.safeParse(draft).success,
            (error: unknown) => error instanceof ImportFileError,
          );
          expect(outcome).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
