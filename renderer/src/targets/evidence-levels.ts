import { ImportanceSchema } from '../../../shared/domain/profile';
import { EVIDENCE_LEVELS } from '../../../shared/lens/evidence-level';
import type { SkillEvidence } from '../../../shared/lens/result';

export type Importance = SkillEvidence['importance'];

/** Weakest first: the order of the chart's stacks, the legend and the gaps-first list. */
export const LEVELS = EVIDENCE_LEVELS;
export const IMPORTANCES: readonly Importance[] = ImportanceSchema.options;
