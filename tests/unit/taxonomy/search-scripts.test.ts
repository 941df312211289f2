import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexedConcept } from '../../../shared/taxonomy/search-index';
import { bundledTaxonomy } from '../../support/taxonomy';

/** Free labels a user may have written, one concept each. */
const LABELS = [
  '项目管理',
  '项目经理',
  'プロジェクト管理',
  'إدارة المشاريع',
  'Управление проектами',
  'Διαχείριση έργων',
  'ניהול פרויקטים',
  'परियोजना प्रबंधन',
  '프로젝트 관리',
  'project management',
];
const concepts: IndexedConcept[] = LABELS.map((label, index) => ({
  conceptId: `label-${String(index)}`,
  kind: 'skill',
  names: [label],
  prior: 0,
  curated: false,
}));
const index = buildSearchIndex(concepts);
const found = (query: string) => index.search(query).map((hit) => hit.label);

describe('search over names in any script', () => {
  it('finds each label by its whole text, and nothing else first', () => {
    for (const label of LABELS) expect(found(label)[0], label).toBe(label);
    for (const label of LABELS) expect(index.search(label)[0]?.tier, label).toBe('exact');
  });

  it('completes a label written without spaces from its beginning', () => {
    expect(found('项目')).toEqual(expect.arrayContaining(['项目管理', '项目经理']));
    expect(found('プロジェクト')).toEqual(['プロジェクト管理']);
  });

  it('finds labels in spaced scripts by their words, folding case and optional marks', () => {
    expect(found('проект')).toEqual(['Управление проектами']);
    expect(found('διαχειριση')).toEqual(['Διαχείριση έργων']);
    expect(found('المشاريع')).toEqual(['إدارة المشاريع']);
    expect(found('प्रबंधन')).toEqual(['परियोजना प्रबंधन']);
    expect(found('관리')).toEqual(['프로젝트 관리']);
  });

  it('never answers a query in one script with a name in another, nor a near spelling in Chinese', () => {
    expect(found('ניהול')).toEqual(['ניהול פרויקטים']);
    // One character off is another word in Chinese: "项目管道" (project pipeline) is not project management.
    expect(found('项目管道')).toEqual([]);
  });
});

describe('the bundled taxonomy and labels in other scripts', () => {
  it('matches no English concept to a label in another script', () => {
    const taxonomy = bundledTaxonomy();
    for (const label of LABELS.slice(0, -1)) {
      expect(taxonomy.search(label, { limit: 3 }), label).toEqual([]);
      expect(taxonomy.resolve(label), label).toBeNull();
    }
  });
});
