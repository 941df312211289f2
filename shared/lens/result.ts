import { z } from 'zod';
import { CertificateKindSchema, CertificateSchema, FieldPaceSchema, ImportanceSchema } from '../domain/profile';
import { EntityRefSchema } from '../domain/refs';
import { EvidenceLevelSchema } from './evidence-level';

export const FINDING_CODES = [
  'CERT_OFF_TARGET',
  'CERT_STALE',
  'CERT_EXPIRED',
  'CERT_UNAPPLIED',
  'CERT_APPLICATION_PREDATES',
  'CERT_SOFT_SKILL',
  'CERT_INFLATED_CLAIM',
  'CERT_UNKNOWN_PROVIDER',
  'CERT_OUTLIER',
  'CERT_EARNED_WHILE_WORKING',
  'PROFILE_CREDENTIAL_COLLECTOR',
  'PROFILE_TARGET_SKILL_UNEVIDENCED',
  'PROFILE_SKILL_CERTIFIED_NOT_APPLIED',
  'PROFILE_TIMELINE_GAP',
  'PROFILE_SCATTERED_LEARNING',
  'PROFILE_TRANSITION_UNSUPPORTED',
  'PROFILE_ENTRY_LEVEL',
  'PROFILE_CAREER_CHANGE',
] as const;
export const FindingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCodeSchema>;

export const SeveritySchema = z.enum(['warning', 'suggestion', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
/**
 * How pressing a severity is, 0 the most: its place in SeveritySchema, so the order is written
 * once. A lower rank is the stronger mark; ascending lists warnings first.
 */
export const severityRank = (severity: Severity): number => SeveritySchema.options.indexOf(severity);

/** An entity id, a period, or null for the whole profile. */
export const SubjectSchema = z.union([z.string(), z.object({ from: z.string(), to: z.string() }).strict(), z.null()]);
export type Subject = z.infer<typeof SubjectSchema>;

export const FindingSchema = z
  .object({
    /** Stable across runs: code and subject; what a dismissal refers to. */
    key: z.string(),
    code: FindingCodeSchema,
    severity: SeveritySchema,
    subject: SubjectSchema,
    message: z.string(),
    why: z.string(),
    action: z.string(),
    dismissed: z.object({ reason: z.string(), at: z.string() }).strict().nullable(),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;

export const CertificateAssessmentSchema = z
  .object({
    certificateId: z.string(),
    intent: z.boolean(),
    /** A course or certificate, or formal education: a degree is read as part of the story, not as a course. */
    learning: CertificateSchema.shape.learning,
    relevance: z.enum(['none', 'partial', 'strong']).nullable(),
    /** The target skills it serves, strongest first: what a reader would say it is relevant to. */
    serves: z.array(z.string()),
    /** Its own skills that are a target skill, and those only related to one. */
    matchedSkills: z.array(z.string()),
    partialSkills: z.array(z.string()),
    recency: z.enum(['current', 'aging', 'background', 'expired']).nullable(),
    /** The field pace its age was judged by: the target's when it serves the target, else its own field's. */
    recencyPace: FieldPaceSchema.nullable(),
    application: z.enum(['none', 'applied-before-learning', 'applied', 'applied-with-evidence']),
    providerRecognised: z.boolean(),
    kind: CertificateKindSchema,
    inflatedClaim: z.string().nullable(),
    coherent: z.boolean(),
  })
  .strict();
export type CertificateAssessment = z.infer<typeof CertificateAssessmentSchema>;

export const NEXT_STEP_KINDS = [
  'link-used-learning',
  'bridge-transition',
  'evidence-core-skill',
  'apply-certified-skill',
  'renew-credential',
  'reword-claim',
  'explain-gap',
  'background-off-target',
  'link-learning',
] as const;
export const NextStepKindSchema = z.enum(NEXT_STEP_KINDS);

/**
 * One of the few actions that would most change a reader's view of the profile for the active
 * target, with what it acts on and the findings it would close.
 */
export const NextStepSchema = z
  .object({
    key: z.string(),
    kind: NextStepKindSchema,
    subject: SubjectSchema,
    /** Entities the step offers to use: the role where a certificate's skills were already used, say. */
    related: z.array(EntityRefSchema),
    /** The target skills the step serves. */
    skills: z.array(z.string()),
    text: z.string(),
    why: z.string(),
    findingKeys: z.array(z.string()),
  })
  .strict();
export type NextStep = z.infer<typeof NextStepSchema>;

export const SkillEvidenceSchema = z
  .object({
    skill: z.string(),
    conceptId: z.string().nullable(),
    importance: ImportanceSchema,
    level: EvidenceLevelSchema,
    certificates: z.array(z.string()),
    roles: z.array(z.string()),
    projects: z.array(z.string()),
  })
  .strict();
export type SkillEvidence = z.infer<typeof SkillEvidenceSchema>;

export const LensResultSchema = z
  .object({
    targetId: z.string().nullable(),
    pace: FieldPaceSchema.nullable(),
    modes: z.object({ entryLevel: z.boolean(), careerChanger: z.boolean() }).strict(),
    findings: z.array(FindingSchema),
    /** At most five, most telling first. */
    nextSteps: z.array(NextStepSchema),
    assessments: z.array(CertificateAssessmentSchema),
    curated: z.array(z.object({ certificateId: z.string(), reason: z.string() }).strict()),
    background: z.array(z.string()),
    skillEvidence: z.array(SkillEvidenceSchema),
    stories: z.array(z.object({ certificateId: z.string(), line: z.string() }).strict()),
  })
  .strict();
export type LensResult = z.infer<typeof LensResultSchema>;
