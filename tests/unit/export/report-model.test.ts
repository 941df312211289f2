import { describe, expect, it } from 'vitest';
import { buildReportModel, readableDay } from '../../../shared/export/report-model';
import { analyze } from '../../../shared/lens/analyze';
import { monthIndex } from '../../../shared/lens/months';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { bundledTaxonomy } from '../../support/taxonomy';
import { NOW, personaProfile, reportCase } from './report-fixtures';

describe('buildReportModel', () => {
  it('lays out the sample for its target: header, timeline in date order, links both ways', () => {
    const { model } = reportCase(sampleProfile());
    expect(model.preparedOn).toBe('26 Nov 2026');
    expect(model.target).toMatchObject({ id: 'sample-target-analyst', title: 'Data analyst', targetDate: 'Jun 2027' });
    expect(model.summary).toBe('2 roles · 1 project · 4 certificates and courses');

    const starts = model.timeline.map((entry) =>
      monthIndex(entry.lane === 'certificate' ? (entry.date ?? '9999') : entry.start),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(model.timeline.map((entry) => entry.id)).toEqual([
      'sample-role-sales',
      'sample-cert-excel',
      'sample-role-supervisor',
      'sample-cert-gda',
      'sample-project-stock',
      'sample-cert-python',
      'sample-cert-stats',
    ]);

    const gda = model.timeline.find((entry) => entry.id === 'sample-cert-gda');
    expect(gda).toMatchObject({
      lane: 'certificate',
      intent: false,
      statusLabel: 'Earned Nov 2024',
      appliedIn: [
        {
          kind: 'project',
          id: 'sample-project-stock',
          title: 'Stock-out analysis for the store',
          note: 'Queried two years of till data to find the gaps',
        },
      ],
    });
    expect(model.timeline.find((entry) => entry.id === 'sample-project-stock')).toMatchObject({
      roleTitle: 'Shift supervisor',
      learning: [{ certificateId: 'sample-cert-gda', note: 'Queried two years of till data to find the gaps' }],
    });
    expect(model.timeline.find((entry) => entry.id === 'sample-cert-stats')).toMatchObject({
      intent: true,
      statusLabel: 'In progress, 40% done, expected Dec 2026',
    });
  });

  it('carries every active finding once, grouped by severity, with its reason and next step', () => {
    const { model, analysis } = reportCase(sampleProfile());
    expect(model.findings.map((group) => group.severity)).toEqual(['warning', 'suggestion', 'info']);
    const listed = model.findings.flatMap((group) =>
      group.findings.map((finding) => ({ severity: group.severity, ...finding })),
    );
    expect(listed).toEqual(
      analysis.findings.map((finding) => ({
        severity: finding.severity,
        key: finding.key,
        code: finding.code,
        message: finding.message,
        why: finding.why,
        action: finding.action,
      })),
    );
  });

  it('carries the curated list with reasons, the background, the story lines and the evidence per skill', () => {
    const { model, analysis } = reportCase(sampleProfile());
    expect(model.curated.map((entry) => [entry.certificateId, entry.reason])).toEqual(
      analysis.curated.map((entry) => [entry.certificateId, entry.reason]),
    );
    expect(model.curated[0]?.story).toBe(analysis.stories[0]?.line);
    expect(model.background.map((entry) => entry.certificateId)).toEqual(analysis.background);
    expect(model.stories.map((story) => story.line)).toEqual(analysis.stories.map((story) => story.line));
    expect(model.skills.essential.map((skill) => skill.label)).toEqual([
      'statistics',
      'SQL',
      'Tableau',
      'data analytics',
    ]);
    expect(model.skills.optional.map((skill) => skill.label)).toEqual(['Python (computer programming)']);
    expect(model.skills.essential.find((skill) => skill.label === 'SQL')).toMatchObject({
      levelLabel: 'Applied, with evidence',
      projects: ['Stock-out analysis for the store'],
      certificates: ['Google Data Analytics Professional Certificate'],
    });
    expect(model.skills.essentialBacked).toBe(3);
  });

  it('lists dismissed findings apart, with the person’s reason', () => {
    const profile = sampleProfile();
    const first = analyze(profile, bundledTaxonomy(), { now: NOW }).findings[0]!;
    const { model } = reportCase({
      ...profile,
      dismissedFindings: [{ key: first.key, reason: 'Handled in my cover letter', at: '2026-11-01T00:00:00.000Z' }],
    });
    expect(model.dismissed).toEqual([
      expect.objectContaining({ key: first.key, reason: 'Handled in my cover letter' }),
    ]);
    expect(model.findings.flatMap((group) => group.findings).some((finding) => finding.key === first.key)).toBe(false);
  });

  it('is deterministic for a given day, whatever the order of the entities', () => {
    const profile = sampleProfile();
    const shuffled = {
      ...profile,
      roles: [...profile.roles].reverse(),
      projects: [...profile.projects].reverse(),
      certificates: [...profile.certificates].reverse(),
    };
    expect(reportCase(shuffled).model).toEqual(reportCase(profile).model);
    expect(JSON.stringify(reportCase(profile).model)).toBe(JSON.stringify(reportCase(profile).model));
  });

  it('refuses an unknown target, and an analysis made for another target', () => {
    const profile = sampleProfile();
    const analysis = analyze(profile, bundledTaxonomy(), { now: NOW });
    expect(() => buildReportModel(profile, analysis, 'nope', NOW)).toThrow(/No target role/);
    const twoTargets = { ...profile, targets: [...profile.targets, { ...profile.targets[0]!, id: 'other' }] };
    expect(() => buildReportModel(twoTargets, analysis, 'other', NOW)).toThrow(/made for sample-target-analyst/);
  });

  it('reads a persona: the bridged career changer’s learning links to the project that used it', () => {
    const { model } = reportCase(personaProfile('changer-support-to-product-bridged'));
    expect(model.target.modes).toContain('Read as a career change');
    const project = model.timeline.find((entry) => entry.lane === 'project');
    expect(project?.lane === 'project' ? project.learning.map((used) => used.title) : []).toHaveLength(2);
  });

  it('writes days the same way everywhere', () => {
    expect(readableDay('2026-01-05')).toBe('5 Jan 2026');
    expect(readableDay('2026-12')).toBe('Dec 2026');
  });
});
