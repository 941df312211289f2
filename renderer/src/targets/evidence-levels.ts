import { ImportanceSchema } from '../../../shared/domain/profile';
import { EVIDENCE_LEVELS, evidenceRank } from '../../../shared/lens/evidence-level';
import type { SkillEvidence } from '../../../shared/lens/result';

export type Importance = SkillEvidence['importance'];

/** Weakest first: the order of the chart's stacks, the legend and the gaps-first list. */
export const LEVELS = EVIDENCE_LEVELS;
export const IMPORTANCES: readonly Importance[] = ImportanceSchema.options;

/** Essential before optional, gaps before strengths, then by name. */
export function bySeverity(a: SkillEvidence, b: SkillEvidence): number {
  return (
    IMPORTANCES.indexOf(a.importance) - IMPORTANCES.indexOf(b.importance) ||
    evidenceRank(a.level) - evidenceRank(b.level) ||
    a.skill.localeCompare(b.skill)
  );
}
