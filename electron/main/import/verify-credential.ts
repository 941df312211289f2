import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { Ed25519Signature2020 } from '@digitalcredentials/ed25519-signature-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential, type VerifyCredentialResult } from '@digitalcredentials/vc';
import { countValuesUpTo } from '../../../shared/import/count-values';
import type { SignatureCheck } from '../../../shared/import/open-badges/build-draft';
import { MAX_VERIFIABLE_VALUES } from '../../../shared/import/open-badges/limits';
import type { CompactJws, JwsHeader } from '../../../shared/import/open-badges/jws';
import { isRecord } from '../../../shared/import/plain-data';
import { didOf, ed25519KeyFromDidKey } from './did-key';
import { createOfflineDocumentLoader } from './offline-document-loader';

const ISSUER_NOT_PROVEN = 'integrity alone does not prove who the issuer is';

/**
 * Checks the proof of an Open Badges 3.0 credential (Data Integrity eddsa-rdfc-2022 or
 * Ed25519Signature2020) offline: only did:key keys, only bundled contexts. `now` decides validity windows.
 */
export async function verifyLinkedDataCredential(
  document: Record<string, unknown>,
  now: Date,
): Promise<SignatureCheck> {
  const proofs = [document.proof].flat().filter(isRecord);
  if (proofs.length === 0)
    return { status: 'unsigned', detail: 'The credential carries no proof, so there is nothing to check.' };
  for (const proof of proofs) {
    const method = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
    if (!method.startsWith('did:key:')) return keyOnline(method);
    if (!isSupportedProof(proof)) {
      return {
        status: 'unverifiable',
        detail: `The proof type ${describeProofType(proof)} cannot be checked offline by Throughline.`,
      };
    }
  }
  // Canonicalising for the proof grows faster than the document: bound it before starting.
  if (countValuesUpTo(document, MAX_VERIFIABLE_VALUES) > MAX_VERIFIABLE_VALUES) {
    return {
      status: 'unverifiable',
      detail: `The credential holds more than ${MAX_VERIFIABLE_VALUES} values; checking a proof over that many takes minutes, so it was not checked.`,
    };
  }
  const loader = createOfflineDocumentLoader();
  const result = await verifyCredential({
    credential: document,
    suite: [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()],
    documentLoader: loader.load,
    // Status lists are published online: say "not checked" rather than pass or fail the credential.
    checkStatus: () => Promise.resolve({ verified: false, results: [] }),
    now,
  });
  if (result.verified || signatureHeld(result)) {
    const status =
      'credentialStatus' in document ? ' Whether it was revoked is published online and was not checked.' : '';
    return {
      status: 'verified',
      detail: `The signature holds, made with the issuer's did:key, which is read from the identifier itself.${status}`,
    };
  }
  if (loader.refused.length > 0) {
    return {
      status: 'unverifiable',
      detail: `Checking needs ${loader.refused[0] ?? ''}, which is not available offline.`,
    };
  }
  return {
    status: 'invalid',
    detail: `The proof does not hold: ${errorText(result.error ?? result.results?.[0]?.error).replace(/\.+$/, '')}.`,
  };
}

/**
 * Checks a compact JWS (a VC-JWT, or a 2.0 signed assertion) offline. Only a did:key `kid` names the
 * issuer's key without going online; an embedded `jwk` proves integrity but not authorship.
 */
export function verifyCompactJws(
  jws: CompactJws,
  stated: { issuerId: string | null; keyUrl: string | null },
): SignatureCheck {
  const { header } = jws;
  if (header.alg.toLowerCase() === 'none')
    return { status: 'unsigned', detail: 'The token says it is not signed (alg "none").' };
  if (header.kid?.startsWith('did:key:') === true) return verifyWithDidKey(jws, header.kid, stated.issuerId);
  if (header.jwk !== undefined) {
    const key = keyFromJwk(header.jwk);
    if (key !== null && !signatureHolds(jws, key)) {
      return { status: 'invalid', detail: 'The signature does not match the key the token carries.' };
    }
    return {
      status: 'unverifiable',
      detail: `The token carries its own key${key === null ? ', of a kind not checked offline' : ' and matches it'}, but ${ISSUER_NOT_PROVEN}.`,
    };
  }
  const online = header.kid ?? header.jku ?? stated.keyUrl;
  if (online !== null) return keyOnline(online);
  return { status: 'unverifiable', detail: 'The token names no key that can be read offline.' };
}

