import { ImportFileError } from '../errors';
import type { EntryProblem } from '../draft';
import type { BadgeFormat, BadgeReading } from './badge-reading';
import type { BadgeSource } from './extract';
import { isOb2Assertion, readOb2Assertion } from './ob2-assertion';
import { isOb3Credential, readOb3Credential } from './ob3-credential';
import { isRecord } from '../plain-data';

/** The badge document itself (what a proof covers) and what it says, or why it says nothing usable. */
export interface InterpretedBadge {
  format: BadgeFormat;
  document: Record<string, unknown>;
  outcome: BadgeReading | EntryProblem[];
}

export interface ReadBadgeOptions {
  /** Hosted 2.0 BadgeClass / Issuer documents the user supplied alongside, matched by `id`. */
  localDocuments?: readonly unknown[];
}

/**
 * Decides which Open Badges version a document is and maps it.
 * @throws ImportFileError when the document is not an Open Badge at all.
 */
export function readBadge(source: BadgeSource, fileName: string, options: ReadBadgeOptions = {}): InterpretedBadge {
  const place = source.kind === 'jws' ? `${source.place}, payload` : source.place;
  const raw = source.kind === 'jws' ? source.jws.payload : source.document;
  if (!isRecord(raw)) throw new ImportFileError(fileName, place, 'The badge is not a JSON object.');
  if (source.kind === 'document' || isOb2Assertion(raw)) return interpret(raw, place, fileName, options);
  return interpret(credentialFromJwtClaims(raw), place, fileName, options);
}

function interpret(
  document: Record<string, unknown>,
  place: string,
  fileName: string,
  options: ReadBadgeOptions,
): InterpretedBadge {
  if (isOb3Credential(document))
    return { format: 'open-badges-3', document, outcome: readOb3Credential(document, place) };
  if (isOb2Assertion(document)) {
    return {
      format: 'open-badges-2',
      document,
      outcome: readOb2Assertion(document, place, options.localDocuments ?? []),
    };
  }
  const type = [document.type].flat().find((name) => name === 'BadgeClass' || name === 'Issuer' || name === 'Profile');
  if (typeof type === 'string') {
    throw new ImportFileError(
      fileName,
      place,
      `This is a badge's published ${type} description, not a badge awarded to someone (an assertion or credential).`,
    );
  }
  throw new ImportFileError(
    fileName,
    place,
    'This JSON is not an Open Badge: it has neither a credentialSubject (Open Badges 3.0) nor a badge and recipient (2.0).',
  );
}

/**
 * A VC-JWT may carry the credential under `vc` (VC data model 1.1) or as the payload itself (Open Badges
 * 3.0), with the registered claims standing in for fields the credential leaves out.
 */
function credentialFromJwtClaims(payload: Record<string, unknown>): Record<string, unknown> {
  const credential = isRecord(payload.vc) ? payload.vc : payload;
  return {
    ...credential,
    id: credential.id ?? payload.jti,
    issuer: credential.issuer ?? payload.iss,
    validFrom: credential.validFrom ?? credential.issuanceDate ?? payload.nbf,
    validUntil: credential.validUntil ?? credential.expirationDate ?? payload.exp,
  };
}
