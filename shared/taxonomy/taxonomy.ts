import {
  ESCO_OCCUPATION_PREFIX,
  ESCO_SKILL_PREFIX,
  REUSE_LEVELS,
  SKILL_FLAGS,
  SUPPLEMENTARY_PREFIX,
  type TaxonomyAsset,
} from './asset';
import type { FieldPace } from '../domain/profile';
import type { CatalogueCertificate, SkillInfo } from './concepts';
import { createRelatedness, RELATEDNESS } from './relatedness';
import {
  buildSearchIndex,
  type ConceptKind,
  type IndexedConcept,
  type SearchHit,
  type SearchOptions,
} from './search-index';
import { compareText, normalizeText } from './text';
import { createRoleBook, type OccupationForTitle, type OccupationTiers, type RoleSummary } from './tiers';

export { RELATEDNESS } from './relatedness';

/**
 * A target's pace from how digital its skills are (ESCO's digital collection, or a curated tool):
 * where the tools change fast, learning ages fast. Fast when at least 30% of the essential
 * skills are digital; slow when under 5% of all its skills (essential and optional) are, so a
 * role whose optional skills are digital is not called slow; normal otherwise. On ESCO: software
 * developers, data analysts, digital marketing managers and graphic designers are fast; project,
 * product and marketing managers normal; accountants, nurses and carpenters slow.
 */
export const PACE_THRESHOLDS = { fastEssentialShare: 0.3, slowOverallShare: 0.05 } as const;

/** One name a skill answers to, with where it comes from: what reading free text (a job posting) needs. */
export interface SkillPhrase {
  conceptId: string;
  text: string;
  /**
   * `label`: an ESCO skill's preferred label; `alternative`: one of its alternative labels;
   * `hidden`: one of its hidden labels (misspellings, product names and loose synonyms ESCO keeps
   * for matching text, never for showing);
   * `curated`: a curated tool's, platform's or method's name or alias; `acronym`: a curated
   * acronym or its spelled-out forms (naming the ESCO skill it stands for); `synonym`: a curated
   * everyday phrase for an ESCO skill.
   */
  source: 'label' | 'alternative' | 'hidden' | 'curated' | 'acronym' | 'synonym';
  /** The concept's own label (an ESCO skill's preferred label, a curated entry's name), not one of its other names. */
  primary: boolean;
  /** An ESCO language skill ("English"): named in passing far more often than asked for. */
  language: boolean;
  /** 0–1: how many occupations list the skill (0.5 for curated entries), as search ranks it. */
  prior: number;
}

export interface OccupationInfo {
  conceptId: string;
  label: string;
  isco: string;
  essential: string[];
  optional: string[];
}

export interface Taxonomy {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The concept a free label stands for, when it names one exactly (label, alias or acronym). */
  resolve(label: string, kind?: ConceptKind): SearchHit | null;
  skill(conceptId: string): SkillInfo | null;
  occupation(conceptId: string): OccupationInfo | null;
  paceOf(essentialSkillIds: readonly string[], optionalSkillIds?: readonly string[]): FieldPace;
  /**
   * How close two skill concepts are, from 0 (unrelated, or an unknown id) to 1 (the same);
   * symmetric. Read it against RELATEDNESS (strong, partial).
   */
  relatedness(a: string, b: string): number;
  /**
   * An occupation's skills in tiers (by occupation URI, or by curated role id): a curated role
   * profile's core and secondary skills when one maps to it, else ESCO's essential skills ranked
   * by how specific they are to it; the rest of ESCO's list as `alsoNamed`.
   */
  occupationTiers(occupationOrRoleId: string): OccupationTiers | null;
  /** The curated role profiles. */
  roles(): RoleSummary[];
  /**
   * The occupation a job title names: a curated role's title or alias (case and punctuation
   * aside, seniority words dropped) first, then an exact or acronym ESCO occupation match.
   */
  occupationForTitle(title: string): OccupationForTitle | null;
  /**
   * Every name of every skill (ESCO's and the curated lists'), one at a time, so a reader of all
   * hundred thousand can pause between them.
   */
  skillPhrases(): Iterable<SkillPhrase>;
  /** Soft when most of the skills are (at least half of those the taxonomy knows). */
  isMostlySoft(skillIds: readonly string[]): boolean;
  searchCatalogue(query: string, limit?: number): CatalogueCertificate[];
  /**
   * Catalogue certificates that teach a skill: those naming it first, then those naming a skill
   * strongly related to it; the more focused certificate first when two serve it alike.
   */
  certificatesForSkill(conceptId: string, limit?: number): CatalogueCertificate[];
  searchProviders(query: string, limit?: number): Array<{ id: string; name: string }>;
  /** The bundled provider a free name stands for (its name or an alias), if any. */
  resolveProvider(name: string): { id: string; name: string } | null;
  readonly counts: {
    skills: number;
    occupations: number;
    relations: number;
    supplementary: number;
    providers: number;
    certificates: number;
  };
}

