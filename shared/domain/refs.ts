import { z } from 'zod';

/** What every part of the profile names its entries with; plan.ts and profile.ts both build on these. */
export const EntityIdSchema = z.string().min(1).max(200);
/** Exported for the places that clip or cap a title before it is parsed (an input's maxLength, a generated title). */
export const TITLE_MAX_LENGTH = 300;
export const TitleSchema = z.string().trim().min(1, 'Give it a title').max(TITLE_MAX_LENGTH);
export const TextSchema = z.string().max(10_000);

/** A skill as the user wrote it, resolved to an ESCO (or supplementary) concept when one matches. */
export const SkillRefSchema = z
  .object({
    label: z.string().trim().min(1).max(200),
    conceptId: z.string().max(300).nullable(),
  })
  .strict();

/** The kinds of entry a profile holds and the timeline draws: an award is recognition given for a role or project. */
export const EntityKindSchema = z.enum(['role', 'project', 'certificate', 'award']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** The work learning is applied in: what an applied-in link, a timeline lane and posting evidence point to. */
export const WorkKindSchema = EntityKindSchema.extract(['role', 'project']);
export type WorkKind = z.infer<typeof WorkKindSchema>;

/** The kinds of entry that name skills (an award names none). */
export type SkilledKind = Exclude<EntityKind, 'award'>;

/**
 * How much a target or a posting needs a skill. It lives here rather than in profile.ts because the
 * posting schemas use it too, and profile.ts imports those.
 */
export const ImportanceSchema = z.enum(['essential', 'optional']);
export type Importance = z.infer<typeof ImportanceSchema>;

export const EntityRefSchema = z.object({ kind: EntityKindSchema, id: EntityIdSchema }).strict();
export type EntityRef = z.infer<typeof EntityRefSchema>;

/**
 * The key an entry goes by wherever entries are looked up, drawn or chosen: `kind:id`, e.g. `role:r1`.
 * The kind never holds a colon, so the id is everything after the first one and may hold colons itself.
 */
export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** Whether two references name the same entry; a link's note or other fields are not compared. */
export function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * The entry a refKey names, or null when the key has no id or names no kind `kinds` accepts: any
 * entity kind, unless narrowed (WorkKindSchema, where only a role or a project will do).
 */
export function parseRefKey(key: string): EntityRef | null;
export function parseRefKey<K extends EntityKind>(key: string, kinds: z.ZodType<K>): { kind: K; id: string } | null;
export function parseRefKey(key: string, kinds: z.ZodType<EntityKind> = EntityKindSchema): EntityRef | null {
  const colon = key.indexOf(':');
  if (colon < 0) return null;
  const kind = kinds.safeParse(key.slice(0, colon));
  const id = key.slice(colon + 1);
  return kind.success && id !== '' ? { kind: kind.data, id } : null;
}

/** A calendar day in the person's own time zone, as they picked it: plan dates are days, never instants. */
export const DaySchema = z.iso.date();
export type Day = z.infer<typeof DaySchema>;
