import { describe, expect, it } from 'vitest';
import { PERSONA_NAMES } from '../../support/personas';
import { escapeHtml } from '../../../shared/export/report-escape';
import { renderReportHtml } from '../../../shared/export/report-html';
import { renderTimelineSvg } from '../../../shared/export/report-timeline-svg';
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

describe('renderReportHtml', () => {
  const sample = reportCase(sampleProfile());
  const recruiter = renderReportHtml(sample.recruiter);
  const review = renderReportHtml(sample.review);

  it.each([
    ['recruiter', recruiter, ['https://example.org/maya/stock-outs']],
    ['review', review, []],
  ] as const)(
    'is one self-contained document with a print stylesheet and nothing that runs or loads (%s)',
    (_kind, html, links) => {
      expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html).toMatch(/@page \{\s+size: A4;\s+margin: [^;]+;/);
      expect(html).toContain('break-inside: avoid');
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
      expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|\son[a-z]+=/i);
      // The only outbound references are the person's http(s) evidence links.
      expect([...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1])).toEqual(links);
    },
  );

  it('draws the timeline in the recruiter report: three lanes, a bar per role and project, a dot per dated certificate, connectors and year ticks', () => {
    const svg = recruiter.slice(
      recruiter.indexOf('<svg xmlns'),
      recruiter.indexOf('</svg>', recruiter.indexOf('<svg xmlns')) + 6,
    );
    expect(svg).toContain('role="img"');
    for (const lane of ['Roles', 'Projects', 'Learning']) expect(svg).toContain(`>${lane}</text>`);
    for (let year = 2016; year <= 2026; year += 1) expect(svg).toContain(`>${year}</text>`);
    expect(svg.match(/<rect [^>]*height="8" rx="2"/g)).toHaveLength(3 + 2); // 2 roles, 1 project, 2 legend keys
    expect(svg.match(/<circle [^>]*r="3.6"/g)).toHaveLength(4 + 2); // 4 certificates, 2 legend keys
    // One connector: the analytics certificate to the stock-out project.
    expect(svg.match(/<path d="M[^"]+ L[^"]+" stroke="#6b7079"/g)).toHaveLength(1);
    expect(svg).toContain('<title>Stock-out analysis for the store · Feb 2025 – Jun 2025</title>');
  });

  it('writes the sample for a recruiter: timeline, certificates with their use, stories and evidence, none of the review', () => {
    expect(recruiter).toContain('<title>Data analyst — career report</title>');
    for (const heading of [
      'Career path',
      'Certificates',
      'From learning to results',
      'Skills for Data analyst',
      'Career path in detail',
    ]) {
      expect(recruiter).toContain(`<h2>${heading}</h2>`);
    }
    expect(recruiter).toMatch(
      /<h3 class="entry">Google Data Analytics Professional Certificate<\/h3>.*<strong>Stock-out analysis for the store<\/strong> — Queried two years of till data to find the gaps/,
    );
    expect(recruiter).toContain('<td class="skill">statistics</td>');
    expect(recruiter).toContain('Learning planned');
    for (const word of REVIEW_WORDS) expect(recruiter).not.toContain(word);
    for (const said of reviewOnlyTexts(sample.analysis)) expect(recruiter).not.toContain(escapeHtml(said));
    // The recruiter report names no gap: an unlinked certificate simply has no "Used in".
    expect(recruiter).not.toMatch(/not linked|no note|nothing behind|yet\b/i);
  });

  it('writes the sample’s review: marked not for sending, next steps, findings, gaps', () => {
    expect(review).toContain('<title>Data analyst — my review (not for sending)</title>');
    expect(review).toContain('<p class="not-for-sending">For you, not for sending.');
    for (const heading of [
      'Next steps',
      'What a recruiter would notice',
      'Skills for Data analyst, gaps included',
      'What the recruiter report shows first',
    ]) {
      expect(review).toContain(`<h2>${heading}</h2>`);
    }
    for (const step of sample.review.nextSteps) expect(review).toContain(escapeHtml(step.text));
    expect(review).toContain('Planned only');
    expect(review).not.toContain('<svg xmlns');
  });

  it('shows what was set aside in the review alone', () => {
    const { recruiter: forRecruiter, review: forMe } = reportCase(sampleWithDismissal('Handled in my cover letter'));
    expect(renderReportHtml(forMe)).toContain('Set aside by you (1)');
    expect(renderReportHtml(forMe)).toContain('Your reason: Handled in my cover letter');
    expect(renderReportHtml(forRecruiter)).not.toMatch(/Set aside|Handled in my cover letter/);
  });

  it.each(PERSONAS)('keeps the review out of the recruiter report, and the review whole (%s)', (name) => {
    const { recruiter: forRecruiter, review: forMe, analysis } = reportCase(personaProfile(name));
    const sent = renderReportHtml(forRecruiter);
    const mine = renderReportHtml(forMe);
    for (const said of reviewOnlyTexts(analysis)) expect(sent).not.toContain(escapeHtml(said));
    for (const word of REVIEW_WORDS) expect(sent).not.toContain(word);
    for (const entry of forRecruiter.certificates) {
      expect(sent).toContain(escapeHtml(entry.title));
      for (const link of entry.usedIn) expect(sent).toContain(`<strong>${escapeHtml(link.title)}</strong>`);
    }
    for (const story of forRecruiter.stories) expect(sent).toContain(escapeHtml(story.line));
    for (const skill of [...forRecruiter.skills.essential, ...forRecruiter.skills.optional]) {
      expect(sent).toContain(`<td class="skill">${escapeHtml(skill.label)}</td>`);
    }

    for (const finding of forMe.findings.flatMap((group) => group.findings)) {
      expect(mine).toContain(escapeHtml(finding.message));
      expect(mine).toContain(escapeHtml(finding.why));
      expect(mine).toContain(escapeHtml(finding.action));
    }
    for (const step of forMe.nextSteps) expect(mine).toContain(escapeHtml(step.text));
    for (const entry of forMe.curated) expect(mine).toContain(escapeHtml(entry.reason));
  });

  it('escapes every user string: titles with <script> and quotes stay text', () => {
    const hostile = reportCase(hostileProfile());
    for (const document of [renderReportHtml(hostile.recruiter), renderReportHtml(hostile.review)]) {
      expect(document).not.toContain(HOSTILE_TITLE);
      expect(document).not.toContain('<script>');
      expect(document.match(/<\/style>/g)).toHaveLength(1);
      expect(document).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &quot;Quoted&quot;');
      expect(document).not.toMatch(/<(b|em|i|img)[\s>]/);
    }
    const sent = renderReportHtml(hostile.recruiter);
    expect(sent).toContain('<title>Data &quot;analyst&quot; &lt;em&gt; — career report</title>');
    expect(sent).toContain('Sales associate &quot;lead&quot; &lt;b&gt;');
  });

  it('is the same for the same profile and day', () => {
    expect(renderReportHtml(reportCase(sampleProfile()).recruiter)).toBe(recruiter);
    expect(renderReportHtml(reportCase(sampleProfile()).review)).toBe(review);
  });
});

describe('renderTimelineSvg', () => {
  it('draws an empty frame without failing when nothing is dated', () => {
    const svg = renderTimelineSvg([], '2026-11-26', 'Empty');
    expect(svg).toContain('<title id="timeline-title">Empty</title>');
    expect(svg).toContain('>2026</text>');
  });
});
