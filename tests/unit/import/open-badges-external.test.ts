import { describe, expect, it } from 'vitest';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { ImportDraftSchema, type DraftEntry, type ImportDraft } from '../../../shared/import/draft';
import { ImportFileError } from '../../../shared/import/errors';
import { externalBytes, externalJson } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');

async function read(name: string, localDocuments: unknown[] = []): Promise<ImportDraft> {
  const draft = await readOpenBadge(externalBytes(name), name, NOW, { localDocuments });
  expect(ImportDraftSchema.parse(draft)).toEqual(draft);
  return draft;
}

function certificateOf(draft: ImportDraft) {
  const entry: DraftEntry | undefined = draft.entries[0];
  if (entry?.kind !== 'certificate') throw new Error(`expected a certificate, got ${entry?.kind ?? 'nothing'}`);
  return { entry, certificate: entry.certificate, credential: entry.certificate.credential! };
}

const TEAMWORK_DESCRIPTION =
  'This badge recognizes the development of the capacity to collaborate within a group environment.\n\n' +
  'Team members are nominated for this badge by their peers and recognized upon review by Example Corp management.\n\n' +
  // The credential's own name beside the achievement's, and the achievement's page: no other field holds them.
  'Credential name: Teamwork Badge\n' +
  'About this badge: https://example.com/achievements/21st-century-skills/teamwork';

describe('Open Badges 3.0 documents from the 1EdTech validator and DCC fixtures', () => {
  it('verifies a did:key eddsa-rdfc-2022 credential offline and maps it', async () => {
    const draft = await read(
      'vc-test-fixtures__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-basicOBv3.json',
    );
    const { entry, certificate, credential } = certificateOf(draft);
    expect(draft.format).toBe('open-badges');
    expect(entry.problems).toEqual([]);
    expect(certificate).toMatchObject({
      title: 'Teamwork',
      provider: 'Example Corp',
      learning: 'certificate',
      status: { state: 'earned' },
      issued: '2025-01-09',
      expires: null,
      credentialId: 'http://example.com/credentials/3527',
      credentialUrl: 'http://example.com/credentials/3527',
      description: TEAMWORK_DESCRIPTION,
      hours: null,
      kindOverride: null,
      appliedIn: [],
      skills: [],
    });
    expect(credential).toEqual({
      format: 'open-badges-3',
      status: 'verified',
      expired: false,
      issuerId: 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
      checkedAt: NOW.toISOString(),
      detail: expect.stringContaining('did:key'),
    });
  });

  it('finds the tampered Ed25519Signature2020 credential invalid and asks for confirmation', async () => {
    const { entry, certificate, credential } = certificateOf(
      await read('vc-test-fixtures__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json'),
    );
    expect(certificate.title).toBe('A tampered credential');
    expect(credential.status).toBe('invalid');
    expect(entry.problems).toEqual([
      { place: 'JSON document', message: expect.stringMatching(/only be imported if you confirm/), blocking: false },
    ]);
  });

  it('calls a credential whose key is at an https URL unverifiable, not invalid', async () => {
    const { entry, credential } = certificateOf(await read('dcpv__ob30_simple.json'));
    expect(credential.status).toBe('unverifiable');
    expect(credential.detail).toContain('https://example.com/issuers/876543#');
    expect(credential.issuerId).toBe('https://example.com/issuers/876543');
    expect(entry.problems).toEqual([]);
  });

  it('marks the expired credential expired, with a problem that asks for confirmation', async () => {
    const { entry, certificate, credential } = certificateOf(await read('dcpv__ob30_simple-err-expired.json'));
    expect(credential).toMatchObject({ expired: true, status: 'unverifiable' });
    expect(certificate.expires).toBe('2010-01-01');
    expect(entry.problems).toEqual([
      { place: 'JSON document', message: expect.stringMatching(/expired on 2010-01-01.*confirm/), blocking: false },
    ]);
  });

  it('reads a credential without proof as unsigned, taking the credential name when there is no achievement', async () => {
    const { certificate, credential } = certificateOf(await read('dcpv__ob30_simple-noproof.json'));
    expect(credential).toMatchObject({ status: 'unsigned', expired: false, format: 'open-badges-3' });
    expect(certificate).toMatchObject({
      title: 'Example University Degree',
      provider: 'Example University',
      issued: '2010-01-01',
      description: '',
    });
  });

  it.each(['dcpv__ob30_simple-json.png', 'dcpv__ob30_simple-json.svg'])('reads the baked %s', async (name) => {
    const { entry, certificate, credential } = certificateOf(await read(name));
    expect(entry.place).toMatch(
      name.endsWith('.png') ? /PNG iTXt chunk 'openbadgecredential'/ : /SVG <openbadges:credential>/,
    );
    expect(certificate).toMatchObject({ title: 'Teamwork', provider: 'Example Corp', issued: '2010-01-01' });
    expect(credential.status).toBe('unverifiable');
  });
});

