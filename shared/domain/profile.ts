import { z } from 'zod';
import { PartialDateSchema } from './dates';

import { PostingSourceSchema } from '../posting/posting';
import { LearningSessionSchema, PlanStepSchema } from './plan';
import { EntityIdSchema, ImportanceSchema, SkillRefSchema, TextSchema, TitleSchema, WorkKindSchema } from './refs';

export {
  EntityIdSchema,
  EntityKindSchema,
  ImportanceSchema,
  SkillRefSchema,
  WorkKindSchema,
  type EntityKind,
  type Importance,
  type SkilledKind,
  type WorkKind,
} from './refs';
const UrlSchema = z.url({ protocol: /^https?$/ }).max(2_000);

/** How fast learning ages in a field: about 3, 5 or 10 years before it reads as background. */
export const FieldPaceSchema = z.enum(['fast', 'normal', 'slow']);
export type FieldPace = z.infer<typeof FieldPaceSchema>;

/** Roles that are not work: they explain where the time went, and count as no experience. */
export const LIFE_PERIOD_KINDS = ['study', 'caring', 'travel', 'career-break'] as const;
export const isLifePeriod = (kind: string): boolean => (LIFE_PERIOD_KINDS as readonly string[]).includes(kind);

export const RoleSchema = z
  .object({
    id: EntityIdSchema,
    title: TitleSchema,
    organization: z.string().max(300),
    /** Where the work was, as the person wrote it ("Berlin, Germany", "Remote"); may be empty. */
    location: z.string().max(300),
    /** What the role was, in the person's words (a CV's description); may be empty. */
    summary: TextSchema,
    /**
     * Work (job, internship, freelance, volunteer), or a period of life that explains time away from
     * it (study, caring, travel, a career break): a reader asks about silence, not about these.
     */
    kind: z.enum(['job', 'internship', 'freelance', 'volunteer', ...LIFE_PERIOD_KINDS]),
    start: PartialDateSchema,
    /** null while the role is current. */
    end: PartialDateSchema.nullable(),
    field: z.string().max(200),
    skills: z.array(SkillRefSchema).max(500),
    highlights: z.array(TextSchema).max(100),
    /** The organisation's website, when the CV gives it. */
    url: UrlSchema.nullable(),
    /** What the organisation is or does (a CV's "Social media company"), apart from what the person did there. */
    organizationDescription: TextSchema,
  })
  .strict();

export const EvidenceLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), label: z.string().max(300), url: UrlSchema }).strict(),
  z.object({ kind: z.literal('file'), label: z.string().max(300), path: z.string().min(1).max(4_096) }).strict(),
]);

export const ProjectSchema = z
  .object({
    id: EntityIdSchema,
    title: TitleSchema,
    /** A publication (an article, a paper, a talk) is a project whose evidence is the published work. */
    kind: z.enum(['work', 'personal', 'freelance', 'internship', 'open-source', 'coursework', 'publication']),
    start: PartialDateSchema,
    end: PartialDateSchema.nullable(),
    roleId: EntityIdSchema.nullable(),
    /**
     * Who the project was for or with when that is not one of the person's roles (a client, a
     * publisher, a community); empty when none or when `roleId` says it.
     */
    organization: z.string().max(300),
    /** The person's part in it ("Team lead", "Sole developer"). */
    roles: z.array(z.string().trim().min(1).max(200)).max(50),
    skills: z.array(SkillRefSchema).max(500),
    outcome: TextSchema,
    highlights: z.array(TextSchema).max(100),
    evidence: z.array(EvidenceLinkSchema).max(50),
  })
  .strict();

/** Planned and in-progress learning is intent: the lens never reads it as evidence. */
export const CertificateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('planned') }).strict(),
  z.object({ state: z.literal('in-progress'), percentDone: z.number().int().min(0).max(100) }).strict(),
  z.object({ state: z.literal('earned') }).strict(),
]);

export const AppliedInSchema = z
  .object({
    kind: WorkKindSchema,
    id: EntityIdSchema,
    /** The user's one line on how the learning was used there. */
    note: z.string().max(500),
  })
  .strict();

/**
 * What an offline check of a digital credential (an Open Badge) found when it was imported. It stays on
 * the certificate so an invalid or expired credential the user chose to keep remains marked.
 */
