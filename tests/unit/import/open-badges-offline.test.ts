import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineDocumentLoader, OfflineRefusal } from '../../../electron/main/import/offline-document-loader';
import { readOpenBadge } from '../../../electron/main/import/open-badges';
import { verifyLinkedDataCredential } from '../../../electron/main/import/verify-credential';
import { EXTERNAL_DIR, externalBytes, externalJson, generateDidKey } from './open-badges-fixtures';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('the offline document loader', () => {
  it('serves bundled contexts and resolves did:key without the network', async () => {
    const { load } = createOfflineDocumentLoader();
    await expect(load('https://www.w3.org/ns/credentials/v2')).resolves.toMatchObject({
      document: { '@context': expect.anything() },
    });
    await expect(load('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json')).resolves.toBeTruthy();
    const { did } = generateDidKey();
    await expect(load(did)).resolves.toMatchObject({ document: { id: did } });
  });

  it.each([
    'did:web:issuer.example',
    'did:web:issuer.example#key-1',
    'did:ion:EiClkZMDxPKqC9c-umQfTkR8vvZ9JPhl_xLDI9Nfk38w5w',
    'https://issuer.example/contexts/custom.json',
    'http://example.com/issuers/876543#key',
  ])('refuses %s at once, without looking it up', async (url) => {
    const loader = createOfflineDocumentLoader();
    await expect(loader.load(url)).rejects.toBeInstanceOf(OfflineRefusal);
    expect(loader.refused).toEqual([url]);
  });
});

describe('verification never touches the network', () => {
  const fetchSpy = vi.fn(() => Promise.reject(new Error('network used')));
  const refuse = () => {
    throw new Error('network used');
  };
  let spies: Array<{ mock: { calls: unknown[] } }> = [];

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchSpy);
    spies = [
      vi.spyOn(http, 'request').mockImplementation(refuse),
      vi.spyOn(http, 'get').mockImplementation(refuse),
      vi.spyOn(https, 'request').mockImplementation(refuse),
      vi.spyOn(https, 'get').mockImplementation(refuse),
      vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse),
    ];
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    fetchSpy.mockClear();
  });

  function assertOffline() {
    expect(fetchSpy).not.toHaveBeenCalled();
    for (const spy of spies) expect(spy.mock.calls).toEqual([]);
  }

  it('reads and checks every external fixture offline', async () => {
    for (const name of readdirSync(EXTERNAL_DIR)) {
      await readOpenBadge(externalBytes(name), name, NOW).catch(() => null);
    }
    assertOffline();
  });

  it('calls a credential whose proof uses did:web unverifiable without resolving it', async () => {
    const credential = externalJson(
      'vc-test-fixtures__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-basicOBv3.json',
    );
    const proof = credential.proof as Record<string, unknown>;
    const check = await verifyLinkedDataCredential(
      {
        ...credential,
        issuer: 'did:web:issuer.example',
        proof: { ...proof, verificationMethod: 'did:web:issuer.example#key-1' },
      },
      NOW,
    );
    expect(check.status).toBe('unverifiable');
    expect(check.detail).toContain('did:web');
    assertOffline();
  });

  it('calls a did:key credential with an unbundled context unverifiable, naming the context', async () => {
    const credential = externalJson(
      'vc-test-fixtures__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-basicOBv3.json',
    );
    const contexts = credential['@context'] as string[];
    const check = await verifyLinkedDataCredential(
      { ...credential, '@context': [...contexts, 'https://issuer.example/contexts/extra.json'] },
      NOW,
    );
    expect(check).toEqual({
      status: 'unverifiable',
      detail: expect.stringContaining('https://issuer.example/contexts/extra.json'),
    });
    assertOffline();
  });
});
