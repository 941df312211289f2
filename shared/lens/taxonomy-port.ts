import type { FieldPace } from '../domain/profile';

/** What the lens needs from the taxonomy; the bundled Taxonomy provides it, tests may stub it. */
export interface LensTaxonomy {
  skill(conceptId: string): { label: string; soft: boolean; broader: readonly string[] } | null;
  resolve(label: string): { conceptId: string } | null;
  resolveProvider(name: string): { id: string; name: string } | null;
  paceOf(essentialSkillIds: readonly string[], optionalSkillIds?: readonly string[]): FieldPace;
  /** How close two concepts are, from 0 (unrelated) to 1 (the same): built from ESCO and the curated links. */
  relatedness(a: string, b: string): number;
  /** The occupation a job title names, with the skills a recruiter for it checks first. */
  occupationForTitle(
    title: string,
  ): { conceptId: string; isco: string; core: readonly string[]; roleId: string | null } | null;
  /** An occupation's or curated role's tiers: the lens reads the pace of the field a curated role names. */
  occupationTiers(occupationOrRoleId: string): { pace: FieldPace; role: { id: string } | null } | null;
}