export const CredentialCheckSchema = z
  .object({
    format: z.enum(['open-badges-2', 'open-badges-3']),
    /**
     * verified: the signature holds and the key was resolved offline. invalid: a signature or proof
     * fails. unverifiable: the key lives at a URL (or only inside the token), so integrity alone
     * cannot name the issuer. unsigned: there is nothing to check.
     */
    status: z.enum(['verified', 'invalid', 'unverifiable', 'unsigned']),
    expired: z.boolean(),
    /** The issuer's identifier as the credential states it (a DID or URL), when it has one. */
    issuerId: z.string().max(2_000).nullable(),
    checkedAt: z.iso.datetime(),
    /** One sentence on why the status is what it is. */
    detail: z.string().max(1_000),
  })
  .strict();

/** Technical or soft learning: soft skills support any target, so the lens never calls soft learning off-target. */
export const CertificateKindSchema = z.enum(['technical', 'soft']);

export const CertificateSchema = z
  .object({
    id: EntityIdSchema,
    title: TitleSchema,
    /** A certificate or course, or formal education (a degree, a diploma) imported from a CV. */
    learning: z.enum(['certificate', 'education']),
    provider: z.string().max(300),
    status: CertificateStatusSchema,
    /**
     * When the study or course began (a degree's first term), so its years of study show as a span
     * rather than a gap; null when unknown. Never after `issued`.
     */
    started: PartialDateSchema.nullable(),
    /** Issue date once earned, expected date while planned or in progress. */
    issued: PartialDateSchema.nullable(),
    expires: PartialDateSchema.nullable(),
    credentialId: z.string().max(500),
    credentialUrl: UrlSchema.nullable(),
    /** The provider's or school's website (not the credential's own page). */
    providerUrl: UrlSchema.nullable(),
    skills: z.array(SkillRefSchema).max(500),
    hours: z.number().min(0).max(10_000).nullable(),
    /** The courses a degree or programme listed: learning the person can name, each a line. */
    courses: z.array(z.string().trim().min(1).max(300)).max(300),
    /** A grade or score as the source states it ("3.8 GPA", "First class"); empty when none. */
    score: z.string().max(100),
    description: TextSchema,
    /** null means the kind is derived from the skills. */
    kindOverride: CertificateKindSchema.nullable(),
    appliedIn: z.array(AppliedInSchema).max(200),
    /** null unless the certificate came from a digital credential. */
    credential: CredentialCheckSchema.nullable(),
  })
  .strict();

/**
 * Recognition someone else gave (a prize, an honour, a scholarship): evidence like a certificate, attached to
 * the roles or projects it was given for.
 */
export const AwardSchema = z
  .object({
    id: EntityIdSchema,
    title: TitleSchema,
    awarder: z.string().max(300),
    date: PartialDateSchema.nullable(),
    summary: TextSchema,
    /** The roles and projects it was given for, each with the person's line on how. */
    appliedIn: z.array(AppliedInSchema).max(200),
  })
  .strict();

/** A skill the person lists on their CV as such, apart from any role or certificate ("Python — advanced"). */
export const DeclaredSkillSchema = z
  .object({
    /** A language the person speaks is declared with its fluency as the level ("Spanish — Fluent"). */
    kind: z.enum(['skill', 'language']),
    skill: SkillRefSchema,
    level: z.string().max(100),
    keywords: z.array(z.string().trim().min(1).max(200)).max(100),
  })
  .strict();

export const TargetSkillSchema = z.object({ skill: SkillRefSchema, importance: ImportanceSchema }).strict();

export const TargetRoleSchema = z
  .object({
    id: EntityIdSchema,
    title: TitleSchema,
    occupationId: z.string().max(300).nullable(),
    skills: z.array(TargetSkillSchema).max(500),
    /** null means the pace is derived from the target's skills. */
    paceOverride: FieldPaceSchema.nullable(),
    targetDate: PartialDateSchema.nullable(),
    /** The job posting the target was made from (its text, company, origin and day), or null. */
    posting: PostingSourceSchema.nullable(),
  })
  .strict();

export const DismissedFindingSchema = z
  .object({
    key: z.string().min(1).max(500),
    reason: z.string().max(500),
    at: z.iso.datetime(),
  })
  .strict();

export const SettingsSchema = z
  .object({
    curatedLimit: z.number().int().min(1).max(20),
    /** Hours of study a week the person aims for; null until they set one. */
    weeklyGoalHours: z.number().min(0.5).max(80).nullable(),
  })
  .strict();

/**
 * Providers the user added, and their word on whether a provider is recognised: it overrides the
 * bundled list (a recruiter in their field may know a provider the list does not, or not know one it does).
 */
