import { describe, expect, it } from 'vitest';
import { PERSONA_NAMES } from '../../support/personas';
import { escapeMarkdown, renderReportMarkdown } from '../../../shared/export/report-markdown';
import { count } from '../../../shared/domain/text';
import { REPORT_TEXT } from '../../../shared/export/report-text';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import {
  HOSTILE_TITLE,
  hostileProfile,
  personaProfile,
  reportCase,
  REVIEW_WORDS,
  reviewOnlyTexts,
  sampleWithDismissal,
} from './report-fixtures';

const PERSONAS = PERSONA_NAMES;

describe('renderReportMarkdown', () => {
  const sample = reportCase(sampleProfile());

  it('writes the sample for a recruiter: timeline, certificates with their use, stories and evidence', () => {
    const markdown = renderReportMarkdown(sample.recruiter);
    expect(markdown.startsWith('# Data analyst — career report\n')).toBe(true);
    for (const heading of [
      '## Career path',
      '## Certificates',
      '## From learning to results',
      '## Skills for Data analyst',
      '### Core skills',
      '### Secondary skills',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).toContain(
      '- **Google Data Analytics Professional Certificate** — Google · Certificate, Earned Nov 2024\n' +
        '  - Used in **Stock-out analysis for the store**: Queried two years of till data to find the gaps',
    );
    expect(markdown).toContain(
      '1. **Google Data Analytics Professional Certificate** — Google, Earned Nov 2024.\n' +
        '   - Covers: SQL, data analytics, Tableau\n' +
        '   - Used in **Stock-out analysis for the store**: Queried two years of till data to find the gaps\n',
    );
    expect(markdown).toContain(`- ${escapeMarkdown(sample.recruiter.stories[0]?.line ?? '')}`);
    expect(markdown).toContain(
      '- **SQL** — Applied, with evidence. Projects: Stock-out analysis for the store; Certificates: Google Data Analytics Professional Certificate.',
    );
    expect(markdown).toContain('- **statistics** — Learning planned. Certificates: Statistics with Python.');
    expect(markdown).not.toMatch(/\d+ of \d+ (core|essential) skills?/);
  });

  it('writes the sample’s review: marked not for sending, next steps, findings by severity, gaps', () => {
    const markdown = renderReportMarkdown(sample.review);
    expect(markdown.startsWith('# Data analyst — my review (not for sending)\n\n**For you, not for sending.')).toBe(
      true,
    );
    for (const heading of [
      '## Next steps',
      '## What a recruiter would notice',
      '### Worth fixing (3)',
      '## Skills for Data analyst, gaps included',
      '## What the recruiter report shows first',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    sample.review.nextSteps.forEach((step, index) =>
      expect(markdown).toContain(`${index + 1}. **${escapeMarkdown(step.text)}**\n   - ${escapeMarkdown(step.why)}`),
    );
    expect(markdown).toContain('3 of 4 core skills backed by a role or project.');
    expect(markdown).toContain('- **statistics** — Planned only. Certificates: Statistics with Python.');
    expect(markdown).not.toContain('## Career path');
  });

  it('shows what was set aside in the review alone', () => {
    const { recruiter, review } = reportCase(sampleWithDismissal('Handled in my cover letter'));
    expect(renderReportMarkdown(review)).toContain('### Set aside by you (1)');
    expect(renderReportMarkdown(review)).toContain('Your reason: Handled in my cover letter');
    expect(renderReportMarkdown(recruiter)).not.toMatch(/Set aside|Handled in my cover letter/);
  });

  it.each(PERSONAS)('keeps the review out of the recruiter report, and the review whole (%s)', (name) => {
    const { recruiter, review, analysis } = reportCase(personaProfile(name));
    const sent = renderReportMarkdown(recruiter);
    const mine = renderReportMarkdown(review);
    for (const said of reviewOnlyTexts(analysis)) expect(sent).not.toContain(escapeMarkdown(said));
    for (const word of REVIEW_WORDS) expect(sent).not.toContain(word);
    for (const entry of recruiter.certificates) expect(sent).toContain(escapeMarkdown(entry.title));
    for (const story of recruiter.stories) expect(sent).toContain(escapeMarkdown(story.line));

    for (const finding of review.findings.flatMap((group) => group.findings)) {
      expect(mine).toContain(escapeMarkdown(finding.message));
      expect(mine).toContain(`${REPORT_TEXT.review.why} ${escapeMarkdown(finding.why)}`);
      expect(mine).toContain(`${REPORT_TEXT.review.nextStep} ${escapeMarkdown(finding.action)}`);
    }
    for (const step of review.nextSteps) expect(mine).toContain(escapeMarkdown(step.text));
    for (const entry of review.curated) expect(mine).toContain(escapeMarkdown(entry.reason));
  });

  it('keeps user text literal: no markup, no headings or lists of its own', () => {
    const hostile = reportCase(hostileProfile());
    for (const markdown of [renderReportMarkdown(hostile.recruiter), renderReportMarkdown(hostile.review)]) {
      expect(markdown).not.toContain(HOSTILE_TITLE);
      expect(markdown).not.toContain('<script>');
      expect(markdown).toContain('\\<script\\>alert("pwned")\\</script\\>');
      expect(markdown).toContain('\\*bold\\* \\[link\\](https://evil.example)');
      expect(markdown).not.toMatch(/^# Not a heading/m);
    }
  });

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> | ~g~ \\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\\\',
    );
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('line one\n# line two')).toBe('line one # line two');
    expect(escapeMarkdown('R&D &amp;')).toBe('R&D \\&amp;');
  });
});

describe('report wording', () => {
  it('writes plurals properly', () => {
    expect(count(1, 'finding')).toBe('1 finding');
    expect(count(0, 'finding')).toBe('0 findings');
    expect(REPORT_TEXT.summary(1, 0, 1)).toBe('1 role · 0 projects · 1 certificate or course');
    expect(REPORT_TEXT.review.skillsLead(1, 1)).toBe('1 of 1 core skill backed by a role or project.');
    expect(REPORT_TEXT.review.background(1)).toBe('1 more certificate kept as background (in the career path only)');
    expect(REPORT_TEXT.review.background(2)).toBe('2 more certificates kept as background (in the career path only)');
  });

  it('speaks about the person in the recruiter report, never to them', () => {
    const recruiterWords = JSON.stringify(
      Object.values(REPORT_TEXT.recruiter).map((value) =>
        typeof value === 'function' ? value('Data analyst') : value,
      ),
    );
    expect(recruiterWords).not.toMatch(/\byou(r)?\b/i);
  });
});
