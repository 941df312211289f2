import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../shared/import/json-resume';
import {
  fidelityOf,
  fixtureFidelity,
  jsonResumeFidelity,
  openBadgeFidelity,
  report,
  totals,
  type DocumentFidelity,
} from '../../../scripts/support/import-fidelity';
import { utf8 } from './open-badges-fixtures';

const root = path.resolve(import.meta.dirname, '../../..');

const listed = (documents: readonly DocumentFidelity[], pick: 'lost' | 'invented') =>
  documents
    .flatMap((document) =>
      document[pick].map((found) => `${document.document}: ${found.place} = ${JSON.stringify(found.value)}`),
    )
    .join('\n');

describe('import fidelity on real documents', () => {
  let documents: DocumentFidelity[] = [];
  // Badges are read as an import reads them, signatures checked offline: seconds on a busy machine.
  beforeAll(async () => {
    documents = await fixtureFidelity(root);
  }, 60_000);

  it('keeps at least 97% of the values of every real JSON Resume, Open Badge and the LinkedIn export, and invents none', () => {
    const { kept, total, share } = totals(documents);
    const lost = listed(documents, 'lost');
    expect(share, `${kept}/${total} kept:\n${report(documents)}\nLost:\n${lost}`).toBeGreaterThanOrEqual(0.97);
    expect(listed(documents, 'invented'), 'invented values').toBe('');
  });

  it('counts each JSON Resume section and the LinkedIn files it reads', () => {
    const byName = new Map(documents.map((document) => [document.document, document]));
    const sample = byName.get('resume-schema__sample.resume.json')!;
    // The sections the issue names keep every value: basics, awards, publications, languages, courses and URLs.
    for (const section of ['basics', 'work', 'volunteer', 'education', 'awards', 'publications', 'languages']) {
      expect(sample.sections[section], section).toEqual({
        kept: sample.sections[section]!.total,
        total: sample.sections[section]!.total,
      });
    }
    // What is lost is named: a project "type" that is no kind of project here.
    expect(sample.lost).toEqual([{ section: 'projects', place: 'projects[0].type', value: 'application' }]);
    const linkedin = byName.get('LinkedIn export (tests/fixtures/linkedin)')!;
    expect(Object.keys(linkedin.sections)).not.toContain('Connections.csv');
    expect(linkedin.sections['Education.csv']).toEqual({ kept: 18, total: 18 });
    // A bad date or address is the file's slip, flagged by the reader: listed apart, not counted.
    expect(linkedin.unusable.map((found) => found.value)).toEqual(['not-a-url', '13 2020', 'sometime']);
  });

  it('counts every Open Badge, baked or not, by achievement, issuer, dates and credential', () => {
    const badges = documents.filter((document) => /^(dcpv|vc-test-fixtures)__/.test(document.document));
    // The eight badges awarded to someone, and the two published descriptions a hosted assertion points to.
    expect(badges.map((document) => document.document)).toHaveLength(10);
    expect(badges.filter((document) => document.notCounted !== undefined).map((document) => document.document)).toEqual(
      ['dcpv__ob20_assets_organization.json', 'dcpv__ob20_assets_robotics-badge.json'],
    );
    const byName = new Map(badges.map((document) => [document.document, document]));
    // The baked PNG counts what its chunk holds: the achievement's name, description, criteria and address,
    // the credential's own name, the issuer's name, the day it was issued and the credential's id.
    expect(byName.get('dcpv__ob30_simple-json.png')?.sections).toEqual({
      credential: { kept: 1, total: 1 },
      issuer: { kept: 1, total: 1 },
      dates: { kept: 1, total: 1 },
      achievement: { kept: 5, total: 5 },
    });
    // Expired and tampered credentials count as the person confirms them in the preview.
    expect(byName.get('dcpv__ob30_simple-err-expired.json')?.sections.dates).toEqual({ kept: 2, total: 2 });
    expect(totals([byName.get('vc-test-fixtures__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json')!])).toEqual(
      { kept: 8, total: 8, share: 1 },
    );
    // A hosted badge class: its address, the evidence, the day and the assertion's URL, with a title typed.
    expect(byName.get('dcpv__ob20_basic-assertion.json')?.sections).toEqual({
      credential: { kept: 1, total: 1 },
      evidence: { kept: 1, total: 1 },
      dates: { kept: 1, total: 1 },
      achievement: { kept: 1, total: 1 },
    });
  });
});

describe('the fidelity count', () => {
  it('names a value the reader drops, and counts dates at the precision the file gives', () => {
    const counted = jsonResumeFidelity(
      'made-up.json',
      JSON.stringify({
        work: [{ name: 'Acme', position: 'Analyst', startDate: '2020-03-15', favouriteColour: 'teal' }],
      }),
    );
    expect(counted.sections.work).toEqual({ kept: 3, total: 4 });
    expect(counted.lost).toEqual([{ section: 'work', place: 'work[0].favouriteColour', value: 'teal' }]);
  });

  it('finds a value no source entry holds', () => {
    const text = JSON.stringify({ skills: [{ name: 'SQL', level: 'Advanced' }] });
    const draft = readJsonResume(text, 'skills.json');
    const tampered = {
      ...draft,
      entries: draft.entries.map((entry) =>
        entry.kind === 'skill' ? { ...entry, skill: { ...entry.skill, keywords: ['made up'] } } : entry,
      ),
    };
    const leaves = [
      { section: 'skills', place: 'skills[0].name', value: 'SQL', ref: 'skills[0]' },
      { section: 'skills', place: 'skills[0].level', value: 'Advanced', ref: 'skills[0]' },
    ];
    expect(fidelityOf('skills.json', leaves, tampered).invented).toEqual([
      { place: 'skills[0].keywords', value: 'made up' },
    ]);
  });

  it("counts a badge's story and not its bookkeeping, and names a tag the reader drops", async () => {
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'urn:uuid:8f1c2b5e-4b1a-4c3e-9d9f-0a1b2c3d4e5f',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:example:academy', type: ['Profile'], name: 'Open Data Academy' },
      validFrom: '2024-05-14T09:00:00Z',
      name: 'Data Analysis with Python',
      credentialSubject: {
        id: 'did:example:learner',
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:0b0e5b7c-1f0a-4d6e-8a51-3c2d1e0f9a8b',
          type: ['Achievement'],
          name: 'Data Analysis with Python',
          tag: ['pandas'],
          image: { id: 'https://academy.example/badge.png', type: 'Image' },
        },
      },
    };
    const counted = await openBadgeFidelity('made-up.json', utf8(JSON.stringify(credential)));
    // Not counted: the context, types, the recipient's and issuer's ids, the picture, an id no one can open.
    expect(counted.sections).toEqual({
      credential: { kept: 1, total: 1 },
      issuer: { kept: 1, total: 1 },
      dates: { kept: 1, total: 1 },
      achievement: { kept: 2, total: 2 },
      skills: { kept: 0, total: 1 },
    });
    expect(counted.lost).toEqual([
      { section: 'skills', place: 'credentialSubject.achievement.tag[0]', value: 'pandas' },
    ]);
    expect(counted.invented).toEqual([]);
  });
});