describe('Open Badges 2.0 documents', () => {
  it('does not invent the name of a badge hosted elsewhere: it keeps the rest and asks for the title', async () => {
    const draft = await read('dcpv__ob20_basic-assertion.json');
    const { entry, certificate, credential } = certificateOf(draft);
    expect(entry.needs).toEqual(['title']);
    expect(entry.problems).toEqual([]);
    expect(certificate).toMatchObject({
      provider: 'example.org',
      issued: '2016-12-31',
      credentialId: 'https://example.org/beths-robotics-badge.json',
      credentialUrl: 'https://example.org/beths-robotics-badge.json',
      description:
        'Evidence: https://example.org/beths-robot-work.html\n\nAbout this badge: https://example.org/robotics-badge.json',
    });
    expect(credential).toMatchObject({ status: 'unverifiable', issuerId: null });
    expect(credential.detail).toContain('https://example.org/robotics-badge.json');
  });

  it('uses hosted BadgeClass and Issuer documents the caller supplies locally', async () => {
    const draft = await read('dcpv__ob20_basic-assertion.json', [
      externalJson('dcpv__ob20_assets_robotics-badge.json'),
      externalJson('dcpv__ob20_assets_organization.json'),
    ]);
    const { entry, certificate, credential } = certificateOf(draft);
    expect(entry.problems).toEqual([]);
    expect(certificate).toMatchObject({
      title: 'Awesome Robotics Badge',
      provider: 'An Example Badge Issuer',
      providerUrl: 'https://example.org',
      issued: '2016-12-31',
      expires: null,
      credentialId: 'https://example.org/beths-robotics-badge.json',
      credentialUrl: 'https://example.org/beths-robotics-badge.json',
      description:
        'For doing awesome things with robots that people think is pretty great.\n\n' +
        'Evidence: https://example.org/beths-robot-work.html\n\n' +
        'Criteria: https://example.org/badgecriteria.json\nAbout this badge: https://example.org/robotics-badge.json',
    });
    expect(credential).toMatchObject({
      format: 'open-badges-2',
      status: 'unverifiable',
      expired: false,
      issuerId: 'https://example.org/organization.json',
    });
  });

  it("keeps the badge, with the issuer's domain as its provider, when only the issuer is hosted", async () => {
    const draft = await read('dcpv__ob20_basic-assertion.json', [
      externalJson('dcpv__ob20_assets_robotics-badge.json'),
    ]);
    const { entry, certificate } = certificateOf(draft);
    expect(certificate.provider).toBe('example.org');
    expect(entry.needs).toBeUndefined();
    expect(entry.problems).toEqual([
      {
        place: 'JSON document, badge.issuer',
        message:
          "The issuer's name is published at https://example.org/organization.json, not in this file; the domain it is published on, example.org, stands as the provider.",
        blocking: false,
      },
    ]);
  });

  it.each(['dcpv__ob20_assets_robotics-badge.json', 'dcpv__ob20_assets_organization.json'])(
    'refuses %s, which describes a badge rather than awards one',
    async (name) => {
      const error = await readOpenBadge(externalBytes(name), name, NOW).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportFileError);
      expect(error).toMatchObject({
        fileName: name,
        place: 'JSON document',
        message: expect.stringMatching(/not a badge awarded/),
      });
    },
  );
});
