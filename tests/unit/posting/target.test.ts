import { describe, expect, it } from 'vitest';
import { TargetRoleSchema } from '../../../shared/domain/profile';
import type { PostingExtraction } from '../../../shared/posting/posting';
import { targetFromExtraction } from '../../../shared/posting/target';
import { read } from './reading';

const source = { id: 'target-1', origin: { kind: 'pasted' as const }, savedOn: '2026-12-06' };

describe('a target from a posting', () => {
  it('keeps the title, occupation, skills in order with their importance, and the posting itself', () => {
    const text =
      'Data Analyst\nBrightwater Energy is hiring a Data Analyst.\n\nRequirements\n- SQL\n\nNice to have\n- Tableau';
    const extraction = read(text);
    const target = targetFromExtraction(extraction, { ...source, text });
    expect(TargetRoleSchema.parse(target)).toEqual(target);
    expect(target).toMatchObject({
      id: 'target-1',
      title: 'Data Analyst',
      occupationId: 'data-analyst',
      paceOverride: null,
      targetDate: null,
      posting: { text, company: 'Brightwater Energy', origin: { kind: 'pasted' }, savedOn: '2026-12-06' },
    });
    expect(target.skills.map((entry) => [entry.skill.label, entry.importance])).toEqual([
      ['SQL', 'essential'],
      ['Tableau', 'optional'],
    ]);
  });

  it('never adds the skills only offered', () => {
    const extraction = read('Data Analyst\n\nRequirements\n- SQL');
    expect(extraction.offered.length).toBeGreaterThan(0);
    const target = targetFromExtraction(extraction, { ...source, text: 'x' });
    expect(target.skills.map((entry) => entry.skill.conceptId)).toEqual(
      extraction.skills.map((skill) => skill.conceptId),
    );
  });

  it('names an untitled posting after its occupation, or "Job posting", and keeps a file’s name', () => {
    const bare: PostingExtraction = {
      title: '',
      company: null,
      occupation: null,
      skills: [],
      ignored: [],
      offered: [],
      sections: [],
    };
    const fromFile = { ...source, text: 'x', origin: { kind: 'file' as const, fileName: 'job.txt' } };
    expect(targetFromExtraction(bare, fromFile)).toMatchObject({
      title: 'Job posting',
      occupationId: null,
      posting: { origin: { kind: 'file', fileName: 'job.txt' } },
    });
    const named = { ...bare, occupation: { occupationId: 'ux-designer', label: 'UX designer', roleId: 'ux-designer' } };
    expect(targetFromExtraction(named, fromFile).title).toBe('UX designer');
  });
});
