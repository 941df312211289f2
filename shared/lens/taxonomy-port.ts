import type { FieldPace } from '../taxonomy/taxonomy';

/** What the lens needs from the taxonomy; the bundled Taxonomy provides it, tests may stub it. */
export interface LensTaxonomy {
  skill(conceptId: string): { label: string; soft: boolean; broader: readonly string[] } | null;
  resolve(label: string): { conceptId: string } | null;
  resolveProvider(name: string): { id: string; name: string } | null;
  paceOf(essentialSkillIds: readonly string[], optionalSkillIds?: readonly string[]): FieldPace;
}
