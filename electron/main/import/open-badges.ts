import type { ImportDraft } from '../../../shared/import/draft';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import { buildBadgeDraft, type SignatureCheck } from '../../../shared/import/open-badges/build-draft';
import { extractBadgeSource, type BadgeSource } from '../../../shared/import/open-badges/extract';
import { readBadge, type InterpretedBadge, type ReadBadgeOptions } from '../../../shared/import/open-badges/read-badge';

/**
 * Reads one Open Badge file (3.0 or 2.0; JSON, JWT, baked PNG or SVG), checks its signature offline and
 * maps it onto a certificate draft. `now` stamps `checkedAt` and decides expiry.
 *
 * @throws ImportFileError when the file cannot be read as a badge at all (not a badge format, cut short,
 *   not UTF-8, no baked badge inside, not an Open Badge document). Everything else, including an invalid
 *   signature or a badge whose name lives online, comes back inside the draft.
 */
export async function readOpenBadge(
  bytes: Uint8Array,
  fileName: string,
  now: Date,
  options: ReadBadgeOptions = {},
): Promise<ImportDraft> {
  let source: BadgeSource;
  let badge: InterpretedBadge;
  try {
    source = extractBadgeSource(bytes, fileName);
    badge = readBadge(source, fileName, options);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(fileName, WHOLE_FILE, `The badge could not be read: ${String(error)}`);
  }
  return buildBadgeDraft(fileName, badge, await checkSignature(source, badge, now), now);
}

async function checkSignature(source: BadgeSource, badge: InterpretedBadge, now: Date): Promise<SignatureCheck> {
  try {
    // Loaded on first use: the credential stack (JSON-LD, RDF canonicalisation) is most of the import
    // worker's code, and a CV or a LinkedIn export never needs it.
    const { checkOb2Document, verifyCompactJws, verifyLinkedDataCredential } = await import('./verify-credential');
    if (source.kind === 'jws') {
      const issuerId = Array.isArray(badge.outcome) ? null : badge.outcome.issuerId;
      return verifyCompactJws(source.jws, { issuerId, keyUrl: ob2KeyUrl(badge.document) });
    }
    if (badge.format === 'open-badges-3') return await verifyLinkedDataCredential(badge.document, now);
    return checkOb2Document(badge.document);
  } catch (error) {
    // A verifier bug or an input it chokes on must not lose the badge: it is kept, marked unchecked.
    return { status: 'unverifiable', detail: `The signature could not be checked: ${String(error).slice(0, 300)}` };
  }
}

/** 2.0 signed assertions name their public key's URL in verification.creator. */
function ob2KeyUrl(document: Record<string, unknown>): string | null {
  const verification = document.verification;
  if (typeof verification !== 'object' || verification === null) return null;
  const creator = (verification as { creator?: unknown }).creator;
  return typeof creator === 'string' ? creator : null;
}
