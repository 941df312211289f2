import { describe, expect, it } from 'vitest';
import { PERSONA_NAMES } from '../../support/personas';
import { escapeMarkdown, renderReportMarkdown } from '../../../shared/export/report-markdown';
import { count, REPORT_TEXT } from '../../../shared/export/report-text';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { HOSTILE_TITLE, hostileProfile, personaProfile, reportCase } from './report-fixtures';

const PERSONAS = PERSONA_NAMES;

describe('renderReportMarkdown', () => {
  it('writes the sample as headings and lists a reader can follow', () => {
    const markdown = renderReportMarkdown(reportCase(sampleProfile()).model);
    expect(markdown.startsWith('# Data analyst — career report\n')).toBe(true);
    for (const heading of [
      '## Career path',
      '## What a recruiter would notice',
      '### Worth fixing (3)',
      '## Certificates to show first',
      '## Interview stories',
      '## Skills for Data analyst',
      '### Essential skills',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).toContain(
      '- **Google Data Analytics Professional Certificate** — Google · Certificate, Earned Nov 2024\n' +
        '  - Used in **Stock-out analysis for the store**: Queried two years of till data to find the gaps',
    );
    expect(markdown).toContain('1. **Google Data Analytics Professional Certificate** — Google, Earned Nov 2024.');
    expect(markdown).toContain('3 of 4 essential skills backed by a role or project.');
  });

  it.each(PERSONAS)('carries every finding’s reason and next step, the curated list and the stories (%s)', (name) => {
    const { model } = reportCase(personaProfile(name));
    const markdown = renderReportMarkdown(model);
    for (const finding of model.findings.flatMap((group) => group.findings)) {
      expect(markdown).toContain(escapeMarkdown(finding.message));
      expect(markdown).toContain(`${REPORT_TEXT.why} ${escapeMarkdown(finding.why)}`);
      expect(markdown).toContain(`${REPORT_TEXT.nextStep} ${escapeMarkdown(finding.action)}`);
    }
    for (const entry of model.curated) expect(markdown).toContain(escapeMarkdown(entry.reason));
    for (const story of model.stories) expect(markdown).toContain(escapeMarkdown(story.line));
  });

  it('keeps user text literal: no markup, no headings or lists of its own', () => {
    const markdown = renderReportMarkdown(reportCase(hostileProfile()).model);
    expect(markdown).not.toContain(HOSTILE_TITLE);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert("pwned")\\</script\\>');
    expect(markdown).toContain('\\*bold\\* \\[link\\](https://evil.example)');
    expect(markdown).not.toMatch(/^# Not a heading/m);
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
    expect(REPORT_TEXT.skillsLead(1, 1)).toBe('1 of 1 essential skill backed by a role or project.');
    expect(REPORT_TEXT.background(1)).toBe('1 more certificate kept as background');
    expect(REPORT_TEXT.background(2)).toBe('2 more certificates kept as background');
  });
});
