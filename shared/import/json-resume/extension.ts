import { z } from 'zod';
import { PartialDateSchema } from '../../domain/dates';
import {
  CertificateSchema,
  DeclaredSkillSchema,
  EvidenceLinkSchema,
  PersonSchema,
  ProjectSchema,
  RoleSchema,
  WorkKindSchema,
} from '../../domain/profile';
import type { EntryProblem } from '../draft';
import { problem } from './entry-builder';

/**
 * What a Throughline export adds to JSON Resume entries, under one key. The schema allows extra
 * properties on every entry (`additionalProperties: true`), and other tools ignore them, so the file
 * stays a plain valid resume while a round trip through it keeps everything Throughline models.
 */
export const EXTENSION_KEY = 'x-throughline';

const SkillLabelsSchema = z.array(z.string().trim().min(1).max(200)).max(500);

/**
 * A resume tailored to a job posting opens an entry's highlights with the posting's skills it shows
 * ("Shows: SQL, Power BI") and lists them here too, so reading the file back leaves that line out:
 * it was written for the posting, not by the person.
 */
const ShowsSchema = SkillLabelsSchema.optional();

export const showsLine = (skills: readonly string[]) => `Shows: ${skills.join(', ')}`;

/** The highlights as the person wrote them: without the line a tailored export added. */
export function withoutShowsLine(highlights: string[], shows: readonly string[] | undefined): string[] {
  if (shows === undefined || shows.length === 0) return highlights;
  const line = showsLine(shows);
  return highlights[0]?.trim() === line ? highlights.slice(1) : highlights;
}

/** On `work[]` and `volunteer[]` entries: what JSON Resume has no field for. */
export const RoleExtensionSchema = z
  .object({
    kind: RoleSchema.shape.kind,
    field: RoleSchema.shape.field,
    skills: SkillLabelsSchema,
    shows: ShowsSchema,
  })
  .strict();
export type RoleExtension = z.infer<typeof RoleExtensionSchema>;

/**
 * On `projects[]` entries. `roleRef` names the role as `work[i]` or `volunteer[i]` of the same file;
 * `evidence` keeps every link (JSON Resume has room for one URL and no file references).
 */
export const ProjectExtensionSchema = z
  .object({
    kind: ProjectSchema.shape.kind,
    roleRef: z.string().max(200).nullable(),
    /** The project's own organisation, which `entity` cannot carry next to its role's; absent in older files. */
    organization: ProjectSchema.shape.organization.optional(),
    evidence: z.array(EvidenceLinkSchema).max(50),
    shows: ShowsSchema,
  })
  .strict();
export type ProjectExtension = z.infer<typeof ProjectExtensionSchema>;

/** A certificate's link to a role or project of the same file, by its place (`work[0]`, `projects[2]`). */
export const AppliedInExtensionSchema = z
  .object({ kind: WorkKindSchema, ref: z.string().min(1).max(200), note: z.string().max(500) })
  .strict();
export type AppliedInExtension = z.infer<typeof AppliedInExtensionSchema>;

/**
 * On `certificates[]` and `education[]` entries. `title` and `credentialUrl` are only written for
 * education, whose own fields (studyType, area, the institution's url) do not hold them; `started` only
 * for certificates, which JSON Resume gives no start date. Files written before it existed omit it. The credential
 * check of an imported badge is deliberately absent: a file's word that a badge "verified" is not a check.
 */
export const CertificateExtensionSchema = z
  .object({
    title: CertificateSchema.shape.title.optional(),
    credentialUrl: CertificateSchema.shape.credentialUrl.optional(),
    status: CertificateSchema.shape.status,
    /** Only on `certificates[]`: education keeps its start in JSON Resume's own `startDate`. */
    started: PartialDateSchema.nullable().optional(),
    expires: PartialDateSchema.nullable(),
    credentialId: CertificateSchema.shape.credentialId,
    skills: SkillLabelsSchema,
    hours: CertificateSchema.shape.hours,
    description: CertificateSchema.shape.description,
    kindOverride: CertificateSchema.shape.kindOverride,
    appliedIn: z.array(AppliedInExtensionSchema).max(200),
    /** Only on `certificates[]`, which have no field for them (education has `url`, `courses` and `score`). */
    providerUrl: CertificateSchema.shape.providerUrl.optional(),
    courses: CertificateSchema.shape.courses.optional(),
    score: CertificateSchema.shape.score.optional(),
  })
  .strict();
export type CertificateExtension = z.infer<typeof CertificateExtensionSchema>;

/**
 * On `publications[]` entries: a publication is a project, and what JSON Resume's publication has no
 * field for (an end apart from the release date, skills, highlights, the person's part) travels here.
 */
export const PublicationExtensionSchema = ProjectExtensionSchema.extend({
  end: PartialDateSchema.nullable(),
  skills: SkillLabelsSchema,
  highlights: ProjectSchema.shape.highlights,
  roles: ProjectSchema.shape.roles,
}).strict();
export type PublicationExtension = z.infer<typeof PublicationExtensionSchema>;

/** On `awards[]` entries: the roles and projects of the same file the award was given for. */
export const AwardExtensionSchema = z.object({ appliedIn: z.array(AppliedInExtensionSchema).max(200) }).strict();
export type AwardExtension = z.infer<typeof AwardExtensionSchema>;

/** On `languages[]` entries: keywords, which a declared skill may have and JSON Resume's language has not. */
export const LanguageExtensionSchema = z.object({ keywords: DeclaredSkillSchema.shape.keywords }).strict();
export type LanguageExtension = z.infer<typeof LanguageExtensionSchema>;

/**
 * On `basics`: the person's own headline when `label` holds the title of the target a resume was written
 * for, and an email address the schema's format would refuse (kept as the person wrote it, off the resume).
 */
export const BasicsExtensionSchema = z
  .object({ label: PersonSchema.shape.label.optional(), email: PersonSchema.shape.email.optional() })
  .strict();
export type BasicsExtension = z.infer<typeof BasicsExtensionSchema>;

/**
 * The extension on one entry, or null when there is none. A damaged one is said so and ignored: the
 * entry is then read as any JSON Resume entry, which is still everything the resume itself states.
 */
export function readExtension<T>(
  record: Readonly<Record<string, unknown>>,
  schema: z.ZodType<T>,
  place: string,
  problems: EntryProblem[],
): T | null {
  const raw = record[EXTENSION_KEY];
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(
    problem(
      `${place}.${EXTENSION_KEY}`,
      'The Throughline details on this entry are damaged, so it was read as a plain JSON Resume entry.',
      false,
    ),
  );
  return null;
}

/** Skill labels from a file: the taxonomy is consulted later, so no concept is claimed here. */
export const skillRefs = (labels: readonly string[]) =>
  labels.map((label) => ({ label: label.trim(), conceptId: null })).filter((skill) => skill.label !== '');
