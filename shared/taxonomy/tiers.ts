import { z } from 'zod';
import { ESCO_OCCUPATION_PREFIX, ESCO_SKILL_PREFIX, REUSE_LEVELS, type TaxonomyAsset } from './asset';
import { normalizeText } from './text';
import type { FieldPace } from '../domain/profile';

/** A curated role profile, as the target editor and the lens show it. */
export const RoleProfileInfoSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** What recruiters expect to see (a portfolio, a repository, a case study…). */
    evidence: z.array(z.string()),
    certificates: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
    /** Where the profile's facts come from, in one line. */
    source: z.string(),
  })
  .strict();
export type RoleProfileInfo = z.infer<typeof RoleProfileInfoSchema>;

export interface RoleSummary {
  id: string;
  title: string;
  aliases: string[];
  occupationId: string;
  pace: FieldPace;
}

/**
 * An occupation's skills in the order a recruiter reads them: core (checked first), secondary,
 * and everything else ESCO names for it, listed apart and never counted as a gap by default.
 */
export interface OccupationTiers {
  occupationId: string;
  core: string[];
  secondary: string[];
  alsoNamed: string[];
  role: RoleProfileInfo | null;
  pace: FieldPace;
}

/** Without a curated profile: this many of ESCO's essential skills are core, the next so many secondary. */
export const ESCO_TIERS = { core: 10, secondary: 8 } as const;

/**
 * Reuse levels by how much a skill says about one occupation: occupation- and sector-specific
 * first, cross-sector next, transversal and unspecified last.
 */
const REUSE_RANK: Record<(typeof REUSE_LEVELS)[number], number> = {
  'occupation-specific': 0,
  'sector-specific': 0,
  'cross-sector': 1,
  transversal: 2,
  unspecified: 2,
};

/** Words that say how senior a job is, not which job: "Senior data analyst" is a data analyst. */
const SENIORITY =
  /^(?:junior|senior|jr|sr|lead|principal|graduate|trainee|apprentice|entry level|mid level|associate)\s+/;

export interface OccupationForTitle {
  conceptId: string;
  label: string;
  isco: string;
  core: string[];
  /** The curated role the title named, when it named one. */
  roleId: string | null;
}

interface RoleBook {
  roles: () => RoleSummary[];
  /** By occupation URI (its curated profile when one maps to it) or by role id. */
  tiers: (occupationOrRoleId: string) => OccupationTiers | null;
  /** The occupation a job title names: a curated role's title or alias first, then ESCO's. */
  forTitle: (title: string) => OccupationForTitle | null;
}

export function createRoleBook(
  asset: TaxonomyAsset,
  paceOf: (essential: readonly string[], optional: readonly string[]) => FieldPace,
  resolveOccupation: (title: string) => string | null,
): RoleBook {
  const { occupations, skills, roles, certificates } = asset;
  const skillId = (index: number) => `${ESCO_SKILL_PREFIX}${skills.id[index] ?? ''}`;
  const occupationId = (index: number) => `${ESCO_OCCUPATION_PREFIX}${occupations.id[index] ?? ''}`;
  const occupationIndex = new Map(occupations.id.map((id, index) => [`${ESCO_OCCUPATION_PREFIX}${id}`, index]));
  const certificateTitle = new Map(certificates.map((certificate) => [certificate.id, certificate.title]));
  const roleById = new Map(roles.map((role) => [role.id, role]));
  /**
   * The profile an occupation reads through: of several mapping to it, the one named like the
   * occupation ("software developer" rather than "back-end developer"), else the first.
   */
  const roleByOccupation = new Map<number, (typeof roles)[number]>();
  for (const role of roles) {
    const current = roleByOccupation.get(role.occupation);
    const namedLikeIt = normalizeText(role.title) === normalizeText(occupations.label[role.occupation] ?? '');
    if (current === undefined || namedLikeIt) roleByOccupation.set(role.occupation, role);
  }
  const roleByTitle = new Map<string, (typeof roles)[number]>();
  for (const role of roles)
    for (const name of [role.title, ...role.aliases]) {
      const key = normalizeText(name);
      if (!roleByTitle.has(key)) roleByTitle.set(key, role);
    }

  /** ESCO's essential skills, most specific to the occupation first. */
  function rankedEssential(index: number): string[] {
    const specificity = (skill: number) => [
      REUSE_RANK[REUSE_LEVELS[skills.reuse[skill] ?? 4] ?? 'unspecified'],
      skills.occupations[skill] ?? 0,
    ];
    return [...(occupations.essential[index] ?? [])]
      .sort((a, b) => {
        const [rankA = 0, usedA = 0] = specificity(a);
        const [rankB = 0, usedB = 0] = specificity(b);
        return rankA - rankB || usedA - usedB || (skills.label[a] ?? '').localeCompare(skills.label[b] ?? '');
      })
      .map(skillId);
  }

  function tiersOf(index: number, role: (typeof roles)[number] | undefined): OccupationTiers {
    const named = [...(occupations.essential[index] ?? []), ...(occupations.optional[index] ?? [])].map(skillId);
    if (role !== undefined) {
      const listed = new Set([...role.core, ...role.secondary]);
      return {
        occupationId: occupationId(index),
        core: [...role.core],
        secondary: [...role.secondary],
        alsoNamed: [...new Set(named)].filter((id) => !listed.has(id)),
        role: {
          id: role.id,
          title: role.title,
          evidence: [...role.evidence],
          certificates: role.certificates.map((id) => ({ id, title: certificateTitle.get(id) ?? id })),
          source: role.source,
        },
        pace: role.pace,
      };
    }
    const ranked = rankedEssential(index);
    const core = ranked.slice(0, ESCO_TIERS.core);
    const secondary = ranked.slice(ESCO_TIERS.core, ESCO_TIERS.core + ESCO_TIERS.secondary);
    const tiered = new Set([...core, ...secondary]);
    return {
      occupationId: occupationId(index),
      core,
      secondary,
      alsoNamed: [...new Set(named)].filter((id) => !tiered.has(id)),
      role: null,
      pace: paceOf((occupations.essential[index] ?? []).map(skillId), (occupations.optional[index] ?? []).map(skillId)),
    };
  }

  function tiers(id: string): OccupationTiers | null {
    const role = roleById.get(id);
    if (role !== undefined) return tiersOf(role.occupation, role);
    const index = occupationIndex.get(id);
    return index === undefined ? null : tiersOf(index, roleByOccupation.get(index));
  }

  function forTitle(title: string): ReturnType<RoleBook['forTitle']> {
    const describe = (index: number, role: (typeof roles)[number] | undefined) => ({
      conceptId: occupationId(index),
      label: occupations.label[index] ?? '',
      isco: occupations.isco[index] ?? '',
      core: tiersOf(index, role ?? roleByOccupation.get(index)).core,
      roleId: role?.id ?? null,
    });
    const key = normalizeText(title);
    for (const candidate of [key, key.replace(SENIORITY, '')]) {
      const role = roleByTitle.get(candidate);
      if (role !== undefined) return describe(role.occupation, role);
    }
    for (const candidate of [title, key.replace(SENIORITY, '')]) {
      if (candidate.trim() === '') continue;
      const found = resolveOccupation(candidate);
      const index = found === null ? undefined : occupationIndex.get(found);
      if (index !== undefined) return describe(index, undefined);
    }
    return null;
  }

  return {
    roles: () =>
      roles.map((role) => ({
        id: role.id,
        title: role.title,
        aliases: [...role.aliases],
        occupationId: occupationId(role.occupation),
        pace: role.pace,
      })),
    tiers,
    forTitle,
  };
}
