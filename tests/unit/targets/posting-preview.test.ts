import { describe, expect, it } from 'vitest';
import { changeDraft, correctedExtraction, draftOf } from '../../../renderer/src/posting/posting-draft';
import { postingSegments, type DraftSkill, type Segment } from '../../../renderer/src/posting/posting-segments';
import type { PostingExtraction } from '../../../shared/posting/posting';

const TEXT = 'Data Analyst\nRequirements\n- SQL and Power BI\n- No coding required\nBenefits\n- Pension';
const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};
const sql: DraftSkill = { label: 'SQL', conceptId: 'esco:sql', importance: 'essential', spans: [at('SQL')] };
const powerBi: DraftSkill = {
  label: 'Power BI',
  conceptId: 'sup:power-bi',
  importance: 'optional',
  spans: [at('Power BI')],
};
const extraction: PostingExtraction = {
  title: 'Data Analyst',
  company: null,
  occupation: null,
  skills: [
    { ...sql, spans: [at('SQL')] },
    { ...powerBi, spans: [at('Power BI')] },
  ],
  ignored: [{ ...at('coding'), why: 'negated', conceptId: 'esco:coding' }],
  offered: [{ conceptId: 'esco:stats', label: 'statistics' }],
  sections: [
    { kind: 'title', start: 0, end: 13 },
    { kind: 'requirements', start: 13, end: TEXT.indexOf('Benefits') },
    { kind: 'benefits', start: TEXT.indexOf('Benefits') - 1, end: TEXT.length },
  ],
};
const describeSegment = (segment: Segment) =>
  segment.kind === 'section' ? `[${segment.section}]` : `${segment.kind}:${segment.text}`;

describe('the posting as the preview shows it', () => {
  it('cuts the text at every kept span and set-aside stretch, with a label where each section’s first word is', () => {
    const segments = postingSegments(TEXT, [sql, powerBi], extraction.ignored, extraction.sections);
    expect(segments.map(describeSegment)).toEqual([
      '[title]',
      'plain:Data Analyst\n',
      '[requirements]',
      'plain:Requirements\n- ',
      'skill:SQL',
      'plain: and ',
      'skill:Power BI',
      'plain:\n- No ',
      'ignored:coding',
      'plain: required\n',
      '[benefits]',
      'plain:Benefits\n- Pension',
    ]);
    const texts = segments.flatMap((segment) => (segment.kind === 'section' ? [] : [segment.text]));
    expect(texts.join('')).toBe(TEXT);
  });

  it('leaves a removed skill’s phrase unmarked, and never marks a span twice', () => {
    const overlapping = [{ ...at('SQL and'), why: 'negated' as const, conceptId: null }];
    const segments = postingSegments(TEXT, [powerBi], overlapping, []);
    expect(segments.filter((segment) => segment.kind === 'skill').map(describeSegment)).toEqual(['skill:Power BI']);
    const both = postingSegments(TEXT, [sql], overlapping, []);
    expect(both.filter((segment) => segment.kind !== 'plain').map(describeSegment)).toEqual(['skill:SQL']);
  });

  it('keeps the user’s corrections: removed, moved and added skills, a trimmed title and an emptied company', () => {
    let draft = draftOf(extraction);
    draft = changeDraft(draft, { type: 'remove', conceptId: 'sup:power-bi' });
    draft = changeDraft(draft, { type: 'importance', conceptId: 'esco:sql', importance: 'optional' });
    draft = changeDraft(draft, { type: 'add', label: 'statistics', conceptId: 'esco:stats' });
    draft = changeDraft(draft, { type: 'add', label: 'statistics', conceptId: 'esco:stats' });
    draft = changeDraft(draft, { type: 'title', value: '  Junior data analyst ' });
    const corrected = correctedExtraction(extraction, draft, TEXT);
    expect(corrected.title).toBe('Junior data analyst');
    expect(corrected.company).toBeNull();
    expect(corrected.skills).toEqual([
      { label: 'SQL', conceptId: 'esco:sql', importance: 'optional', spans: [at('SQL')] },
      { label: 'statistics', conceptId: 'esco:stats', importance: 'essential', spans: [] },
    ]);
  });
});
