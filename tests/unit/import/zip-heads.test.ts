import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEAD_BYTES, zipHeads } from '../../../electron/main/import/zip-heads';

describe('zipHeads', () => {
  it('gives the start of each file, stored or deflated, in the archive order, folders left out', () => {
    const long = 'Name\n' + 'SQL\n'.repeat(100_000);
    const zip = zipSync({
      'export/': {},
      'export/Skills.csv': strToU8(long),
      'stored.csv': [strToU8('Name,Number\nStatistics,STA110'), { level: 0 }],
    });
    const heads = zipHeads(zip);
    expect(heads?.map((file) => file.name)).toEqual(['export/Skills.csv', 'stored.csv']);
    expect(heads?.[0]?.head.length).toBe(HEAD_BYTES);
    expect(strFromU8(heads![0]!.head)).toBe(long.slice(0, HEAD_BYTES));
    expect(strFromU8(heads![1]!.head)).toBe('Name,Number\nStatistics,STA110');
  });

  it('names files as fflate does, UTF-8 names included', () => {
    expect(zipHeads(zipSync({ 'Färdigheter.csv': strToU8('Name\nSQL') }))?.[0]?.name).toBe('Färdigheter.csv');
  });

  it('returns null for what is not an archive it can follow, so the caller falls back on names', () => {
    expect(zipHeads(strToU8('just text, not a zip'))).toBeNull();
    expect(zipHeads(new Uint8Array(0))).toBeNull();
    const zip = zipSync({ 'Skills.csv': strToU8('Name\nSQL') });
    // A directory that claims more records than it holds is damaged.
    const damaged = zip.slice();
    const view = new DataView(damaged.buffer);
    view.setUint16(damaged.length - 22 + 10, 5, true);
    expect(zipHeads(damaged)).toBeNull();
  });
});
