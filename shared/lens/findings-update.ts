import { z } from 'zod';
import { compareFindings } from './analyze';
import { FindingSchema, NextStepSchema, type Finding } from './result';

/**
 * The findings for one profile revision, whole or as the change from a revision the renderer
 * already holds: on a large profile an edit moves a handful of its thousands of findings.
 */
export const FindingsUpdateSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('full'),
      revision: z.number().int().min(0),
      findings: z.array(FindingSchema),
      nextSteps: z.array(NextStepSchema),
    })
    .strict(),
  z
    .object({
      kind: z.literal('change'),
      since: z.number().int().min(0),
      revision: z.number().int().min(0),
      added: z.array(FindingSchema),
      removed: z.array(z.string()),
      /** Whole every time: there are at most five. */
      nextSteps: z.array(NextStepSchema),
    })
    .strict(),
]);
export type FindingsUpdate = z.infer<typeof FindingsUpdateSchema>;

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.severity === b.severity &&
    a.message === b.message &&
    a.why === b.why &&
    a.action === b.action &&
    a.dismissed?.reason === b.dismissed?.reason &&
    a.dismissed?.at === b.dismissed?.at
  );
}

/** What changed between two analyses, by key: a changed finding is removed and added again. */
export function diffFindings(
  before: ReadonlyMap<string, Finding>,
  after: readonly Finding[],
): { added: Finding[]; removed: string[] } {
  const added: Finding[] = [];
  const seen = new Set<string>();
  for (const finding of after) {
    seen.add(finding.key);
    const previous = before.get(finding.key);
    if (previous === undefined || !sameFinding(previous, finding)) added.push(finding);
  }
  const replaced = new Set(added.map((finding) => finding.key));
  const removed = [...before.keys()].filter((key) => !seen.has(key) || replaced.has(key));
  return { added, removed };
}

/** The findings after an update, in the lens's order; null when the update is from another revision. */
export function applyFindingsUpdate(
  current: { revision: number; findings: readonly Finding[] } | null,
  update: FindingsUpdate,
): Finding[] | null {
  if (update.kind === 'full') return update.findings;
  if (current === null || current.revision !== update.since) return null;
  const removed = new Set(update.removed);
  return [...current.findings.filter((finding) => !removed.has(finding.key)), ...update.added].sort(compareFindings);
}
