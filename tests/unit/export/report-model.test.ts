import { describe, expect, it } from 'vitest';
import {
  buildRecruiterReport,
  buildReportModel,
  buildReviewReport,
  readableDay,
} from '../../../shared/export/report-model';
import { analyze } from '../../../shared/lens/analyze';
import { monthIndex } from '../../../shared/domain/months';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { PERSONA_NAMES } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { NOW, personaProfile, reportCase, reviewOnlyTexts, sampleWithDismissal } from './report-fixtures';

describe('buildRecruiterReport', () => {
  it('lays out the sample for its target: header, timeline in date order, links both ways', () => {
    const { recruiter: model } = reportCase(sampleProfile());
    expect(model.report).toBe('recruiter');
    expect(model.preparedOn).toBe('26 Nov 2026');
    expect(model.target).toEqual({ id: 'sample-target-analyst', title: 'Data analyst' });
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

  it('carries the curated certificates with the skills they cover and where each was used, and the story lines', () => {
    const { recruiter: model, analysis } = reportCase(sampleProfile());
    expect(model.certificates.map((entry) => entry.certificateId)).toEqual(
      analysis.curated.map((entry) => entry.certificateId),
    );
    expect(model.certificates[0]).toEqual({
      certificateId: 'sample-cert-gda',
      title: 'Google Data Analytics Professional Certificate',
      provider: 'Google',
      status: 'Earned Nov 2024',
      covers: ['SQL', 'data analytics', 'Tableau'],
      usedIn: [
        {
          kind: 'project',
          id: 'sample-project-stock',
          title: 'Stock-out analysis for the store',
          note: 'Queried two years of till data to find the gaps',
        },
      ],
    });
    expect(model.stories.map((story) => story.line)).toEqual(analysis.stories.map((story) => story.line));
  });

  it('lists the skills with something behind them, strongest first; learning in progress reads as planned', () => {
    const { recruiter: model } = reportCase(sampleProfile());
    expect(model.skills.essential.map((skill) => [skill.label, skill.levelLabel])).toEqual([
      ['data analytics', 'Applied, with evidence'],
      ['SQL', 'Applied, with evidence'],
      ['Tableau', 'Applied, with evidence'],
      ['statistics', 'Learning planned'],
    ]);
    expect(model.skills.essential.find((skill) => skill.label === 'SQL')).toMatchObject({
      projects: ['Stock-out analysis for the store'],
      certificates: ['Google Data Analytics Professional Certificate'],
    });
    expect(model.skills.optional.map((skill) => [skill.label, skill.levelLabel])).toEqual([
      ['Python (computer programming)', 'Certified'],
    ]);
  });

  it('leaves out a skill with nothing behind it, which the review still lists as a gap', () => {
    const { recruiter, review, analysis } = reportCase(personaProfile('changer-support-to-product-bridged'));
    const gaps = analysis.skillEvidence.filter((skill) => skill.level === 'none').map((skill) => skill.skill);
    expect(gaps.length).toBeGreaterThan(0);
    const listed = [...recruiter.skills.essential, ...recruiter.skills.optional].map((skill) => skill.label);
    for (const gap of gaps) expect(listed).not.toContain(gap);
    expect(review.skills.essential.filter((skill) => skill.level === 'none').map((skill) => skill.label)).toEqual(gaps);
  });

  it.each(PERSONA_NAMES)('holds no finding, next step, dismissal or gap (%s)', (name) => {
    const { recruiter, analysis } = reportCase(personaProfile(name));
    expect(Object.keys(recruiter).sort()).toEqual(
      [
        'certificates',
        'now',
        'posting',
        'preparedOn',
        'report',
        'skills',
        'stories',
        'summary',
        'target',
        'timeline',
      ].sort(),
    );
    // A target not made from a job posting is reported as before: not tailored to any.
    expect(recruiter.posting).toBeNull();
    const serialized = JSON.stringify(recruiter);
    for (const said of reviewOnlyTexts(analysis)) expect(serialized).not.toContain(JSON.stringify(said).slice(1, -1));
    const skills = [...recruiter.skills.essential, ...recruiter.skills.optional];
    expect(skills.every((skill) => skill.level !== 'none')).toBe(true);
  });

  it('says nothing of what the person set aside', () => {
    const { recruiter } = reportCase(sampleWithDismissal('Handled in my cover letter'));
    expect(JSON.stringify(recruiter)).not.toContain('Handled in my cover letter');
  });
});

describe('buildReviewReport', () => {
  it('carries every active finding once, grouped by severity, with its reason and next step', () => {
    const { review: model, analysis } = reportCase(sampleProfile());
    expect(model.report).toBe('review');
    expect(model.target).toMatchObject({
      id: 'sample-target-analyst',
      title: 'Data analyst',
      targetDate: 'Jun 2027',
      modes: ['Read as a career change'],
    });
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

  it('carries the lens’s next steps in its order, the curated list with reasons, the background and every skill', () => {
    const { review: model, analysis } = reportCase(sampleProfile());
    expect(model.nextSteps).toEqual(analysis.nextSteps.map(({ key, text, why }) => ({ key, text, why })));
    expect(model.nextSteps.length).toBeGreaterThan(0);
    expect(model.curated.map((entry) => [entry.certificateId, entry.reason])).toEqual(
      analysis.curated.map((entry) => [entry.certificateId, entry.reason]),
    );
    expect(model.background.map((entry) => entry.certificateId)).toEqual(analysis.background);
    expect(model.skills.essential.map((skill) => [skill.label, skill.levelLabel])).toEqual([
      ['statistics', 'Planned only'],
      ['data analytics', 'Applied, with evidence'],
      ['SQL', 'Applied, with evidence'],
      ['Tableau', 'Applied, with evidence'],
    ]);
    expect(model.skills.optional.map((skill) => skill.label)).toEqual(['Python (computer programming)']);
    expect(model.skills.essentialBacked).toBe(3);
  });

  it('lists dismissed findings apart, with the person’s reason', () => {
    const profile = sampleWithDismissal('Handled in my cover letter');
    const key = profile.dismissedFindings[0]?.key;
    const { review: model } = reportCase(profile);
    expect(model.dismissed).toEqual([expect.objectContaining({ key, reason: 'Handled in my cover letter' })]);
    expect(model.findings.flatMap((group) => group.findings).some((finding) => finding.key === key)).toBe(false);
  });
});

describe('both reports', () => {
  it('are deterministic for a given day, whatever the order of the entities', () => {
    const profile = sampleProfile();
    const shuffled = {
      ...profile,
      roles: [...profile.roles].reverse(),
      projects: [...profile.projects].reverse(),
      certificates: [...profile.certificates].reverse(),
    };
    const { recruiter, review } = reportCase(profile);
    expect(reportCase(shuffled).recruiter).toEqual(recruiter);
    expect(reportCase(shuffled).review).toEqual(review);
    expect(JSON.stringify(reportCase(profile).recruiter)).toBe(JSON.stringify(recruiter));
  });

  it('are built by kind', () => {
    const { profile, analysis, targetId, recruiter, review } = reportCase(sampleProfile());
    expect(buildReportModel(profile, analysis, targetId, NOW, 'recruiter')).toEqual(recruiter);
    expect(buildReportModel(profile, analysis, targetId, NOW, 'review')).toEqual(review);
  });

  it('refuse an unknown target, and an analysis made for another target', () => {
    const profile = sampleProfile();
    const analysis = analyze(profile, bundledTaxonomy(), { now: NOW });
    const twoTargets = { ...profile, targets: [...profile.targets, { ...profile.targets[0]!, id: 'other' }] };
    for (const build of [buildRecruiterReport, buildReviewReport]) {
      expect(() => build(profile, analysis, 'nope', NOW)).toThrow(/No target role/);
      expect(() => build(twoTargets, analysis, 'other', NOW)).toThrow(/made for sample-target-analyst/);
    }
  });

  it('read a persona: the bridged career changer’s learning links to the project that used it', () => {
    const { recruiter, review } = reportCase(personaProfile('changer-support-to-product-bridged'));
    expect(review.target.modes).toContain('Read as a career change');
    const project = recruiter.timeline.find((entry) => entry.lane === 'project');
    expect(project?.lane === 'project' ? project.learning.map((used) => used.title) : []).toHaveLength(2);
  });

  it('write days the same way everywhere', () => {
    expect(readableDay('2026-01-05')).toBe('5 Jan 2026');
    expect(readableDay('2026-12')).toBe('Dec 2026');
  });
});
