import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { ImportDraftSchema } from '../../../shared/import/draft';
import { generateDidKey, ob3Credential, signJwt, utf8 } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');

async function credentialOf(token: string) {
  const draft = ImportDraftSchema.parse(await readOpenBadge(utf8(token), 'badge.jwt', NOW));
  const entry = draft.entries[0];
  if (entry?.kind !== 'certificate') throw new Error('expected a certificate');
  return { entry, certificate: entry.certificate, credential: entry.certificate.credential! };
}

describe('Open Badges 3.0 as a JWT', () => {
  const issuer = generateDidKey();

  it('verifies a JWT signed by the issuer did:key, and maps the payload credential', async () => {
    const token = signJwt({ alg: 'EdDSA', typ: 'JWT', kid: issuer.kid }, ob3Credential(issuer.did), issuer.privateKey);
    const { entry, certificate, credential } = await credentialOf(token);
    expect(credential).toMatchObject({
      status: 'verified',
      expired: false,
      issuerId: issuer.did,
      format: 'open-badges-3',
    });
    expect(entry.place).toBe('JWT, payload');
    expect(certificate).toMatchObject({
      title: 'Data Analysis with Python',
      provider: 'Open Data Academy',
      issued: '2024-05-14',
      credentialId: 'urn:uuid:8f1c2b5e-4b1a-4c3e-9d9f-0a1b2c3d4e5f',
      credentialUrl: 'https://academy.example/achievements/data-analysis',
      description:
        'Cleaning, exploring and charting data with pandas.\n\nCompleted four graded notebooks and a capstone analysis.',
      skills: [
        {
          label: 'Python (computer programming)',
          conceptId: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
        },
      ],
    });
  });

  it('reads the credential under a `vc` claim, with exp standing for validUntil', async () => {
    const vc = ob3Credential(issuer.did);
    delete vc.validFrom;
    const payload = {
      iss: issuer.did,
      nbf: Date.parse('2020-02-03T00:00:00Z') / 1000,
      exp: Date.parse('2021-02-03T00:00:00Z') / 1000,
      vc,
    };
    const { entry, certificate, credential } = await credentialOf(
      signJwt({ alg: 'EdDSA', kid: issuer.kid }, payload, issuer.privateKey),
    );
    expect(certificate).toMatchObject({ issued: '2020-02-03', expires: '2021-02-03' });
    expect(credential).toMatchObject({ status: 'verified', expired: true });
    expect(entry.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/expired.*confirm/), blocking: false }),
    ]);
  });

  it('finds a JWT whose payload was changed after signing invalid', async () => {
    const token = signJwt({ alg: 'EdDSA', kid: issuer.kid }, ob3Credential(issuer.did), issuer.privateKey);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify(ob3Credential(issuer.did, { name: 'Forged' }))).toString('base64url');
    const { entry, credential } = await credentialOf(`${header}.${forged}.${signature}`);
    expect(credential.status).toBe('invalid');
    expect(entry.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/confirm/), blocking: false }),
    ]);
  });

  it('finds a JWT signed by another key than its kid invalid', async () => {
    const other = generateDidKey();
    const token = signJwt({ alg: 'EdDSA', kid: issuer.kid }, ob3Credential(issuer.did), other.privateKey);
    expect((await credentialOf(token)).credential.status).toBe('invalid');
  });

  it('does not call a did:key signature verified when the key is not the stated issuer', async () => {
    const other = generateDidKey();
    const token = signJwt({ alg: 'EdDSA', kid: other.kid }, ob3Credential(issuer.did), other.privateKey);
    const { credential } = await credentialOf(token);
    expect(credential.status).toBe('unverifiable');
    expect(credential.detail).toContain('not the stated issuer');
  });

  it('calls a JWT that carries its own key unverifiable: integrity alone does not prove the issuer', async () => {
    const token = signJwt({ alg: 'EdDSA', jwk: issuer.publicJwk }, ob3Credential(issuer.did), issuer.privateKey);
    const { credential } = await credentialOf(token);
    expect(credential.status).toBe('unverifiable');
    expect(credential.detail).toMatch(/integrity alone does not prove/);
  });

  it('finds a JWT that does not match its own embedded key invalid', async () => {
    const token = signJwt(
      { alg: 'EdDSA', jwk: issuer.publicJwk },
      ob3Credential(issuer.did),
      generateDidKey().privateKey,
    );
    expect((await credentialOf(token)).credential.status).toBe('invalid');
  });

  it('calls a JWT whose key is at an https URL unverifiable', async () => {
    const issuerUrl = 'https://academy.example/issuer';
    const token = signJwt({ alg: 'EdDSA', kid: `${issuerUrl}#key-1` }, ob3Credential(issuerUrl), issuer.privateKey);
    const { credential } = await credentialOf(token);
    expect(credential.status).toBe('unverifiable');
    expect(credential.detail).toContain('https://academy.example/issuer#key-1');
  });

  it('calls a JWT with a jku header unverifiable', async () => {
    const token = signJwt({ alg: 'RS256', jku: 'https://academy.example/jwks.json' }, ob3Credential(issuer.did), null);
    expect((await credentialOf(`${token}c2ln`)).credential.status).toBe('unverifiable');
  });

  it('reads alg none as unsigned', async () => {
    const { credential } = await credentialOf(signJwt({ alg: 'none' }, ob3Credential(issuer.did), null));
    expect(credential.status).toBe('unsigned');
  });
});

describe('Open Badges 2.0 as a JWS', () => {
  it('calls an RS256 signed assertion with its key at verification.creator unverifiable', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const assertion = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: 'urn:uuid:2b8f5b7e-1c1d-4c55-9a43-6d1f4b2a9c10',
      recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
      issuedOn: '2019-06-01T10:00:00Z',
      expires: '2030-06-01T10:00:00Z',
      verification: { type: 'SignedBadge', creator: 'https://issuer.example/keys/1.json' },
      badge: {
        type: 'BadgeClass',
        id: 'https://issuer.example/badges/sql',
        name: 'SQL Foundations',
        description: 'Queries, joins and aggregates.',
        criteria: { narrative: 'Passed the proctored exam.' },
        issuer: { type: 'Profile', id: 'https://issuer.example/profile', name: 'Issuer Example' },
        alignment: [
          {
            targetName: 'SQL',
            targetUrl:
              'https://esco.ec.europa.eu/en/classification/skill?uri=http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
            targetFramework: 'ESCO',
          },
        ],
      },
    };
    const header = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(assertion)).toString('base64url');
    const { sign } = await import('node:crypto');
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
    const { certificate, credential } = await credentialOf(`${header}.${payload}.${signature}`);
    expect(credential).toMatchObject({
      format: 'open-badges-2',
      status: 'unverifiable',
      expired: false,
      issuerId: 'https://issuer.example/profile',
    });
    expect(credential.detail).toContain('https://issuer.example/keys/1.json');
    expect(certificate).toMatchObject({
      title: 'SQL Foundations',
      provider: 'Issuer Example',
      issued: '2019-06-01',
      expires: '2030-06-01',
      credentialId: 'urn:uuid:2b8f5b7e-1c1d-4c55-9a43-6d1f4b2a9c10',
      credentialUrl: 'https://issuer.example/badges/sql',
      description: 'Queries, joins and aggregates.\n\nPassed the proctored exam.',
      skills: [{ label: 'SQL', conceptId: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742' }],
    });
  });
});
