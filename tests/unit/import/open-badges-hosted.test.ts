import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { emptyProfile } from '../../../shared/domain/profile';
import { ImportDraftSchema, type ImportDraft } from '../../../shared/import/draft';
import { ImportFileError } from '../../../shared/import/errors';
import { NO_CHOICE, planImport } from '../../../shared/import/plan';
import { bakedPng, iTXtChunk, tEXtChunk } from '../../../scripts/support/baked-png';
import { utf8 } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');
const CLASS_URL = 'https://www.badges.example.com/v2/badge_classes/7d1c6f0e';
const ASSERTION_URL = 'https://www.badges.example.com/v2/assertions/3a9b1e55';

/**
 * A hosted 2.0 assertion as large issuers bake it: the badge class is only a URL, so the file does not
 * say what the badge is called; it does hold the dates, the assertion's URL and the person's evidence.
 */
const HOSTED_ASSERTION = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: ASSERTION_URL,
  recipient: { type: 'email', hashed: true, salt: 'pepper', identity: 'sha256$0f2d…' },
  badge: CLASS_URL,
  issuedOn: '2023-04-18T09:30:00.000Z',
  expires: '2029-04-18T09:30:00.000Z',
  verification: { type: 'HostedBadge' },
  narrative: 'Built and documented a cleaning pipeline for the city’s open bike-share data.',
  evidence: [
    {
      id: 'https://portfolio.example.org/bike-share',
      name: 'Bike-share cleaning notebook',
      narrative: 'Reviewed by two assessors.',
    },
    'https://portfolio.example.org/bike-share/report.pdf',
  ],
};

async function draftOf(bytes: Uint8Array, fileName: string): Promise<ImportDraft> {
  const draft = await readOpenBadge(bytes, fileName, NOW);
  expect(ImportDraftSchema.parse(draft)).toEqual(draft);
  return draft;
}

function certificateOf(draft: ImportDraft) {
  const entry = draft.entries[0];
  if (entry?.kind !== 'certificate') throw new Error(`expected a certificate, got ${JSON.stringify(entry)}`);
  return { entry, certificate: entry.certificate, credential: entry.certificate.credential! };
}

/** What every file carrying HOSTED_ASSERTION must come out as, however it was packed. */
function expectHostedCertificate(draft: ImportDraft) {
  const { entry, certificate, credential } = certificateOf(draft);
  expect(draft.entries).toHaveLength(1);
  expect(entry.needs).toEqual(['title']);
  expect(entry.problems.filter((problem) => problem.blocking)).toEqual([]);
  expect(certificate).toMatchObject({
    provider: 'badges.example.com',
    issued: '2023-04-18',
    expires: '2029-04-18',
    credentialId: ASSERTION_URL,
    credentialUrl: ASSERTION_URL,
    description: [
      'Built and documented a cleaning pipeline for the city’s open bike-share data.',
      'Bike-share cleaning notebook\nReviewed by two assessors.\nEvidence: https://portfolio.example.org/bike-share',
      'Evidence: https://portfolio.example.org/bike-share/report.pdf',
      // Where the badge is described: the person can look its name up there.
      `About this badge: ${CLASS_URL}`,
    ].join('\n\n'),
    skills: [],
  });
  // A stand-in, never imported: it names the entry in the preview by what the file says, and no more.
  expect(certificate.title).toBe('Untitled badge from badges.example.com, issued 2023-04-18');
  expect(credential).toMatchObject({ format: 'open-badges-2', status: 'unverifiable', expired: false });
  expect(credential.detail).toContain(`The badge's name and description are published at ${CLASS_URL}`);
  expect(credential.detail).toMatch(/does not fetch: it never goes online/);
}