/** How many certificates naming a skill are enough that related ones need not be offered. */
const ENOUGH_TEACHING = 3;

const splitAlt = (alt: string) => (alt === '' ? [] : alt.split('\n'));

/**
 * Everything search knows about, in a fixed order: ESCO skills, curated tools and methods, then
 * occupations. The build script indexes this list; the app rebuilds the same list to read it.
 */
export function conceptsOf(asset: TaxonomyAsset): { concepts: IndexedConcept[]; expansions: Map<string, string> } {
  const { skills, occupations } = asset;
  const skillCount = skills.id.length;
  const skillId = (index: number) => `${ESCO_SKILL_PREFIX}${skills.id[index] ?? ''}`;
  // Acronyms are names of the ESCO concept they stand for, not concepts of their own; their
  // spelled-out forms also let "ux designer" be read as "user experience designer".
  const extraNames = new Map<number, string[]>();
  const expansions = new Map<string, string>();
  const curated = asset.supplementary.filter((entry) => entry.kind !== 'acronym');
  for (const entry of asset.supplementary) {
    if (entry.kind !== 'acronym') continue;
    const target = entry.related[0] ?? -1;
    extraNames.set(target, [...(extraNames.get(target) ?? []), entry.label, ...entry.aliases]);
    const spelledOut = entry.aliases.find(
      (alias) => alias.includes(' ') && !alias.toLowerCase().includes(entry.label.toLowerCase()),
    );
    if (spelledOut !== undefined) expansions.set(normalizeText(entry.label), normalizeText(spelledOut));
  }
  for (const synonym of asset.synonyms)
    extraNames.set(synonym.skill, [...(extraNames.get(synonym.skill) ?? []), synonym.text]);

  const maxUse = Math.max(1, ...skills.occupations);
  const concepts: IndexedConcept[] = [];
  for (let index = 0; index < skillCount; index += 1) {
    const label = skills.label[index] ?? '';
    concepts.push({
      conceptId: skillId(index),
      kind: 'skill',
      // Curated names (acronyms, everyday phrases) come before ESCO's alternatives: they say what people mean.
      names: [label, ...(extraNames.get(index) ?? []), ...splitAlt(skills.alt[index] ?? '')],
      curatedNames: extraNames.get(index)?.length ?? 0,
      prior: Math.log1p(skills.occupations[index] ?? 0) / Math.log1p(maxUse),
      curated: false,
    });
  }
  for (const entry of curated) {
    concepts.push({
      conceptId: `${SUPPLEMENTARY_PREFIX}${entry.id}`,
      kind: 'skill',
      names: [entry.label, ...entry.aliases],
      prior: 0.5,
      curated: true,
    });
  }
  occupations.id.forEach((id, index) => {
    const label = occupations.label[index] ?? '';
    concepts.push({
      conceptId: `${ESCO_OCCUPATION_PREFIX}${id}`,
      kind: 'occupation',
      names: [label, ...splitAlt(occupations.alt[index] ?? '')],
      prior: 0.5,
      curated: false,
    });
  });
  return { concepts, expansions };
}

