import { describe, expect, it } from 'vitest';
import { PERSONA_NAMES } from '../../support/personas';
import { escapeHtml } from '../../../shared/export/report-escape';
import { renderReportHtml } from '../../../shared/export/report-html';
import { renderTimelineSvg } from '../../../shared/export/report-timeline-svg';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { HOSTILE_TITLE, hostileProfile, personaProfile, reportCase } from './report-fixtures';

const PERSONAS = PERSONA_NAMES;

describe('renderReportHtml', () => {
  const html = renderReportHtml(reportCase(sampleProfile()).model);

  it('is one self-contained document with a print stylesheet and nothing that runs or loads', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toMatch(/@page \{\s+size: A4;\s+margin: [^;]+;/);
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|\son[a-z]+=/i);
    // The only outbound references are the person's http(s) evidence links.
    expect([...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'https://example.org/maya/stock-outs',
    ]);
  });

  it('draws the timeline: three lanes, a bar per role and project, a dot per dated certificate, connectors and year ticks', () => {
    const svg = html.slice(html.indexOf('<svg xmlns'), html.indexOf('</svg>', html.indexOf('<svg xmlns')) + 6);
    expect(svg).toContain('role="img"');
    for (const lane of ['Roles', 'Projects', 'Learning']) expect(svg).toContain(`>${lane}</text>`);
    for (let year = 2016; year <= 2026; year += 1) expect(svg).toContain(`>${year}</text>`);
    expect(svg.match(/<rect [^>]*height="8" rx="2"/g)).toHaveLength(3 + 2); // 2 roles, 1 project, 2 legend keys
    expect(svg.match(/<circle [^>]*r="3.6"/g)).toHaveLength(4 + 2); // 4 certificates, 2 legend keys
    // One connector: the analytics certificate to the stock-out project.
    expect(svg.match(/<path d="M[^"]+ L[^"]+" stroke="#6b7079"/g)).toHaveLength(1);
    expect(svg).toContain('<title>Stock-out analysis for the store · Feb 2025 – Jun 2025</title>');
  });

  it.each(PERSONAS)(
    'carries every finding’s reason and next step, the curated list, the stories and the links (%s)',
    (name) => {
      const { model } = reportCase(personaProfile(name));
      const document = renderReportHtml(model);
      for (const finding of model.findings.flatMap((group) => group.findings)) {
        expect(document).toContain(escapeHtml(finding.message));
        expect(document).toContain(escapeHtml(finding.why));
        expect(document).toContain(escapeHtml(finding.action));
      }
      for (const entry of model.curated) expect(document).toContain(escapeHtml(entry.reason));
      for (const story of model.stories) expect(document).toContain(escapeHtml(story.line));
      for (const entry of model.timeline) {
        if (entry.lane !== 'certificate') continue;
        for (const link of entry.appliedIn) expect(document).toContain(`<strong>${escapeHtml(link.title)}</strong>`);
      }
    },
  );

  it('escapes every user string: titles with <script> and quotes stay text', () => {
    const document = renderReportHtml(reportCase(hostileProfile()).model);
    expect(document).not.toContain(HOSTILE_TITLE);
    expect(document).not.toContain('<script>');
    expect(document.match(/<\/style>/g)).toHaveLength(1);
    expect(document).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &quot;Quoted&quot;');
    expect(document).toContain('<title>Data &quot;analyst&quot; &lt;em&gt; — career report</title>');
    expect(document).toContain('Sales associate &quot;lead&quot; &lt;b&gt;');
    expect(document).not.toMatch(/<(b|em|i|img)[\s>]/);
  });

  it('is the same for the same profile and day', () => {
    expect(renderReportHtml(reportCase(sampleProfile()).model)).toBe(html);
  });
});

describe('renderTimelineSvg', () => {
  it('draws an empty frame without failing when nothing is dated', () => {
    const svg = renderTimelineSvg([], '2026-11-26', 'Empty');
    expect(svg).toContain('<title id="timeline-title">Empty</title>');
    expect(svg).toContain('>2026</text>');
  });
});