describe('an Open Badges 2.0 assertion whose badge class is hosted online', () => {
  it('is a certificate that asks for its title, keeping everything the JSON file holds', async () => {
    expectHostedCertificate(await draftOf(utf8(JSON.stringify(HOSTED_ASSERTION)), 'bike-share.json'));
  });

  it('reads the same from a baked PNG (tEXt and compressed iTXt)', async () => {
    const json = JSON.stringify(HOSTED_ASSERTION);
    expectHostedCertificate(await draftOf(bakedPng([tEXtChunk('openbadges', json)]), 'bike-share.png'));
    expectHostedCertificate(await draftOf(bakedPng([iTXtChunk('openbadges', json, true)]), 'bike-share.png'));
  });

  it('reads the same from a baked SVG, whose verify attribute names the hosted assertion', async () => {
    const cdata = `<![CDATA[${JSON.stringify(HOSTED_ASSERTION)}]]>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${ASSERTION_URL}">${cdata}</openbadges:assertion><circle r="4"/></svg>`;
    expectHostedCertificate(await draftOf(utf8(svg), 'bike-share.svg'));
  });

  it('refuses an SVG that only points to its hosted assertion, saying where it is', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${ASSERTION_URL}"/></svg>`;
    const error = await readOpenBadge(utf8(svg), 'pointer.svg', NOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({
      place: 'SVG <openbadges:assertion>',
      message: expect.stringContaining(ASSERTION_URL),
    });
  });

  it('keeps an invalid signature invalid: a broken badge still asks to be confirmed', async () => {
    // Signed with one key, carrying another: the signature plainly does not hold.
    const { privateKey } = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', jwk: other })).toString('base64url');
    const signed = { ...HOSTED_ASSERTION, verification: { type: 'SignedBadge' } };
    const payload = Buffer.from(JSON.stringify(signed)).toString('base64url');
    const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
    const { entry, credential } = certificateOf(await draftOf(utf8(`${header}.${payload}.${signature}`), 'b.jwt'));
    expect(entry.needs).toEqual(['title']);
    expect(credential.status).toBe('invalid');
    expect(credential.detail).toContain(CLASS_URL);
  });

  it('asks for the title of an embedded badge class that has no name, instead of dropping it', async () => {
    const embedded = {
      ...HOSTED_ASSERTION,
      badge: { type: 'BadgeClass', id: CLASS_URL, issuer: { id: 'https://issuer.example.net/profile', name: '' } },
    };
    const { entry, certificate, credential } = certificateOf(await draftOf(utf8(JSON.stringify(embedded)), 'b.json'));
    expect(entry.needs).toEqual(['title']);
    expect(certificate.provider).toBe('issuer.example.net');
    expect(entry.problems).toContainEqual({
      place: 'JSON document, badge.issuer',
      message:
        "The issuer's name is not stated; the domain it is published on, issuer.example.net, stands as the provider.",
      blocking: false,
    });
    // The class is in the file, so nothing was left unfetched: the check says only what the signature did.
    expect(credential.detail).not.toContain('does not fetch');
  });

  it('leaves out evidence that is not in the shape the spec gives, and says so, without losing the badge', async () => {
    const odd = { ...HOSTED_ASSERTION, narrative: 42, evidence: { id: 7 } };
    const { entry, certificate } = certificateOf(await draftOf(utf8(JSON.stringify(odd)), 'b.json'));
    expect(certificate.description).toBe(`About this badge: ${CLASS_URL}`);
    expect(entry.problems).toEqual([
      { place: 'JSON document, narrative', message: 'The narrative is not text; it was left out.', blocking: false },
      {
        place: 'JSON document, evidence',
        message: 'The evidence is neither a web address nor an Evidence object; it was left out.',
        blocking: false,
      },
    ]);
  });
});

describe('planning a badge that needs a title', () => {
  const ids = () => {
    let next = 0;
    return () => `id-${String((next += 1))}`;
  };

  it('is skipped until a title is typed, and imported with it and everything else once it is', async () => {
    const draft = await draftOf(utf8(JSON.stringify(HOSTED_ASSERTION)), 'bike-share.json');

    const waiting = planImport(emptyProfile(), draft, NO_CHOICE, ids());
    expect(waiting.items).toEqual([
      expect.objectContaining({
        ref: 'badge-1',
        kind: 'certificate',
        action: 'skip',
        included: false,
        needs: ['title'],
      }),
    ]);
    expect(waiting.profile.certificates).toEqual([]);

    const completions = [{ ref: 'badge-1', title: '  Open Data Wrangler  ' }];
    const typed = planImport(emptyProfile(), draft, { ...NO_CHOICE, completions }, ids());
    expect(typed.items).toEqual([expect.objectContaining({ ref: 'badge-1', action: 'add', included: true })]);
    expect(typed.profile.certificates).toEqual([
      expect.objectContaining({
        id: 'id-1',
        title: 'Open Data Wrangler',
        provider: 'badges.example.com',
        issued: '2023-04-18',
        expires: '2029-04-18',
        credentialUrl: ASSERTION_URL,
        credential: expect.objectContaining({ status: 'unverifiable' }),
      }),
    ]);
    // The stand-in never reaches the profile.
    expect(JSON.stringify(typed.profile)).not.toContain('Untitled badge');
  });
});
