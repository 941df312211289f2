import { z } from 'zod';
import { ImportanceSchema, type Importance } from '../domain/refs';
import { compareText } from '../taxonomy/text';
import type { CertificateAssessment, SkillEvidence } from './result';

/**
 * How strongly a target skill is backed, weakest first: the order of every chart, list and table.
 * `declared` is a language the person lists with its fluency: a claim a recruiter checks in
 * conversation, stronger than a course still planned, weaker than a credential or any use in work.
 */
export const EvidenceLevelSchema = z.enum([
  'none',
  'planned',
  'declared',
  'certified',
  'applied',
  'applied-with-evidence',
]);
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>;
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = EvidenceLevelSchema.options;
/** A level's strength, 0 the weakest: its place in EvidenceLevelSchema, so the order is written once. */
export const evidenceRank = (level: EvidenceLevel): number => EVIDENCE_LEVELS.indexOf(level);

/** The levels in plain English, as the person reads them (the target view, their own review). */
export const EVIDENCE_LEVEL_NAMES = {
  none: 'No evidence',
  planned: 'Planned only',
  declared: 'Declared language',
  certified: 'Certified only',
  applied: 'Applied',
  'applied-with-evidence': 'Applied, with evidence',
} as const satisfies Record<EvidenceLevel, string>;

/**
 * Backed by a role or project: the evidence a recruiter trusts most, whether a skill's level or a
 * certificate's application. A type guard, so a caller keeping only the unbacked levels is typed
 * that way without naming them again.
 */
export function isApplied(
  level: EvidenceLevel | CertificateAssessment['application'],
): level is 'applied' | 'applied-with-evidence' {
  return level === 'applied' || level === 'applied-with-evidence';
}

/**
 * How a target skill's importance ranks, 0 essential: its place in ImportanceSchema, so
 * essential-before-optional is written once. Ascending lists essential skills first.
 */
export const importanceRank = (importance: Importance): number => ImportanceSchema.options.indexOf(importance);

/**
 * Essential before optional, gaps before strengths, then by name as a reader sorts it (capitals
 * among the rest), in code-unit order rather than the machine's locale, so the target view and
 * every report list the same skills alike anywhere.
 */
export function compareSkillEvidence(
  a: Pick<SkillEvidence, 'importance' | 'level' | 'skill'>,
  b: Pick<SkillEvidence, 'importance' | 'level' | 'skill'>,
): number {
  return (
    importanceRank(a.importance) - importanceRank(b.importance) ||
    evidenceRank(a.level) - evidenceRank(b.level) ||
    compareText(a.skill.toLowerCase(), b.skill.toLowerCase()) ||
    compareText(a.skill, b.skill)
  );
}

/**
 * The core (essential) skills, and how many a role or project backs: the one readiness count
 * the target view, the reports, the plan and a posting's fit all show.
 */
export function coreBacked(evidence: ReadonlyArray<{ importance: Importance; level: EvidenceLevel }>): {
  backed: number;
  total: number;
} {
  const core = evidence.filter((entry) => entry.importance === 'essential');
  return { backed: core.filter((entry) => isApplied(entry.level)).length, total: core.length };
}

export type LevelCounts = Record<EvidenceLevel, number>;

/** How many skills of one importance stand at each level; every level is counted, zero included. */
export function countLevels<I extends string>(
  skills: ReadonlyArray<{ importance: I; level: EvidenceLevel }>,
  importance: I,
): LevelCounts {
  const counts = Object.fromEntries(EVIDENCE_LEVELS.map((level) => [level, 0])) as LevelCounts;
  for (const entry of skills) if (entry.importance === importance) counts[entry.level] += 1;
  return counts;
}
