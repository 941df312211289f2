import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../shared/import/json-resume';
import {
  fidelityOf,
  fixtureFidelity,
  jsonResumeFidelity,
  report,
  totals,
  type DocumentFidelity,
} from '../../../scripts/support/import-fidelity';

const root = path.resolve(import.meta.dirname, '../../..');

const listed = (documents: readonly DocumentFidelity[], pick: 'lost' | 'invented') =>
  documents
    .flatMap((document) =>
      document[pick].map((found) => `${document.document}: ${found.place} = ${JSON.stringify(found.value)}`),
    )
    .join('\n');

describe('import fidelity on real documents', () => {
  const documents = fixtureFidelity(root);

  it('keeps at least 97% of the values of every real JSON Resume and the LinkedIn export, and invents none', () => {
    const { kept, total, share } = totals(documents);
    const lost = listed(documents, 'lost');
    expect(share, `${kept}/${total} kept:\n${report(documents)}\nLost:\n${lost}`).toBeGreaterThanOrEqual(0.97);
    expect(listed(documents, 'invented'), 'invented values').toBe('');
  });

  it('counts each JSON Resume section and the LinkedIn files it reads', () => {
    const byName = new Map(documents.map((document) => [document.document, document]));
    const sample = byName.get('resume-schema__sample.resume.json')!;
    // The sections the issue names keep every value: basics, awards, publications, languages, courses and URLs.
    for (const section of ['basics', 'work', 'volunteer', 'education', 'awards', 'publications', 'languages']) {
      expect(sample.sections[section], section).toEqual({
        kept: sample.sections[section]!.total,
        total: sample.sections[section]!.total,
      });
    }
    // What is lost is named: a project "type" that is no kind of project here.
    expect(sample.lost).toEqual([{ section: 'projects', place: 'projects[0].type', value: 'application' }]);
    const linkedin = documents.at(-1)!;
    expect(Object.keys(linkedin.sections)).not.toContain('Connections.csv');
    expect(linkedin.sections['Education.csv']).toEqual({ kept: 18, total: 18 });
    // A bad date or address is the file's slip, flagged by the reader: listed apart, not counted.
    expect(linkedin.unusable.map((found) => found.value)).toEqual(['not-a-url', '13 2020', 'sometime']);
  });
});

describe('the fidelity count', () => {
  it('names a value the reader drops, and counts dates at the precision the file gives', () => {
    const counted = jsonResumeFidelity(
      'made-up.json',
      JSON.stringify({
        work: [{ name: 'Acme', position: 'Analyst', startDate: '2020-03-15', favouriteColour: 'teal' }],
      }),
    );
    expect(counted.sections.work).toEqual({ kept: 3, total: 4 });
    expect(counted.lost).toEqual([{ section: 'work', place: 'work[0].favouriteColour', value: 'teal' }]);
  });

  it('finds a value no source entry holds', () => {
    const text = JSON.stringify({ skills: [{ name: 'SQL', level: 'Advanced' }] });
    const draft = readJsonResume(text, 'skills.json');
    const tampered = {
      ...draft,
      entries: draft.entries.map((entry) =>
        entry.kind === 'skill' ? { ...entry, skill: { ...entry.skill, keywords: ['made up'] } } : entry,
      ),
    };
    const leaves = [
      { section: 'skills', place: 'skills[0].name', value: 'SQL', ref: 'skills[0]' },
      { section: 'skills', place: 'skills[0].level', value: 'Advanced', ref: 'skills[0]' },
    ];
    expect(fidelityOf('skills.json', leaves, tampered).invented).toEqual([
      { place: 'skills[0].keywords', value: 'made up' },
    ]);
  });
});
