import { describe, expect, it } from 'vitest';
import { RELATEDNESS } from '../../../shared/taxonomy/taxonomy';
import { bundledAsset, bundledTaxonomy } from '../../support/taxonomy';
import { RELATED, UNRELATED } from './relatedness-pairs';

function concept(label: string): string {
  const hit = bundledTaxonomy().resolve(label);
  expect(hit, `“${label}” resolves to a concept`).not.toBeNull();
  return hit?.conceptId ?? '';
}

const relatedness = (a: string, b: string) => bundledTaxonomy().relatedness(concept(a), concept(b));

describe('graded relatedness between skills', () => {
  it('has thresholds in order', () => {
    expect(RELATEDNESS.strong).toBeGreaterThan(RELATEDNESS.partial);
    expect(RELATEDNESS.partial).toBeGreaterThan(0);
  });

  it.each(RELATED)('%s relates to %s', (a, b) => {
    expect(relatedness(a, b)).toBeGreaterThanOrEqual(RELATEDNESS.partial);
  });

  it.each(UNRELATED)('%s does not relate to %s', (a, b) => {
    expect(relatedness(a, b)).toBeLessThan(RELATEDNESS.partial);
  });

  it('has tables of the promised size', () => {
    expect(RELATED.length).toBeGreaterThanOrEqual(40);
    expect(UNRELATED.length).toBeGreaterThanOrEqual(20);
  });

  it('is 1 for the same concept, symmetric, within [0, 1], and 0 for ids it does not know', () => {
    const taxonomy = bundledTaxonomy();
    const ids = [...RELATED, ...UNRELATED].flat().map(concept);
    for (const a of ids) {
      expect(taxonomy.relatedness(a, a)).toBe(1);
      for (const b of ids.slice(0, 20)) {
        const value = taxonomy.relatedness(a, b);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(taxonomy.relatedness(b, a)).toBe(value);
        if (a !== b) expect(value).toBeLessThan(1);
      }
    }
    expect(taxonomy.relatedness(concept('SQL'), 'free:sql stuff')).toBe(0);
    expect(taxonomy.relatedness('http://data.europa.eu/esco/skill/nope', 'http://data.europa.eu/esco/skill/nope')).toBe(
      0,
    );
  });

  it('reads a tool as standing for its ESCO concepts', () => {
    const taxonomy = bundledTaxonomy();
    expect(taxonomy.relatedness('sup:excel', concept('use spreadsheets software'))).toBeGreaterThanOrEqual(
      RELATEDNESS.strong,
    );
  });

  it('relates a general project management certificate (PMP) to ICT project management', () => {
    const taxonomy = bundledTaxonomy();
    const pmp = bundledAsset().certificates.find((certificate) => certificate.id === 'pmp');
    expect(pmp).toBeDefined();
    const target = concept('ICT project management');
    const best = Math.max(...(pmp?.skills ?? []).map((skill) => taxonomy.relatedness(skill, target)));
    expect(best).toBeGreaterThanOrEqual(RELATEDNESS.partial);
  });

  it('relates a programming course used in a project to a data analyst’s skills', () => {
    const taxonomy = bundledTaxonomy();
    const analyst = taxonomy.occupationForTitle('data analyst');
    const python = concept('Python');
    const serves = (analyst?.core ?? []).filter((skill) => taxonomy.relatedness(python, skill) >= RELATEDNESS.partial);
    expect(serves.length).toBeGreaterThan(1);
  });

  it('relates few pairs of skills taken at random: a shared broad group counts for little', () => {
    const taxonomy = bundledTaxonomy();
    const ids = bundledAsset().skills.id.map((id) => `http://data.europa.eu/esco/skill/${id}`);
    let seed = 7;
    const next = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return ids[seed % ids.length] ?? '';
    };
    let related = 0;
    const draws = 3000;
    for (let draw = 0; draw < draws; draw += 1)
      if (taxonomy.relatedness(next(), next()) >= RELATEDNESS.partial) related += 1;
    expect(related / draws).toBeLessThan(0.01);
  });
});
