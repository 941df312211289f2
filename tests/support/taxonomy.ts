import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { TaxonomyAsset } from '../../shared/taxonomy/asset';
import { createTaxonomy, type Taxonomy } from '../../shared/taxonomy/taxonomy';
import { TAXONOMY_ASSET } from '../../scripts/support/main-process';

let asset: TaxonomyAsset | undefined;
let taxonomy: Taxonomy | undefined;

/** The committed asset, read once per test file. */
export function bundledAsset(): TaxonomyAsset {
  asset ??= JSON.parse(gunzipSync(readFileSync(TAXONOMY_ASSET)).toString('utf8')) as TaxonomyAsset;
  return asset;
}

export function bundledTaxonomy(): Taxonomy {
  taxonomy ??= createTaxonomy(bundledAsset());
  return taxonomy;
}
