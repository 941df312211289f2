import { z } from 'zod';
import { LearningSessionSchema } from '../domain/plan';
import {
  AwardSchema,
  CertificateSchema,
  DeclaredSkillSchema,
  PersonSchema,
  ProjectSchema,
  RoleSchema,
} from '../domain/profile';

/**
 * What a parser makes of one file, before anything is compared with the profile: the contract between
 * every importer (JSON Resume, LinkedIn, Open Badges) and the preview. Parsers never touch the profile.
 */
export const ImportFormatSchema = z.enum(['json-resume', 'linkedin', 'open-badges']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** Where in the file something came from, as a person would look for it: "work[2]", "Positions.csv, row 5". */
export const SourcePlaceSchema = z.string().min(1).max(500);

/**
 * A problem with one value or entry. `blocking` means the entry cannot be imported as it stands (it is
 * shown and skipped, the rest of the file imports); otherwise it is imported and the problem is shown.
 */
export const EntryProblemSchema = z
  .object({ place: SourcePlaceSchema, message: z.string().min(1).max(1_000), blocking: z.boolean() })
  .strict();
export type EntryProblem = z.infer<typeof EntryProblemSchema>;

/**
 * A link the file states between a certificate and a role or project of the same file, by the draft
 * entry's `ref` (a Throughline JSON Resume export carries these); ids are only known once planned.
 */
export const DraftLinkSchema = z.object({ ref: z.string().min(1).max(200), note: z.string().max(500) }).strict();

/** What every draft entry carries: `ref` is unique within the draft (ids inside values are placeholders). */
const draftBase = {
  ref: z.string().min(1).max(200),
  place: SourcePlaceSchema,
  problems: z.array(EntryProblemSchema).max(100),
  /**
   * Values the source lacks that the entry cannot do without (a LinkedIn education row with no degree, a
   * badge whose class is only a hosted URL): the preview asks the person for them, and the entry imports
   * once they are typed. The value in the entry meanwhile is a stand-in that is never imported.
   */
  needs: z.array(z.literal('title')).max(1).optional(),
};

export const DraftRoleSchema = z.object({ kind: z.literal('role'), ...draftBase, role: RoleSchema }).strict();
/** `roleRef` names the draft role the project belongs to, when the file says so. */
export const DraftProjectSchema = z
  .object({ kind: z.literal('project'), ...draftBase, project: ProjectSchema, roleRef: z.string().max(200).nullable() })
  .strict();
export const DraftCertificateSchema = z
  .object({
    kind: z.literal('certificate'),
    ...draftBase,
    certificate: CertificateSchema,
    links: z.array(DraftLinkSchema).max(200),
  })
  .strict();
/** An award, linked like a certificate to the roles and projects of the same file it was given for. */
export const DraftAwardSchema = z
  .object({ kind: z.literal('award'), ...draftBase, award: AwardSchema, links: z.array(DraftLinkSchema).max(200) })
  .strict();
/** Who the resume is about (a JSON Resume's basics); at most one per file. */
export const DraftPersonSchema = z.object({ kind: z.literal('person'), ...draftBase, person: PersonSchema }).strict();
/** A sitting of study for the learning log (a completed LinkedIn Learning course with its time). */
export const DraftSessionSchema = z
  .object({ kind: z.literal('session'), ...draftBase, session: LearningSessionSchema })
  .strict();
export const DraftSkillSchema = z
  .object({ kind: z.literal('skill'), ...draftBase, skill: DeclaredSkillSchema })
  .strict();
/** An entry the parser could not turn into anything: it is listed as skipped, with its problems. */
export const DraftUnreadableSchema = z
  .object({
    kind: z.literal('unreadable'),
    ref: z.string().min(1).max(200),
    place: SourcePlaceSchema,
    title: z.string().max(300),
    problems: z.array(EntryProblemSchema).min(1).max(100),
  })
  .strict();

export const DraftEntrySchema = z.discriminatedUnion('kind', [
  DraftRoleSchema,
  DraftProjectSchema,
  DraftCertificateSchema,
  DraftSkillSchema,
  DraftAwardSchema,
  DraftPersonSchema,
  DraftSessionSchema,
  DraftUnreadableSchema,
]);
export type DraftEntry = z.infer<typeof DraftEntrySchema>;

export const ImportDraftSchema = z
  .object({
    format: ImportFormatSchema,
    /** The file's name as the user knows it (no folders). */
    fileName: z.string().min(1).max(500),
    entries: z.array(DraftEntrySchema).max(20_000),
    /** Problems with the file as a whole that did not stop it being read (schema violations, unknown sections). */
    problems: z.array(EntryProblemSchema).max(1_000),
  })
  .strict();
export type ImportDraft = z.infer<typeof ImportDraftSchema>;

const DRAFT_ID_PREFIX = 'draft:';

/** Placeholder ids inside draft values: the plan replaces them, so any stable text will do. */
export const draftId = (ref: string) => `${DRAFT_ID_PREFIX}${ref}`;

/** The ref a draft id names, or null for any other id (one of the profile's). */
export function draftRefOf(id: string): string | null {
  return id.startsWith(DRAFT_ID_PREFIX) ? id.slice(DRAFT_ID_PREFIX.length) : null;
}

/** The import formats by name; the app's import dialog and the import CLI name them the same way. */
export const IMPORT_FORMAT_NAMES = {
  'json-resume': 'JSON Resume',
  linkedin: 'LinkedIn data export',
  'open-badges': 'Open Badges',
} satisfies Record<ImportFormat, string>;
