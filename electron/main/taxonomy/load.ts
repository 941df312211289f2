import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { TAXONOMY_FORMAT, TAXONOMY_VERSION, type TaxonomyAsset } from '../../../shared/taxonomy/asset';
import { createTaxonomy, type Taxonomy } from '../../../shared/taxonomy/taxonomy';

/**
 * Reads the bundled asset and builds the search index (synchronous: callers pick the moment).
 * The asset is ours, built and checked by scripts/build-taxonomy.ts and the asset tests, so it
 * is checked for its format and shape here rather than parsed value by value with zod, which
 * would cost a tenth of the start-up budget.
 */
export function loadTaxonomy(file: string): Taxonomy {
  const data: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  return createTaxonomy(checkShape(data, file));
}

function checkShape(data: unknown, file: string): TaxonomyAsset {
  const asset = data as Partial<TaxonomyAsset> | null;
  const ok =
    asset !== null &&
    typeof asset === 'object' &&
    asset.format === TAXONOMY_FORMAT &&
    asset.version === TAXONOMY_VERSION &&
    Array.isArray(asset.skills?.id) &&
    asset.skills.label.length === asset.skills.id.length &&
    asset.skills.hidden.length === asset.skills.id.length &&
    Array.isArray(asset.occupations?.id) &&
    asset.occupations.essential.length === asset.occupations.id.length &&
    Array.isArray(asset.supplementary) &&
    Array.isArray(asset.synonyms) &&
    Array.isArray(asset.providers) &&
    Array.isArray(asset.certificates) &&
    Array.isArray(asset.roles) &&
    Array.isArray(asset.relatedness?.neighbours) &&
    asset.relatedness.neighbours.length === asset.skills.id.length + asset.supplementary.length &&
    Array.isArray(asset.relatedness.coverage);
  if (!ok)
    throw new Error(
      `${file} is not a Throughline taxonomy of format ${TAXONOMY_VERSION}; rebuild it with npm run build:taxonomy.`,
    );
  return asset as TaxonomyAsset;
}
