import { describe, expect, it } from 'vitest';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { ImportDraftSchema } from '../../../shared/import/draft';
import { bakedPng, iTXtChunk, tEXtChunk } from '../../../scripts/support/baked-png';
import { generateDidKey, ob3Credential, signJwt, utf8 } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');

async function entryOf(bytes: Uint8Array, fileName: string) {
  const draft = ImportDraftSchema.parse(await readOpenBadge(bytes, fileName, NOW));
  const entry = draft.entries[0];
  if (entry?.kind !== 'certificate') throw new Error(`expected a certificate, got ${JSON.stringify(entry)}`);
  return { entry, certificate: entry.certificate, credential: entry.certificate.credential! };
}

const OB2_ASSERTION = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://badges.example/assertions/42',
  recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
  issuedOn: '2018-03-04',
  verification: { type: 'hosted' },
  badge: {
    type: 'BadgeClass',
    id: 'https://badges.example/classes/first-aid',
    name: 'First Aid Ready',
    description: 'Basic first aid for the workplace — CPR, recovery position.',
    criteria: 'https://badges.example/classes/first-aid/criteria',
    issuer: { type: 'Issuer', id: 'https://badges.example/issuer', name: 'Red Cross Training Centre' },
  },
};

describe('baked PNG badges', () => {
  it('reads a 2.0 assertion baked in a tEXt chunk keyed openbadges', async () => {
    const png = bakedPng([tEXtChunk('Software', 'baker'), tEXtChunk('openbadges', JSON.stringify(OB2_ASSERTION))]);
    const { entry, certificate, credential } = await entryOf(png, 'first-aid.png');
    expect(entry.place).toMatch(/^PNG tEXt chunk 'openbadges'/);
    expect(certificate).toMatchObject({
      title: 'First Aid Ready',
      provider: 'Red Cross Training Centre',
      issued: '2018-03-04',
      // Where the criteria and the class are published is kept too: the class is not the credential's URL.
      description: [
        'Basic first aid for the workplace — CPR, recovery position.',
        'Criteria: https://badges.example/classes/first-aid/criteria\nAbout this badge: https://badges.example/classes/first-aid',
      ].join('\n\n'),
      credentialUrl: 'https://badges.example/assertions/42',
    });
    expect(credential).toMatchObject({ format: 'open-badges-2', status: 'unverifiable' });
    expect(credential.detail).toMatch(/hosted/);
  });

  it('reads a 3.0 credential from a zlib-compressed iTXt chunk', async () => {
    const issuer = generateDidKey();
    const png = bakedPng([iTXtChunk('openbadgecredential', JSON.stringify(ob3Credential(issuer.did)), true)]);
    const { entry, certificate, credential } = await entryOf(png, 'python.png');
    expect(entry.place).toMatch(/^PNG iTXt chunk 'openbadgecredential'/);
    expect(certificate.title).toBe('Data Analysis with Python');
    expect(credential.status).toBe('unsigned');
  });

  it('reads a did:key-signed JWT baked in an iTXt chunk, and verifies it', async () => {
    const issuer = generateDidKey();
    const token = signJwt({ alg: 'EdDSA', kid: issuer.kid }, ob3Credential(issuer.did), issuer.privateKey);
    const { credential } = await entryOf(bakedPng([iTXtChunk('openbadgecredential', token, false)]), 'signed.png');
    expect(credential.status).toBe('verified');
  });
});

describe('baked SVG badges', () => {
  it('reads the JWS in the verify attribute of <openbadges:credential>', async () => {
    const issuer = generateDidKey();
    const token = signJwt({ alg: 'EdDSA', kid: issuer.kid }, ob3Credential(issuer.did), issuer.privateKey);
    const svg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 10 10">
  <openbadges:credential verify="${token}"></openbadges:credential>
  <circle cx="5" cy="5" r="4"/>
</svg>`;
    const { entry, certificate, credential } = await entryOf(utf8(svg), 'signed.svg');
    expect(entry.place).toBe('SVG <openbadges:credential> verify attribute, payload');
    expect(certificate.title).toBe('Data Analysis with Python');
    expect(credential.status).toBe('verified');
  });

  it('reads a 2.0 assertion written as escaped XML text in <openbadges:assertion>', async () => {
    const escaped = JSON.stringify(OB2_ASSERTION).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="">${escaped}</openbadges:assertion></svg>`;
    const { certificate, credential } = await entryOf(utf8(svg), 'first-aid.svg');
    expect(certificate.title).toBe('First Aid Ready');
    expect(credential.format).toBe('open-badges-2');
  });
});
