import { z } from 'zod';
import { FieldPaceSchema } from '../domain/profile';

export const TAXONOMY_FORMAT = 'throughline-taxonomy';
export const TAXONOMY_VERSION = 4;
export const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';
export const ESCO_OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';
export const SUPPLEMENTARY_PREFIX = 'sup:';

/** ESCO skillType, by index. */
export const SKILL_TYPES = ['knowledge', 'skill/competence', 'unspecified'] as const;
/** ESCO reuseLevel, by index. */
export const REUSE_LEVELS = [
  'transversal',
  'cross-sector',
  'sector-specific',
  'occupation-specific',
  'unspecified',
] as const;
/**
 * Bits of `skills.flags`. `personal`: under ESCO's personal-skills groups (knowledge field
 * "personal skills and development", the transversal skills hierarchy) or in the curated
 * soft-skills list, so soft although outside ESCO's transversal collection.
 */
export const SKILL_FLAGS = { transversal: 1, digital: 2, language: 4, personal: 8 } as const;

export const SupplementaryKindSchema = z.enum(['tool', 'platform', 'method', 'acronym']);
export const ProviderKindSchema = z.enum(['platform', 'vendor', 'professional-body', 'university', 'bootcamp']);

/**
 * The bundled vocabulary, column by column so the gzip stays small: ESCO skills and skill groups
 * share one concept index space (skills first), occupations point at skills by index, and the
 * curated lists refer to both. Concept ids are rebuilt from the URI prefixes above.
 */
export const TaxonomyAssetSchema = z
  .object({
    format: z.literal(TAXONOMY_FORMAT),
    version: z.literal(TAXONOMY_VERSION),
    source: z.string(),
    attribution: z.string(),
    skills: z
      .object({
        /** The part of the ESCO URI after ESCO_SKILL_PREFIX. */
        id: z.array(z.string()),
        label: z.array(z.string()),
        /** Alternative labels joined with "\n" ("" when none). */
        alt: z.array(z.string()),
        /**
         * ESCO's hidden labels (misspellings, product names, loose synonyms) joined with "\n": never
         * shown or searched, only read in job postings.
         */
        hidden: z.array(z.string()),
        type: z.array(z.number().int()),
        reuse: z.array(z.number().int()),
        flags: z.array(z.number().int()),
        /** How many occupations list the skill (essential or optional): a ranking signal. */
        occupations: z.array(z.number().int()),
      })
      .strict(),
    /** ESCO skill groups (hierarchy nodes above skills), full URIs. */
    groups: z.object({ uri: z.array(z.string()), label: z.array(z.string()) }).strict(),
    /** Flat [narrower, broader, narrower, broader, …] concept indexes (groups follow the skills). */
    broader: z.array(z.number().int()),
    occupations: z
      .object({
        id: z.array(z.string()),
        label: z.array(z.string()),
        alt: z.array(z.string()),
        isco: z.array(z.string()),
        essential: z.array(z.array(z.number().int())),
        optional: z.array(z.array(z.number().int())),
      })
      .strict(),
    /** Occupations that ESCO's relations name but its occupation list does not; kept for completeness. */
    unlistedOccupations: z.array(
      z.object({ id: z.string(), essential: z.array(z.number().int()), optional: z.array(z.number().int()) }).strict(),
    ),
    supplementary: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          kind: SupplementaryKindSchema,
          aliases: z.array(z.string()),
          /** Skill indexes of the closest ESCO concepts. */
          related: z.array(z.number().int()),
        })
        .strict(),
    ),
    /** Everyday CV phrases for ESCO skills worded otherwise ("teamwork" → "work in teams"). */
    synonyms: z.array(z.object({ text: z.string(), skill: z.number().int() }).strict()),
    providers: z.array(
      z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), kind: ProviderKindSchema }).strict(),
    ),
    /** The skill and occupation search index, computed by the build script (see SerializedSearchIndex). */
    searchIndex: z
      .object({
        nameConcept: z.array(z.number().int()),
        namePosition: z.array(z.number().int()),
        nameWords: z.array(z.number().int()),
        tokens: z.array(z.string()),
        postings: z.array(z.array(z.number().int())),
        exactKeys: z.array(z.string()),
        exactIds: z.array(z.array(z.number().int())),
        acronymKeys: z.array(z.string()),
        acronymIds: z.array(z.array(z.number().int())),
      })
      .strict()
      .nullable(),
    certificates: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          aliases: z.array(z.string()),
          provider: z.string(),
          /** Concept ids: an ESCO skill URI or `sup:<id>`. */
          skills: z.array(z.string()),
          validityYears: z.number().int().positive().nullable(),
        })
        .strict(),
    ),
    /** Curated role profiles: what a recruiter for the role checks first (taxonomy-sources/roles.json). */
    roles: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          aliases: z.array(z.string()),
          /** Occupation index. */
          occupation: z.number().int(),
          pace: FieldPaceSchema,
          /** Concept ids, as in certificates. */
          core: z.array(z.string()),
          secondary: z.array(z.string()),
          evidence: z.array(z.string()),
          /** Certificate ids from `certificates`. */
          certificates: z.array(z.string()),
          source: z.string(),
        })
        .strict(),
    ),
    /** Graded relatedness between skills, computed by the build (see shared/taxonomy/relatedness.ts). */
    relatedness: z
      .object({
        /**
         * Per concept (skills, then `supplementary` entries, by index): its closest neighbours from
         * ESCO's skill relations, co-occurrence in occupations and the curated lists, as flat
         * [index, weight, index, weight, …] with indexes ascending and given as the gap from the
         * previous one (the first from 0), weights in hundredths.
         */
        neighbours: z.array(z.array(z.number().int())),
        /** Per hierarchy node (skills, then groups): how many skills it covers, itself included. */
        coverage: z.array(z.number().int()),
      })
      .strict(),
  })
  .strict();
export type TaxonomyAsset = z.infer<typeof TaxonomyAssetSchema>;
