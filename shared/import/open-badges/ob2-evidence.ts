import { z } from 'zod';
import type { EntryProblem } from '../draft';
import { BADGE_LINE_LABELS, httpUrlOrNull } from './values';

/** More than this many pieces of evidence on one badge is not a person's work sample but noise. */
const MAX_EVIDENCE = 20;
const MAX_PARAGRAPH = 2_000;

const EvidenceObjectSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  narrative: z.string().optional(),
});
const EvidenceSchema = z.union([z.string(), EvidenceObjectSchema]);
const EvidenceListSchema = z.union([EvidenceSchema, z.array(EvidenceSchema)]);

/**
 * The assertion's own account of the work (`narrative`) and what shows it (`evidence`: URLs, or objects
 * with a name, a description, a narrative and a URL), as paragraphs for the certificate's description.
 * They are in the assertion itself, so they survive when the badge class lives online. A value that is
 * not in the shape the spec gives is left out and said so; it never costs the badge.
 */
export function readAccountOfWork(
  assertion: { narrative?: unknown; evidence?: unknown },
  place: string,
  problems: EntryProblem[],
): string[] {
  const paragraphs: string[] = [];
  if (typeof assertion.narrative === 'string') paragraphs.push(assertion.narrative.trim().slice(0, MAX_PARAGRAPH));
  else if (assertion.narrative !== undefined) leftOut(`${place}, narrative`, 'The narrative is not text', problems);
  if (assertion.evidence === undefined) return paragraphs.filter((paragraph) => paragraph !== '');
  const parsed = EvidenceListSchema.safeParse(assertion.evidence);
  if (!parsed.success) {
    leftOut(`${place}, evidence`, 'The evidence is neither a web address nor an Evidence object', problems);
    return paragraphs.filter((paragraph) => paragraph !== '');
  }
  const items = [parsed.data].flat();
  if (items.length > MAX_EVIDENCE) {
    leftOut(
      `${place}, evidence`,
      `Only the first ${MAX_EVIDENCE} of ${items.length} pieces of evidence are kept`,
      problems,
    );
  }
  for (const item of items.slice(0, MAX_EVIDENCE)) paragraphs.push(evidenceParagraph(item));
  return paragraphs.filter((paragraph) => paragraph !== '');
}

function evidenceParagraph(item: z.infer<typeof EvidenceSchema>): string {
  const evidence = typeof item === 'string' ? { id: item } : item;
  const url = httpUrlOrNull(evidence.id);
  const lines = [evidence.name, evidence.description, evidence.narrative]
    .map((line) => line?.trim().slice(0, MAX_PARAGRAPH) ?? '')
    .filter((line) => line !== '');
  if (url !== null) lines.push(BADGE_LINE_LABELS.evidence + url);
  return lines.join('\n');
}

function leftOut(place: string, what: string, problems: EntryProblem[]): void {
  problems.push({ place, message: `${what}; it was left out.`, blocking: false });
}
