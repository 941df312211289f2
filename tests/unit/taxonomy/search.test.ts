import { describe, expect, it } from 'vitest';
import { hitRate, taxonomyQueries } from '../../../scripts/support/taxonomy-queries';
import {
  buildSearchIndex,
  serializeSearchIndex,
  type ConceptKind,
  type IndexedConcept,
} from '../../../shared/taxonomy/search-index';
import { bundledTaxonomy } from '../../support/taxonomy';

const top = (query: string, kind?: ConceptKind, limit = 3) =>
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

describe('ordinary words are not read as product names', () => {
  const resolved = (label: string) => bundledTaxonomy().resolve(label)?.label ?? null;

  it('does not take a word for a product whose name shares its stem', () => {
    expect(resolved('accessibility')).toBeNull();
    expect(top('accessibility')[0]).toMatch(/^accessibility /);
    expect(top('accessibility')).not.toContain('Microsoft Access');
    expect(resolved('team')).toBeNull();
    expect(top('team')).not.toContain('Microsoft Teams');
    expect(top('team')[0]).toBe('team building');
    expect(resolved('canvas')).not.toBe('Canva');
  });

  it('reads an everyday word as the product only when written as the product is', () => {
    for (const word of ['access', 'teams', 'word', 'outlook', 'react', 'safe', 'rest', 'scratch', 'go', 'it'])
      expect(resolved(word), word).toBeNull();
    expect(resolved('Access')).toBe('Microsoft Access');
    expect(resolved('Teams')).toBe('Microsoft Teams');
    expect(resolved('Outlook')).toBe('Microsoft Outlook');
    expect(resolved('React')).toBe('React');
    expect(resolved('SAFe')).toBe('Scaled Agile Framework');
    expect(resolved('REST')).toBe('REST APIs');
    expect(resolved('Go')).toBe('Go');
    expect(resolved('IT')).toBe('computer technology');
  });

  it('still finds the products by their full names, their acronyms and as they are typed', () => {
    expect(resolved('MS Teams')).toBe('Microsoft Teams');
    expect(resolved('Microsoft Word')).toBe('Microsoft Word');
    expect(resolved('MS Access')).toBe('Microsoft Access');
    expect(resolved('Canvas')).toBe('Canvas (learning management systems)');
    expect(resolved('excel')).toBe('Microsoft Excel');
    expect(resolved('KPIs')).toBe('track key performance indicators');
    expect(top('react')[0]).toBe('React');
    expect(top('slack')[0]).toBe('Slack');
    expect(top('outlook')).toContain('Microsoft Outlook');
    expect(top('kubernets')[0]).toBe('Kubernetes');
  });

  it('ranks names holding the finished word above names that merely start with it', () => {
    const hits = top('sales', 'skill', 4);
    expect(hits[0]).toBe('sell products');
    expect(hits).not.toContain('Salesforce');
  });

  it('applies the same rules to any list of names', () => {
    const concepts: IndexedConcept[] = [
      { conceptId: 'teams', kind: 'skill', names: ['Microsoft Teams', 'Teams'], prior: 0.5, curated: true },
      { conceptId: 'canva', kind: 'skill', names: ['Canva'], prior: 0.5, curated: true },
      { conceptId: 'team-building', kind: 'skill', names: ['team building'], prior: 0.5, curated: false },
      { conceptId: 'lead', kind: 'skill', names: ['lead a team'], prior: 0.5, curated: false },
    ];
    const index = buildSearchIndex(concepts, serializeSearchIndex(concepts, { everydayWords: new Set(['teams']) }));
    const exact = (query: string) =>
      index
        .search(query)
        .filter((hit) => hit.tier === 'exact')
        .map((hit) => hit.conceptId);
    expect(exact('team')).toEqual([]);
    expect(exact('teams')).toEqual([]);
    expect(exact('Teams')).toEqual(['teams']);
    expect(exact('canvas')).toEqual([]);
    expect(exact('canva')).toEqual(['canva']);
    expect(index.search('team')[0]?.conceptId).toBe('team-building');
  });
});

describe('the vocabulary postings use', () => {
  /** What postings in the fields career changers aim for ask for, and the concept each should resolve to. */
  const asks: Record<string, string> = {
    Gainsight: 'Gainsight',
    ChurnZero: 'ChurnZero',
    'HubSpot Service Hub': 'HubSpot Service Hub',
    QBRs: 'quarterly business reviews',
    'onboarding playbooks': 'customer onboarding',
    CSAT: 'customer satisfaction score',
    'IBM QRadar': 'IBM QRadar',
    'Microsoft Sentinel': 'Microsoft Sentinel',
    SOAR: 'SOAR',
    'MITRE ATT&CK': 'MITRE ATT&CK',
    'incident triage': 'alert triage',
    'phishing analysis': 'phishing analysis',
    'Articulate Rise': 'Articulate Rise 360',
    'Kirkpatrick model': 'Kirkpatrick model',
    SCORM: 'create SCORM packages',
    xAPI: 'xAPI',
    'Cornerstone OnDemand': 'Cornerstone OnDemand',
    'QuickBooks Online': 'QuickBooks',
    FreshBooks: 'FreshBooks',
    'bank reconciliation': 'bank reconciliation',
    'VAT returns': 'VAT returns',
    payroll: 'payroll processing',
    VPC: 'Amazon VPC',
    RDS: 'Amazon RDS',
    'Route 53': 'Amazon Route 53',
    'load balancers': 'load balancing',
    'Google Kubernetes Engine': 'Google Kubernetes Engine',
    'RAID logs': 'risk register',
    Smartsheet: 'Smartsheet',
    'Salesforce Sales Cloud': 'Salesforce',
    Appium: 'Appium',
    'regression testing': 'regression testing',
    Seismic: 'Seismic',
    'Epic EHR': 'Epic Systems',
  };

  it('resolves the tools and methods postings name, in every field', () => {
    const taxonomy = bundledTaxonomy();
    const wrong = Object.entries(asks)
      .map(([ask, label]) => ({ ask, label, got: taxonomy.resolve(ask)?.label ?? null }))
      .filter(({ label, got }) => got !== label);
    expect(wrong).toEqual([]);
  });
});