/** A 2.0 assertion as plain JSON: hosted ones are proven by the issuer's server, signed ones by a JWS not here. */
export function checkOb2Document(document: Record<string, unknown>): SignatureCheck {
  const verification = isRecord(document.verification) ? document.verification : {};
  const type = typeof verification.type === 'string' ? verification.type.toLowerCase() : '';
  if (type === 'hosted' || type === 'hostedbadge') {
    const where = typeof document.id === 'string' ? ` at ${document.id.slice(0, 300)}` : '';
    return {
      status: 'unverifiable',
      detail: `A hosted badge is proven by the issuer's copy${where}; checking it needs the network.`,
    };
  }
  if (type === 'signed' || type === 'signedbadge') {
    return { status: 'unsigned', detail: 'The file holds the assertion without the signed token it came in.' };
  }
  return { status: 'unsigned', detail: 'The assertion names no way to verify it.' };
}

function verifyWithDidKey(jws: CompactJws, kid: string, issuerId: string | null): SignatureCheck {
  const raw = ed25519KeyFromDidKey(kid);
  if (raw === null)
    return { status: 'unverifiable', detail: `The key ${kid.slice(0, 200)} is not an Ed25519 did:key.` };
  if (!/^(EdDSA|Ed25519)$/.test(jws.header.alg)) {
    return { status: 'invalid', detail: `The token says alg ${jws.header.alg.slice(0, 50)}, but its key is Ed25519.` };
  }
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
  if (!signatureHolds(jws, key))
    return { status: 'invalid', detail: 'The signature does not match the did:key it names.' };
  const did = didOf(kid);
  if (issuerId !== null && issuerId !== did) {
    return {
      status: 'unverifiable',
      detail: `The signature holds for ${did.slice(0, 200)}, which is not the stated issuer ${issuerId.slice(0, 200)}.`,
    };
  }
  return {
    status: 'verified',
    detail: "The signature holds, made with the issuer's did:key, which is read from the identifier itself.",
  };
}

const JWS_ALGORITHMS: Record<string, { hash: string | null; dsaEncoding?: 'ieee-p1363' }> = {
  EdDSA: { hash: null },
  Ed25519: { hash: null },
  RS256: { hash: 'sha256' },
  RS384: { hash: 'sha384' },
  RS512: { hash: 'sha512' },
  ES256: { hash: 'sha256', dsaEncoding: 'ieee-p1363' },
  ES384: { hash: 'sha384', dsaEncoding: 'ieee-p1363' },
};

function signatureHolds(jws: CompactJws, key: KeyObject): boolean {
  const algorithm = JWS_ALGORITHMS[jws.header.alg];
  if (algorithm === undefined) return false;
  try {
    const keyInput = algorithm.dsaEncoding === undefined ? key : { key, dsaEncoding: algorithm.dsaEncoding };
    return verifySignature(algorithm.hash, jws.signingInput, keyInput, jws.signature);
  } catch {
    return false;
  }
}

function keyFromJwk(jwk: NonNullable<JwsHeader['jwk']>): KeyObject | null {
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    return null;
  }
}

function keyOnline(where: string): SignatureCheck {
  const kind = where.startsWith('did:') ? `${where.split(':').slice(0, 2).join(':')} key` : 'key';
  return {
    status: 'unverifiable',
    detail: `The signing ${kind} is published at ${where.slice(0, 300) || 'an unnamed place'}; checking it would mean going online, and ${ISSUER_NOT_PROVEN}.`,
  };
}

function isSupportedProof(proof: Record<string, unknown>): boolean {
  return (
    proof.type === 'Ed25519Signature2020' ||
    (proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-rdfc-2022')
  );
}

function describeProofType(proof: Record<string, unknown>): string {
  const type = typeof proof.type === 'string' ? proof.type : 'unnamed';
  return typeof proof.cryptosuite === 'string' ? `${type} (${proof.cryptosuite})` : type;
}

/** The library logs valid_signature before its date checks, so a valid but expired credential shows here. */
function signatureHeld(result: VerifyCredentialResult): boolean {
  const logs = [
    result.log,
    logOf(result.error),
    ...(result.results ?? []).map((entry) => entry.log ?? logOf(entry.error)),
  ];
  return logs.some((log) => log?.some((entry) => entry.id === 'valid_signature' && entry.valid) === true);
}

function logOf(error: unknown): VerifyCredentialResult['log'] {
  if (!isRecord(error) && !(error instanceof Error)) return undefined;
  const log = (error as { log?: unknown }).log;
  return Array.isArray(log) ? (log as VerifyCredentialResult['log']) : undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0) return inner.map(errorText).join('; ');
    return error.message.slice(0, 300);
  }
  return 'no reason given';
}
