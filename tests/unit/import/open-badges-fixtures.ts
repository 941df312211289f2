import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builders for badge files the external fixtures do not cover; keys are made per run, never stored.
 * PNG badges are built by scripts/support/baked-png.ts (the bench uses them too).
 */

export const EXTERNAL_DIR = join(import.meta.dirname, '../../fixtures/external/openbadges');

export function externalBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(EXTERNAL_DIR, name)));
}

export function externalJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXTERNAL_DIR, name), 'utf8')) as Record<string, unknown>;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let text = '';
  while (value > 0n) {
    text = BASE58[Number(value % 58n)]! + text;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

export interface DidKeyPair {
  did: string;
  kid: string;
  privateKey: KeyObject;
  publicJwk: { kty: string; crv: string; x: string };
}

/** A fresh Ed25519 did:key (multicodec 0xed01 + raw key, base58btc). */
export function generateDidKey(): DidKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { kty: string; crv: string; x: string };
  const raw = Buffer.from(jwk.x, 'base64url');
  const fingerprint = `z${base58(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  const did = `did:key:${fingerprint}`;
  return { did, kid: `${did}#${fingerprint}`, privateKey, publicJwk: jwk };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS over `payload`; `key` null leaves the signature empty (alg none). */
export function signJwt(header: Record<string, unknown>, payload: unknown, key: KeyObject | null): string {
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  const signature = key === null ? '' : sign(null, Buffer.from(signingInput), key).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** An Open Badges 3.0 credential in the shape the spec's examples use, issued by `issuerId`. */
export function ob3Credential(issuerId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:8f1c2b5e-4b1a-4c3e-9d9f-0a1b2c3d4e5f',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, type: ['Profile'], name: 'Open Data Academy' },
    validFrom: '2024-05-14T09:00:00Z',
    name: 'Data Analysis with Python',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://academy.example/achievements/data-analysis',
        type: ['Achievement'],
        name: 'Data Analysis with Python',
        description: 'Cleaning, exploring and charting data with pandas.',
        criteria: { narrative: 'Completed four graded notebooks and a capstone analysis.' },
        alignment: [
          {
            type: ['Alignment'],
            targetName: 'Python (computer programming)',
            targetUrl: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
            targetFramework: 'ESCO',
          },
          { type: ['Alignment'], targetName: 'Course module 3', targetUrl: 'https://academy.example/modules/3' },
        ],
      },
    },
    ...extra,
  };
}
