import { describe, expect, it } from 'vitest';
import { hitRate, taxonomyQueries } from '../../../scripts/support/taxonomy-queries';
import { bundledTaxonomy } from '../../support/taxonomy';

const top = (query: string, kind?: 'skill' | 'occupation', limit = 3) =>
  bundledTaxonomy()
    .search(query, { ...(kind === undefined ? {} : { kind }), limit })
    .map((hit) => hit.label);

describe('skill and occupation search', () => {
  it('puts the expected result in the top 3 for at least 95% of everyday queries', () => {
    const queries = taxonomyQueries();
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const { rate, misses } = hitRate(queries, (query, kind) => top(query, kind));
    expect(misses.length, JSON.stringify(misses, null, 1)).toBeLessThanOrEqual(Math.floor(queries.length * 0.05));
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('finds acronyms exactly and never a look-alike word', () => {
    expect(top('seo')[0]).toBe('search engine optimisation');
    expect(top('seo')).not.toContain('prevent sea pollution');
    expect(top('CRM')[0]).toBe('customer relationship management');
    expect(top('KPIs')).toContain('track key performance indicators');
  });

  it('ranks exact, then names that start with the query, then names with its words', () => {
    const hits = bundledTaxonomy().search('project management', { kind: 'skill', limit: 8 });
    expect(hits[0]).toMatchObject({ label: 'project management', tier: 'exact' });
    const tiers = hits.map((hit) => hit.tier);
    expect(tiers.indexOf('words') === -1 || tiers.indexOf('prefix') < tiers.indexOf('words')).toBe(true);
  });

  it('completes what is being typed', () => {
    expect(top('project manag')).toContain('project management');
    expect(top('kubern')[0]).toBe('Kubernetes');
  });

  it('reads British and American spelling, plurals, case and punctuation alike', () => {
    expect(top('search engine optimization')[0]).toBe('search engine optimisation');
    expect(top('Statistics')[0]).toBe('statistics');
    expect(top('nodejs')[0]).toBe('Node.js');
    expect(top('POWER BI')[0]).toBe('Power BI');
    expect(top('data analysts', 'occupation')[0]).toBe('data analyst');
  });

  it('tolerates typos only when nothing better matches', () => {
    expect(top('pyton')).toContain('Python (computer programming)');
    expect(bundledTaxonomy().search('python')[0]?.tier).toBe('exact');
    expect(bundledTaxonomy().search('statistcs')[0]).toMatchObject({ label: 'statistics', tier: 'typo' });
  });

  it('resolves a free label to a concept, or leaves it free', () => {
    const taxonomy = bundledTaxonomy();
    expect(taxonomy.resolve('MS Excel')?.conceptId).toBe('sup:excel');
    expect(taxonomy.resolve('teamwork')?.label).toBe('work in teams');
    expect(taxonomy.resolve('reading obscure poetry aloud')).toBeNull();
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(top('')).toEqual([]);
    expect(top('  ?! ')).toEqual([]);
  });
});
