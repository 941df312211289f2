import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** Builders for badge files the external fixtures do not cover; keys are made per run, never stored. */

export const EXTERNAL_DIR = join(import.meta.dirname, '../../fixtures/external/openbadges');

export function externalBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(EXTERNAL_DIR, name)));
}

export function externalJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXTERNAL_DIR, name), 'utf8')) as Record<string, unknown>;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1×1 grey PNG with the given extra chunks placed before IEND, as a baker would. */
export function bakedPng(extraChunks: Uint8Array[]): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    ...extraChunks,
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

export function tEXtChunk(keyword: string, text: string): Uint8Array {
  return pngChunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'utf8')]));
}

export function iTXtChunk(keyword: string, text: string, compressed: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return iTXtChunkOfBytes(keyword, compressed ? deflateSync(body) : body, compressed);
}

/** An iTXt chunk around bytes as given (already zlib-compressed when `compressed`): a bomb, say. */
export function iTXtChunkOfBytes(keyword: string, body: Uint8Array, compressed: boolean): Uint8Array {
  // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
  const header = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0])]);
  return pngChunk('iTXt', Buffer.concat([header, body]));
}

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
