import { z } from 'zod';

/** A concept named for display: its id and its label. */
export const SkillLabelSchema = z.object({ conceptId: z.string(), label: z.string() }).strict();

/** What the taxonomy knows about one skill, ESCO's or a curated tool, platform or method. */
export const SkillInfoSchema = z
  .object({
    conceptId: z.string(),
    label: z.string(),
    source: z.enum(['esco', 'tool', 'platform', 'method']),
    /**
     * Supplementary to technical skills: ESCO's transversal collection or reuse level, its
     * personal-skills groups, or the curated soft-skills list.
     */
    soft: z.boolean(),
    digital: z.boolean(),
    /** Concept ids one level up (ESCO skills and skill groups), or the ESCO concepts a tool is closest to. */
    broader: z.array(z.string()),
    alternatives: z.array(z.string()),
  })
  .strict();
export type SkillInfo = z.infer<typeof SkillInfoSchema>;

/** A certificate of the bundled catalogue, with what it teaches. */
export const CatalogueCertificateSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    provider: z.object({ id: z.string(), name: z.string() }).strict(),
    skills: z.array(SkillLabelSchema),
    validityYears: z.number().int().nullable(),
  })
  .strict();
export type CatalogueCertificate = z.infer<typeof CatalogueCertificateSchema>;
