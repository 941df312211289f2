import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaxonomyAssetSchema } from '../../../shared/taxonomy/asset';
import { bundledAsset, bundledTaxonomy } from '../../support/taxonomy';
import { TAXONOMY_ASSET } from '../../../scripts/support/main-process';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the bundled taxonomy asset', () => {
  it('holds every concept and relation of ESCO v1.1.1', () => {
    expect(bundledTaxonomy().counts).toMatchObject({ skills: 13_896, occupations: 3_007, relations: 123_855 });
  });

  it('matches its schema, index included', () => {
    const parsed = TaxonomyAssetSchema.safeParse(bundledAsset());
    expect(parsed.success).toBe(true);
    const index = bundledAsset().searchIndex;
    expect(index?.nameConcept.length).toBeGreaterThan(100_000);
  });

  it('is compact: a few megabytes, gzip-compressed', () => {
    expect(statSync(TAXONOMY_ASSET).size).toBeLessThan(6 * 1024 * 1024);
  });

  it('flags transversal (soft), digital and language skills from the ESCO collections', () => {
    const { skills } = bundledAsset();
    const count = (bit: number) => skills.flags.filter((flags) => (flags & bit) !== 0).length;
    expect(count(1)).toBeGreaterThan(80);
    expect(count(2)).toBeGreaterThan(1_000);
    expect(count(4)).toBeGreaterThan(300);
  });

  it('has the curated lists at the sizes promised, each entry resolving to existing skills', () => {
    const asset = bundledAsset();
    const taxonomy = bundledTaxonomy();
    expect(asset.supplementary.length).toBeGreaterThanOrEqual(1_200);
    expect(asset.providers.length).toBeGreaterThanOrEqual(60);
    expect(asset.certificates.length).toBeGreaterThanOrEqual(100);
    for (const entry of asset.supplementary) {
      expect(entry.related.length, entry.id).toBeGreaterThan(0);
      for (const related of entry.related) expect(asset.skills.label[related], entry.id).toBeTruthy();
    }
    const providerIds = new Set(asset.providers.map((provider) => provider.id));
    for (const certificate of asset.certificates) {
      expect(providerIds.has(certificate.provider), certificate.id).toBe(true);
      for (const skill of certificate.skills)
        expect(taxonomy.skill(skill), `${certificate.id}: ${skill}`).not.toBeNull();
    }
    for (const synonym of asset.synonyms) expect(asset.skills.label[synonym.skill], synonym.text).toBeTruthy();
  });

  it('marks tools as tools, so their age can count faster', () => {
    const tableau = bundledTaxonomy().skill('sup:tableau');
    expect(tableau).toMatchObject({ source: 'tool', digital: true, soft: false });
    expect(tableau?.broader.length).toBeGreaterThan(0);
  });

  it('is never read from the workplace data folder by the app or its build', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (
          /\.(ts|tsx|js|mjs|json|yml)$/.test(name) &&
          /esco-v1\.1\.1|shared\/data/.test(readFileSync(file, 'utf8'))
        )
          offenders.push(file);
      }
    };
    for (const dir of ['electron', 'renderer', 'shared']) walk(path.join(root, dir));
    for (const file of ['electron.vite.config.ts', 'electron-builder.yml', 'package.json']) {
      if (/esco-v1\.1\.1|shared\/data/.test(readFileSync(path.join(root, file), 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