export const CustomProviderSchema = z
  .object({
    id: EntityIdSchema,
    name: z.string().trim().min(1).max(200),
    aliases: z.array(z.string().trim().min(1).max(200)).max(20),
    recognised: z.boolean(),
  })
  .strict();

export const ProvidersSchema = z
  .object({
    custom: z.array(CustomProviderSchema).max(500),
    /** Recognition set by the user for bundled providers, by their id. */
    overrides: z.array(z.object({ providerId: z.string().min(1).max(100), recognised: z.boolean() }).strict()).max(500),
  })
  .strict();

/**
 * Version 2 added `providers`; version 3 added what CVs and badges carry: roles' `location` and `summary`,
 * projects' `highlights`, certificates' `learning` and `credential`, declared `skills` and bare-year dates; version 4
 * added certificates' `started` (when the study began); version 5 added roles that explain a period away from work
 * (study, caring, travel, career break); version 6 added the plan (`plan`: steps towards a target),
 * the learning log (`log`) and the weekly study goal; version 7 added targets' `posting` (the job posting a target
 * was made from); version 8 added what a whole resume carries: the person (`person`), `awards`, declared languages
 * (declared skills' `kind`), roles' `url` and `organizationDescription`, projects' `organization`, `roles` and the
 * publication kind, and certificates' `providerUrl`, `courses` and `score`. Every version has a fixture in tests/fixtures and a migration in shared/profile/migrations.ts.
 */
export const PROFILE_SCHEMA_VERSION = 8;

const PersonUrlSchema = UrlSchema.nullable();

/**
 * Who the person is, as a resume heads it: kept so an export is a whole resume. The lens never reads it,
 * and it is shown only where the person edits it.
 */
export const PersonSchema = z
  .object({
    name: z.string().max(200),
    /** Their headline ("Data analyst in the making"). */
    label: z.string().max(300),
    /** A picture's URL or path, as the resume gives it. */
    image: z.string().max(2_000),
    email: z.string().max(320),
    phone: z.string().max(100),
    url: PersonUrlSchema,
    summary: TextSchema,
    location: z
      .object({
        address: z.string().max(500),
        postalCode: z.string().max(50),
        city: z.string().max(200),
        countryCode: z.string().max(10),
        region: z.string().max(200),
      })
      .strict(),
    profiles: z
      .array(z.object({ network: z.string().max(100), username: z.string().max(200), url: PersonUrlSchema }).strict())
      .max(50),
    /** What they do for its own sake ("Open source: Hacktoberfest, documentation"), as a resume lists it. */
    interests: z
      .array(
        z.object({ name: z.string().max(200), keywords: z.array(z.string().trim().min(1).max(200)).max(100) }).strict(),
      )
      .max(100),
    /** What others wrote about them, with who wrote it: part of a whole resume, never read by the lens. */
    references: z.array(z.object({ name: z.string().max(200), reference: TextSchema }).strict()).max(50),
  })
  .strict();

export const ProfileSchema = z
  .object({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    roles: z.array(RoleSchema),
    projects: z.array(ProjectSchema),
    certificates: z.array(CertificateSchema),
    awards: z.array(AwardSchema).max(2_000),
    targets: z.array(TargetRoleSchema),
    skills: z.array(DeclaredSkillSchema).max(2_000),
    activeTargetId: EntityIdSchema.nullable(),
    dismissedFindings: z.array(DismissedFindingSchema),
    providers: ProvidersSchema,
    settings: SettingsSchema,
    plan: z.array(PlanStepSchema).max(2_000),
    log: z.array(LearningSessionSchema).max(20_000),
    person: PersonSchema,
  })
  .strict();

export type SkillRef = z.infer<typeof SkillRefSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type DeclaredSkill = z.infer<typeof DeclaredSkillSchema>;
export type CredentialCheck = z.infer<typeof CredentialCheckSchema>;
export type TargetRole = z.infer<typeof TargetRoleSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type Person = z.infer<typeof PersonSchema>;

export function emptyPerson(): Person {
  return {
    name: '',
    label: '',
    image: '',
    email: '',
    phone: '',
    url: null,
    summary: '',
    location: { address: '', postalCode: '', city: '', countryCode: '', region: '' },
    profiles: [],
    interests: [],
    references: [],
  };
}

export function emptyProfile(): Profile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    roles: [],
    projects: [],
    certificates: [],
    awards: [],
    targets: [],
    skills: [],
    activeTargetId: null,
    dismissedFindings: [],
    providers: { custom: [], overrides: [] },
    settings: { curatedLimit: 5, weeklyGoalHours: null },
    plan: [],
    log: [],
    person: emptyPerson(),
  };
}
