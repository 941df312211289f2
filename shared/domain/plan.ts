import { z } from 'zod';
import { DaySchema, EntityIdSchema, EntityRefSchema, SkillRefSchema, TextSchema, TitleSchema } from './refs';

/**
 * What a step does towards the target: learn (a skill or certificate), apply it in a project, show
 * evidence of it, renew a certificate, apply for roles, or anything else the person names.
 */
export const PlanStepKindSchema = z.enum(['learn', 'apply', 'evidence', 'renew', 'apply-for-roles', 'custom']);
export type PlanStepKind = z.infer<typeof PlanStepKindSchema>;

export const PlanStepStatusSchema = z.enum(['todo', 'doing', 'done', 'dropped']);
export type PlanStepStatus = z.infer<typeof PlanStepStatusSchema>;

/** One dated step of the plan towards a target role. */
export const PlanStepSchema = z
  .object({
    id: EntityIdSchema,
    /** The target the step serves: each target has its own plan. */
    targetId: EntityIdSchema,
    kind: PlanStepKindSchema,
    title: TitleSchema,
    skills: z.array(SkillRefSchema).max(100),
    /** The roles, projects and certificates the step is about. */
    serves: z.array(EntityRefSchema).max(50),
    /** Keys of the lens findings the step would close, so finishing it can show them close. */
    findingKeys: z.array(z.string().min(1).max(500)).max(50),
    due: DaySchema.nullable(),
    status: PlanStepStatusSchema,
    /** The day it was done; set exactly when the status is done. */
    doneOn: DaySchema.nullable(),
    note: TextSchema,
  })
  .strict();
export type PlanStep = z.infer<typeof PlanStepSchema>;

/** One sitting of study, logged after the fact. */
export const LearningSessionSchema = z
  .object({
    id: EntityIdSchema,
    date: DaySchema,
    minutes: z
      .number()
      .int()
      .min(1, 'At least a minute')
      .max(24 * 60, 'At most a day'),
    what: z.string().trim().max(500),
    /** The certificate or course it served, if any. */
    certificateId: EntityIdSchema.nullable(),
    /** The skill it served when no certificate names it (practice, a book, a tutorial). */
    skill: SkillRefSchema.nullable(),
    /** The plan step it moved forward, if any. */
    stepId: EntityIdSchema.nullable(),
  })
  .strict();
export type LearningSession = z.infer<typeof LearningSessionSchema>;
