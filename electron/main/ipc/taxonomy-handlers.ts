import type { IpcHandlers } from '../../../shared/ipc/contract';
import { conceptHitOf } from '../../../shared/taxonomy/search-index';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';
import { AppError } from '../app-error';
import { targetFromOccupation, targetPace } from '../taxonomy/service';

type TaxonomyChannel = Extract<keyof IpcHandlers, `taxonomy.${string}`>;

/** Skills, occupations, certificates and providers from the bundled taxonomy (it loads in the background). */
export function createTaxonomyHandlers(services: {
  taxonomy: () => Promise<Taxonomy>;
  newId: () => string;
}): Pick<IpcHandlers, TaxonomyChannel> {
  const { taxonomy } = services;
  return {
    'taxonomy.search': async ({ query, kind, limit }) => ({
      results: (await taxonomy())
        .search(query, { ...(kind === undefined ? {} : { kind }), limit: limit ?? 8 })
        .map(conceptHitOf),
    }),
    'taxonomy.resolve': async ({ label, kind }) => {
      const found = (await taxonomy()).resolve(label, kind);
      return { concept: found === null ? null : conceptHitOf(found) };
    },
    'taxonomy.skill': async ({ conceptId }) => ({ skill: (await taxonomy()).skill(conceptId) }),
    'taxonomy.occupation': async ({ conceptId }) => {
      const loaded = await taxonomy();
      const occupation = loaded.occupation(conceptId);
      if (occupation === null) return { occupation: null };
      const named = (ids: string[]) => ids.map((id) => ({ conceptId: id, label: loaded.skill(id)?.label ?? id }));
      const tiers = loaded.occupationTiers(conceptId);
      return {
        occupation: {
          conceptId,
          label: occupation.label,
          isco: occupation.isco,
          essential: named(occupation.essential),
          optional: named(occupation.optional),
          pace: tiers?.pace ?? loaded.paceOf(occupation.essential, occupation.optional),
          core: named(tiers?.core ?? []),
          secondary: named(tiers?.secondary ?? []),
          alsoNamed: named(tiers?.alsoNamed ?? []),
          role: tiers?.role ?? null,
        },
      };
    },
    'taxonomy.targetDraft': async ({ occupationId }) => {
      const loaded = await taxonomy();
      const target = targetFromOccupation(loaded, occupationId, services.newId());
      const tiers = loaded.occupationTiers(occupationId);
      if (target === null || tiers === null)
        throw new AppError('NOT_FOUND', 'That occupation is not in the bundled ESCO classification.');
      const alsoNamed = tiers.alsoNamed.map((id) => ({ conceptId: id, label: loaded.skill(id)?.label ?? id }));
      return { target, pace: targetPace(loaded, target), alsoNamed, role: tiers.role };
    },
    'taxonomy.pace': async ({ essentialSkillIds, optionalSkillIds }) => ({
      pace: (await taxonomy()).paceOf(essentialSkillIds, optionalSkillIds ?? []),
    }),
    'taxonomy.catalogue': async ({ query, limit }) => ({
      certificates: (await taxonomy()).searchCatalogue(query, limit ?? 8),
    }),
    'taxonomy.certificatesForSkill': async ({ conceptId, limit }) => ({
      certificates: (await taxonomy()).certificatesForSkill(conceptId, limit ?? 8),
    }),
    'taxonomy.providers': async ({ query, limit }) => ({
      providers: (await taxonomy()).searchProviders(query, limit ?? 8),
    }),
  };
}
