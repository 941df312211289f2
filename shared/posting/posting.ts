import { z } from 'zod';
import { DaySchema, ImportanceSchema } from '../domain/refs';
import { SkillLabelSchema } from '../taxonomy/concepts';

/**
 * A job posting read offline into a target: what it asks for, where in its text each ask was
 * read, and what was deliberately not read as an ask. The preview, the CLI and the saved target
 * all use these shapes.
 */

/** Postings are pages, not books: longer text is refused before it is read. */
export const MAX_POSTING_CHARS = 100_000;
/** A posting file larger than this is not a posting. */
export const MAX_POSTING_FILE_BYTES = 2 * 1024 * 1024;

export const PostingTextSchema = z.string().max(MAX_POSTING_CHARS, 'A posting is at most 100,000 characters');

/** A stretch of the posting's text, by UTF-16 offsets (what String.slice and the DOM use). */
export const PostingSpanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() })
  .strict();

/** One skill the posting asks for, with every place it is named. */
export const PostingSkillSchema = z
  .object({
    label: z.string(),
    conceptId: z.string().max(300),
    importance: ImportanceSchema,
    spans: z.array(PostingSpanSchema),
  })
  .strict();
export type PostingSkill = z.infer<typeof PostingSkillSchema>;

/** Why text naming a skill was not read as an ask. */
export const IgnoredWhySchema = z.enum([
  'negated',
  'benefits',
  'salary',
  'company',
  'equal-opportunity',
  'how-to-apply',
]);
export type IgnoredWhy = z.infer<typeof IgnoredWhySchema>;

export const PostingIgnoredSchema = z
  .object({
    text: z.string(),
    why: IgnoredWhySchema,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** The skill the text would have named, when it named one. */
    conceptId: z.string().max(300).nullable(),
  })
  .strict();
export type PostingIgnored = z.infer<typeof PostingIgnoredSchema>;

/** How the posting's parts were read, so the preview can show it. */
export const PostingSectionKindSchema = z.enum([
  'title',
  'requirements',
  'nice-to-have',
  'responsibilities',
  'benefits',
  'salary',
  'company',
  'equal-opportunity',
  'how-to-apply',
  'other',
]);
export type PostingSectionKind = z.infer<typeof PostingSectionKindSchema>;

export const PostingSectionSchema = z
  .object({ kind: PostingSectionKindSchema, start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict();

/** The occupation the posting's title names: an ESCO occupation, read through a curated role where one exists. */
export const PostingOccupationSchema = z
  .object({
    /** What `taxonomy.targetDraft` takes: a curated role id when one matched, else the ESCO occupation URI. */
    occupationId: z.string().max(300),
    label: z.string(),
    roleId: z.string().max(200).nullable(),
  })
  .strict();

export const PostingExtractionSchema = z
  .object({
    title: z.string().max(300),
    company: z.string().max(200).nullable(),
    occupation: PostingOccupationSchema.nullable(),
    skills: z.array(PostingSkillSchema),
    ignored: z.array(PostingIgnoredSchema),
    /** The role's core skills the posting does not name: offered to the user, never added by themselves. */
    offered: z.array(SkillLabelSchema),
    sections: z.array(PostingSectionSchema),
  })
  .strict();
export type PostingExtraction = z.infer<typeof PostingExtractionSchema>;

/** Where the posting text came from. */
export const PostingOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pasted') }).strict(),
  z.object({ kind: z.literal('file'), fileName: z.string().min(1).max(300) }).strict(),
]);

/** What a target made from a posting keeps of it. */
export const PostingSourceSchema = z
  .object({
    text: PostingTextSchema,
    company: z.string().max(200).nullable(),
    origin: PostingOriginSchema,
    /** The day the target was saved from the posting. */
    savedOn: DaySchema,
  })
  .strict();
export type PostingSource = z.infer<typeof PostingSourceSchema>;

/** One saved posting's readiness: the share of its essential skills backed by work. */
export const PostingFitSchema = z
  .object({
    targetId: z.string(),
    title: z.string(),
    company: z.string().nullable(),
    essentialBacked: z.number().int().min(0),
    essentialTotal: z.number().int().min(0),
    /** essentialBacked ÷ essentialTotal, 0 when the posting names no essential skill. */
    share: z.number().min(0).max(1),
  })
  .strict();
export type PostingFit = z.infer<typeof PostingFitSchema>;