export function createTaxonomy(asset: TaxonomyAsset): Taxonomy {
  const { skills, occupations, groups } = asset;
  const skillCount = skills.id.length;
  const skillId = (index: number) => `${ESCO_SKILL_PREFIX}${skills.id[index] ?? ''}`;
  const conceptIdAt = (index: number) => (index < skillCount ? skillId(index) : (groups.uri[index - skillCount] ?? ''));
  const skillIndexById = new Map(skills.id.map((id, index) => [`${ESCO_SKILL_PREFIX}${id}`, index]));
  const occupationIndexById = new Map(occupations.id.map((id, index) => [`${ESCO_OCCUPATION_PREFIX}${id}`, index]));
  const broaderOf = new Map<number, number[]>();
  for (let index = 0; index < asset.broader.length; index += 2) {
    const narrower = asset.broader[index] ?? -1;
    const list = broaderOf.get(narrower) ?? [];
    list.push(asset.broader[index + 1] ?? -1);
    broaderOf.set(narrower, list);
  }

  const { concepts, expansions } = conceptsOf(asset);
  const curated = asset.supplementary.filter((entry) => entry.kind !== 'acronym');
  const curatedById = new Map(curated.map((entry) => [`${SUPPLEMENTARY_PREFIX}${entry.id}`, entry]));
  const index = buildSearchIndex(concepts, asset.searchIndex ?? undefined);

  const providerById = new Map(asset.providers.map((provider) => [provider.id, provider]));
  /** The curated lists are searched by their names with the same ranking as skills. */
  const namesIndex = (entries: ReadonlyArray<{ id: string; names: string[] }>) =>
    buildSearchIndex(
      entries.map(({ id, names }) => ({ conceptId: id, kind: 'skill' as const, names, prior: 0, curated: false })),
    );
  const providerIndex = namesIndex(
    asset.providers.map((provider) => ({ id: provider.id, names: [provider.name, ...provider.aliases] })),
  );
  const catalogueById = new Map(asset.certificates.map((certificate) => [certificate.id, certificate]));
  const catalogueIndex = namesIndex(
    asset.certificates.map((certificate) => ({
      id: certificate.id,
      names: [certificate.title, ...certificate.aliases],
    })),
  );

  function skill(conceptId: string): SkillInfo | null {
    const esco = skillIndexById.get(conceptId);
    if (esco !== undefined) {
      const flags = skills.flags[esco] ?? 0;
      return {
        conceptId,
        label: skills.label[esco] ?? '',
        source: 'esco',
        soft:
          (flags & (SKILL_FLAGS.transversal | SKILL_FLAGS.personal)) !== 0 ||
          REUSE_LEVELS[skills.reuse[esco] ?? 0] === 'transversal',
        digital: (flags & SKILL_FLAGS.digital) !== 0,
        broader: (broaderOf.get(esco) ?? []).map(conceptIdAt),
        alternatives: splitAlt(skills.alt[esco] ?? ''),
      };
    }
    const entry = curatedById.get(conceptId);
    if (entry === undefined) return null;
    return {
      conceptId,
      label: entry.label,
      source: entry.kind === 'acronym' ? 'esco' : entry.kind,
      soft: false,
      digital:
        entry.kind !== 'method' ||
        entry.related.some((related) => ((skills.flags[related] ?? 0) & SKILL_FLAGS.digital) !== 0),
      broader: entry.related.map(skillId),
      alternatives: entry.aliases,
    };
  }

  function catalogueEntry(id: string): CatalogueCertificate | null {
    const certificate = catalogueById.get(id);
    if (certificate === undefined) return null;
    const provider = providerById.get(certificate.provider);
    return {
      id,
      title: certificate.title,
      provider: { id: certificate.provider, name: provider?.name ?? certificate.provider },
      skills: certificate.skills.map((conceptId) => ({ conceptId, label: skill(conceptId)?.label ?? conceptId })),
      validityYears: certificate.validityYears,
    };
  }

  const relationCount = [
    ...occupations.essential,
    ...occupations.optional,
    ...asset.unlistedOccupations.flatMap((entry) => [entry.essential, entry.optional]),
  ].reduce((sum, list) => sum + list.length, 0);

  /** Searches as typed and, when a word is a known acronym, also with it spelled out. */
  function search(query: string, options?: SearchOptions): SearchHit[] {
    const hits = index.search(query, options);
    const words = normalizeText(query).split(' ');
    if (words.length < 2 || !words.some((word) => expansions.has(word))) return hits;
    const spelled = words.map((word) => expansions.get(word) ?? word).join(' ');
    const seen = new Set(hits.map((hit) => hit.conceptId));
    const extra = index.search(spelled, options).filter((hit) => !seen.has(hit.conceptId));
    return [...hits, ...extra].sort((a, b) => b.score - a.score).slice(0, options?.limit ?? 8);
  }

  function resolve(label: string, kind: ConceptKind = 'skill'): SearchHit | null {
    const [hit] = search(label, { kind, limit: 1 });
    return hit !== undefined && (hit.tier === 'exact' || hit.tier === 'acronym') ? hit : null;
  }

  function paceOf(essentialSkillIds: readonly string[], optionalSkillIds: readonly string[] = []): FieldPace {
    if (essentialSkillIds.length === 0) return 'normal';
    const digital = (ids: readonly string[]) => ids.filter((id) => skill(id)?.digital === true).length;
    if (digital(essentialSkillIds) / essentialSkillIds.length >= PACE_THRESHOLDS.fastEssentialShare) return 'fast';
    const all = essentialSkillIds.length + optionalSkillIds.length;
    return (digital(essentialSkillIds) + digital(optionalSkillIds)) / all < PACE_THRESHOLDS.slowOverallShare
      ? 'slow'
      : 'normal';
  }

  const relatedness = createRelatedness(asset);
  const roleBook = createRoleBook(asset, paceOf, (title) => resolve(title, 'occupation')?.conceptId ?? null);

  return {
    search,
    resolve,
    skill,
    relatedness,
    occupation(conceptId) {
      const at = occupationIndexById.get(conceptId);
      if (at === undefined) return null;
      return {
        conceptId,
        label: occupations.label[at] ?? '',
        isco: occupations.isco[at] ?? '',
        essential: (occupations.essential[at] ?? []).map(skillId),
        optional: (occupations.optional[at] ?? []).map(skillId),
      };
    },
    paceOf,
    occupationTiers: roleBook.tiers,
    roles: roleBook.roles,
    occupationForTitle: roleBook.forTitle,
    *skillPhrases() {
      const maxUse = Math.max(1, ...skills.occupations);
      const prior = (index: number) => Math.log1p(skills.occupations[index] ?? 0) / Math.log1p(maxUse);
      const isLanguage = (index: number) => ((skills.flags[index] ?? 0) & SKILL_FLAGS.language) !== 0;
      for (let at = 0; at < skillCount; at += 1) {
        const common = { conceptId: skillId(at), language: isLanguage(at), prior: prior(at) };
        yield { ...common, text: skills.label[at] ?? '', source: 'label', primary: true };
        for (const text of splitAlt(skills.alt[at] ?? ''))
          yield { ...common, text, source: 'alternative', primary: false };
        for (const text of splitAlt(skills.hidden[at] ?? ''))
          yield { ...common, text, source: 'hidden', primary: false };
      }
      for (const entry of asset.supplementary) {
        const target = entry.related[0] ?? -1;
        const acronym = entry.kind === 'acronym';
        const conceptId = acronym ? skillId(target) : `${SUPPLEMENTARY_PREFIX}${entry.id}`;
        const common = { conceptId, language: false, prior: acronym ? prior(target) : 0.5 };
        for (const [position, text] of [entry.label, ...entry.aliases].entries())
          yield {
            ...common,
            text,
            source: acronym ? 'acronym' : 'curated',
            primary: !acronym && position === 0,
          };
      }
      for (const synonym of asset.synonyms)
        yield {
          conceptId: skillId(synonym.skill),
          text: synonym.text,
          source: 'synonym',
          primary: false,
          language: isLanguage(synonym.skill),
          prior: prior(synonym.skill),
        };
    },
    isMostlySoft(skillIds) {
      const known = skillIds.map(skill).filter((info): info is SkillInfo => info !== null);
      return known.length > 0 && known.filter((info) => info.soft).length * 2 >= known.length;
    },
    searchCatalogue(query, limit = 8) {
      return catalogueIndex
        .search(query, { limit })
        .map((hit) => catalogueEntry(hit.conceptId))
        .filter((entry): entry is CatalogueCertificate => entry !== null);
    },
    certificatesForSkill(conceptId, limit = 8) {
      const scored: Array<{ id: string; score: number; size: number; title: string }> = [];
      for (const certificate of asset.certificates) {
        let score = 0;
        for (const taught of certificate.skills) score = Math.max(score, relatedness(conceptId, taught));
        if (score >= RELATEDNESS.strong)
          scored.push({ id: certificate.id, score, size: certificate.skills.length, title: certificate.title });
      }
      scored.sort((a, b) => b.score - a.score || a.size - b.size || compareText(a.title, b.title));
      // A related skill is a weaker reason to take a course: offered only when few teach the skill itself.
      const teaching = scored.filter((entry) => entry.score === 1);
      return (teaching.length >= ENOUGH_TEACHING ? teaching : scored)
        .slice(0, limit)
        .map((entry) => catalogueEntry(entry.id))
        .filter((entry): entry is CatalogueCertificate => entry !== null);
    },
    searchProviders(query, limit = 8) {
      return providerIndex.search(query, { limit }).map((hit) => ({ id: hit.conceptId, name: hit.label }));
    },
    resolveProvider(name) {
      const [hit] = providerIndex.search(name, { limit: 1 });
      return hit !== undefined && hit.tier === 'exact' ? { id: hit.conceptId, name: hit.label } : null;
    },
    counts: {
      skills: skillCount,
      occupations: occupations.id.length,
      relations: relationCount,
      supplementary: asset.supplementary.length,
      providers: asset.providers.length,
      certificates: asset.certificates.length,
    },
  };
}
