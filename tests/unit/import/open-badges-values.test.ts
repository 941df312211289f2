import { describe, expect, it } from 'vitest';
import { escoSkillFromAlignment, joinParagraphs, readBadgeDate } from '../../../shared/import/open-badges/values';
import { readPngTextChunks } from '../../../shared/import/open-badges/png-text-chunks';
import { bakedPng } from '../../../scripts/support/baked-png';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

describe('ESCO alignments', () => {
  it.each([
    ['the canonical URI', { targetUrl: PYTHON }],
    ['an https URI', { targetUrl: PYTHON.replace('http:', 'https:') }],
    ['the ESCO portal page', { targetUrl: `https://esco.ec.europa.eu/en/classification/skill?uri=${PYTHON}` }],
    [
      'a targetCode with an upper-case id',
      { targetFramework: 'ESCO', targetCode: 'http://data.europa.eu/esco/skill/CCD0A1D9-AFDA-43D9-B901-96344886E14D' },
    ],
  ])('turns %s into the app concept id', (_case, alignment) => {
    expect(escoSkillFromAlignment({ targetName: 'Python (computer programming)', ...alignment })).toEqual({
      label: 'Python (computer programming)',
      conceptId: PYTHON,
    });
  });

  it('keeps an ESCO alignment without a URI as a free label, and skips other frameworks', () => {
    expect(escoSkillFromAlignment({ targetName: 'teamwork', targetFramework: 'ESCO' })).toEqual({
      label: 'teamwork',
      conceptId: null,
    });
    expect(
      escoSkillFromAlignment({
        targetName: 'CCSS.ELA',
        targetFramework: 'Common Core',
        targetUrl: 'https://cc.example/ela',
      }),
    ).toBeNull();
    expect(escoSkillFromAlignment({ targetUrl: PYTHON })).toBeNull();
  });
});

describe('badge dates', () => {
  it('keeps the day as written and the exact instant', () => {
    expect(readBadgeDate('2016-12-31T23:59:59-05:00')).toEqual({
      day: '2016-12-31',
      instant: new Date('2017-01-01T04:59:59Z'),
    });
    expect(readBadgeDate('2020-02-03')?.day).toBe('2020-02-03');
    expect(readBadgeDate(1_600_000_000)?.day).toBe('2020-09-13');
  });

  it('reads nothing into a missing or unreadable date', () => {
    expect(readBadgeDate(undefined)).toBeNull();
    expect(readBadgeDate('last spring')).toBeNull();
    expect(readBadgeDate('2020-13-01T00:00:00Z')).toBeNull();
  });
});

describe('text and chunks', () => {
  it('joins only the paragraphs that are there', () => {
    expect(joinParagraphs(undefined, ' A ', '', 'B')).toBe('A\n\nB');
    expect(joinParagraphs(undefined, undefined)).toBe('');
  });

  it('falls back to Latin-1 for a tEXt chunk that is not UTF-8, as the PNG spec writes it', () => {
    const chunk = Buffer.concat([Buffer.from('openbadges\0', 'latin1'), Buffer.from('{"name":"Café"}', 'latin1')]);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(chunk.length, 0);
    head.write('tEXt', 4, 'latin1');
    const png = bakedPng([Buffer.concat([head, chunk, Buffer.alloc(4)])]);
    expect(readPngTextChunks(png, 'x.png', new Set(['openbadges']))).toEqual([
      { keyword: 'openbadges', text: '{"name":"Café"}', place: expect.stringMatching(/^PNG tEXt chunk 'openbadges'/) },
    ]);
  });
});
