import { z } from 'zod';
import { ImportFileError } from '../errors';
import { decodeBase64Url } from './base64url';
import { decodeUtf8, parseJsonSafely } from './text';

/** A compact JWS (a JWT, or an Open Badges 2.0 signed assertion), split but not yet checked. */
export interface CompactJws {
  header: JwsHeader;
  payload: unknown;
  /** The bytes the signature covers: ASCII of "header.payload". */
  signingInput: Uint8Array;
  signature: Uint8Array;
}

const JwkSchema = z.object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional() });

export const JwsHeaderSchema = z.object({
  alg: z.string(),
  kid: z.string().optional(),
  jku: z.string().optional(),
  jwk: JwkSchema.optional(),
  typ: z.string().optional(),
});
export type JwsHeader = z.infer<typeof JwsHeaderSchema>;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function looksLikeCompactJws(text: string): boolean {
  return COMPACT_JWS.test(text.trim());
}

export function parseCompactJws(token: string, fileName: string, place: string): CompactJws {
  const trimmed = token.trim();
  if (!COMPACT_JWS.test(trimmed)) {
    throw new ImportFileError(fileName, place, 'This is not a compact JWS (three base64url parts joined by dots).');
  }
  const [headerPart = '', payloadPart = '', signaturePart = ''] = trimmed.split('.');
  const headerBytes = decodeBase64Url(headerPart);
  const payloadBytes = decodeBase64Url(payloadPart);
  const signature = decodeBase64Url(signaturePart);
  if (headerBytes === null || payloadBytes === null || signature === null) {
    throw new ImportFileError(fileName, place, 'A part of the JWS is not valid base64url.');
  }
  const headerJson = parseJsonSafely(
    decodeUtf8(headerBytes, fileName, `${place}, header`),
    fileName,
    `${place}, header`,
  );
  const header = JwsHeaderSchema.safeParse(headerJson);
  if (!header.success) {
    throw new ImportFileError(fileName, `${place}, header`, 'The JWS header has no "alg", so it is not a JWS.');
  }
  const payload = parseJsonSafely(
    decodeUtf8(payloadBytes, fileName, `${place}, payload`),
    fileName,
    `${place}, payload`,
  );
  return {
    header: header.data,
    payload,
    signingInput: new TextEncoder().encode(`${headerPart}.${payloadPart}`),
    signature,
  };
}
