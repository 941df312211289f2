import { describe, expect, it } from 'vitest';
import { analyze, analyzeFindings } from '../../../shared/lens/analyze';
import { loadPersona, PERSONA_NAMES } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { PERSONA_EXPECTATIONS, PERSONA_NOW } from './persona-expectations';

const NOW = PERSONA_NOW;

function persona(name: string) {
  return analyze(loadPersona(name), bundledTaxonomy(), { now: NOW });
}

const codesOf = (name: string, subject?: string) =>
  new Set(
    persona(name)
      .findings.filter((finding) => subject === undefined || finding.subject === subject)
      .map((finding) => finding.code),
  );

const fixtureNames = PERSONA_NAMES;

it('has a recruiter’s expectations for every persona fixture, at least 14 of them', () => {
  expect(Object.keys(PERSONA_EXPECTATIONS).sort()).toEqual([...fixtureNames].sort());
  expect(fixtureNames.length).toBeGreaterThanOrEqual(14);
});

describe.each(Object.entries(PERSONA_EXPECTATIONS))('persona %s', (name, expectation) => {
  const { must, mustNot, maxWarnings, perSubject } = expectation;
  it('brings up what a recruiter would notice', () => {
    const codes = codesOf(name);
    for (const code of must) expect(codes, code).toContain(code);
  });

  it('and nothing the reasoning does not support', () => {
    const codes = codesOf(name);
    for (const code of mustNot) expect(codes, code).not.toContain(code);
  });

  it(`raises at most ${maxWarnings} warnings, and at most five next steps`, () => {
    const result = persona(name);
    const warnings = result.findings.filter((finding) => finding.severity === 'warning');
    expect(warnings.length, warnings.map((finding) => finding.message).join('\n')).toBeLessThanOrEqual(maxWarnings);
    expect(result.nextSteps.length).toBeLessThanOrEqual(5);
  });

  it('never asks twice for a project with the same skill', () => {
    const asked = persona(name)
      .nextSteps.filter((step) => step.kind === 'bridge-transition' || step.kind === 'apply-certified-skill')
      .flatMap((step) => (step.kind === 'bridge-transition' ? step.skills.slice(0, 2) : step.skills));
    expect(asked.length).toBe(new Set(asked).size);
    // Nor for a project with certified-only skills when every certificate behind them is to be linked.
    const steps = persona(name).nextSteps;
    const linking = new Set(steps.filter((step) => step.kind === 'link-used-learning').map((step) => step.subject));
    for (const step of steps.filter((entry) => entry.kind === 'apply-certified-skill'))
      expect(step.related.every((entity) => linking.has(entity.id))).toBe(false);
  });

  it('reads each named entity as a recruiter would', () => {
    const result = persona(name);
    for (const [subject, wanted] of Object.entries(perSubject ?? {})) {
      const codes = codesOf(name, subject);
      for (const code of wanted.must ?? []) expect(codes, `${subject} ${code}`).toContain(code);
      for (const code of wanted.mustNot ?? []) expect(codes, `${subject} ${code}`).not.toContain(code);
      const advice = [
        ...result.findings.filter((finding) => finding.subject === subject).map((finding) => finding.action),
        ...result.nextSteps
          .filter((step) => step.subject === subject || step.related.some((entity) => entity.id === subject))
          .map((step) => step.text),
      ];
      if (wanted.actionMustNotMatch !== undefined)
        for (const line of advice) expect(line, subject).not.toMatch(wanted.actionMustNotMatch);
    }
  });

  it('says why and what to do for every finding', () => {
    for (const finding of persona(name).findings) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.why.length).toBeGreaterThan(20);
      expect(finding.action.length).toBeGreaterThan(10);
    }
  });
});

describe('the readings in detail', () => {
  it('gives the strong control profile no warning at all', () => {
    expect(persona('control-strong-analyst').findings.filter((finding) => finding.severity === 'warning')).toEqual([]);
  });

  it('curates applied, relevant, current certificates first, with a reason', () => {
    const result = persona('control-strong-analyst');
    expect(result.curated.map((entry) => entry.certificateId)).toHaveLength(3);
    expect(result.curated[0]?.reason).toMatch(/applied/);
    expect(result.background).toEqual([]);
  });

  it('never shows a stale or expired certificate first, and never pads the list with them', () => {
    const result = persona('stale-fast-field');
    expect(result.curated.map((entry) => entry.certificateId)).toEqual(['c3']);
    expect(result.background).toEqual(expect.arrayContaining(['c1', 'c2']));
    expect(result.curated[0]?.reason).not.toMatch(/strongest of what remains/);
  });

  it('names the target skill a curated certificate serves, not only its own', () => {
    const result = persona('changer-retail-to-data-analyst');
    const python = result.curated.find((entry) => entry.certificateId === 'cert-py4e');
    expect(python?.reason).toMatch(/^Serves Python/);
    const communication = persona('communication-course-cs').assessments.find(
      (entry) => entry.certificateId === 'cert-communication',
    );
    expect(communication?.kind).toBe('soft');
  });

  it('keeps a certificate with a future expiry date current', () => {
    const c3 = persona('stale-fast-field').assessments.find((entry) => entry.certificateId === 'c3');
    expect(c3?.recency).toBe('current');
    expect(codesOf('stale-fast-field', 'c3')).not.toContain('CERT_STALE');
  });

  it('softens unapplied learning for an entry-level profile', () => {
    const unapplied = persona('entry-level-collector').findings.filter((finding) => finding.code === 'CERT_UNAPPLIED');
    expect(unapplied.every((finding) => finding.severity === 'suggestion')).toBe(true);
    expect(
      persona('changer-teacher-to-ux-unsupported').findings.find((finding) => finding.code === 'CERT_UNAPPLIED')
        ?.severity,
    ).toBe('warning');
  });

  it('names each gap as a period', () => {
    const gaps = persona('unexplained-gaps').findings.filter((finding) => finding.code === 'PROFILE_TIMELINE_GAP');
    expect(gaps.map((finding) => finding.subject)).toEqual(
      expect.arrayContaining([{ from: '2018-04', to: '2020-05' }]),
    );
  });

  it('grades the evidence behind every target skill', () => {
    const evidence = persona('changer-teacher-to-ux-unsupported').skillEvidence;
    expect(evidence.find((entry) => entry.skill === 'Figma')).toMatchObject({
      level: 'certified',
      certificates: ['c1'],
    });
    expect(evidence.find((entry) => entry.skill === 'create wireframe')?.level).toBe('none');
    const control = persona('control-strong-analyst').skillEvidence;
    expect(control.every((entry) => entry.level === 'applied-with-evidence')).toBe(true);
  });

  it('writes a story line for each applied certificate, from the user’s own words', () => {
    const stories = persona('changer-support-to-product-bridged').stories;
    expect(stories.map((story) => story.certificateId)).toEqual(['c1', 'c2']);
    expect(stories[0]?.line).toContain('Ran five customer interviews');
    expect(stories[0]?.line).toContain('Self-service rate up 18%');
  });

  it('flags the inflated claim with the words it used', () => {
    const claim = persona('soft-skills-heavy').findings.find((finding) => finding.code === 'CERT_INFLATED_CLAIM');
    expect(claim?.message).toMatch(/“(Master the art|guaranteed)”/);
  });

  it('keeps a dismissed finding, marked as dismissed with the user’s reason', () => {
    const profile = loadPersona('stale-fast-field');
    const dismissal = { key: 'CERT_EXPIRED:c2', reason: 'Renewal booked for January', at: '2026-11-20T10:00:00.000Z' };
    const result = analyze({ ...profile, dismissedFindings: [dismissal] }, bundledTaxonomy(), { now: NOW });
    expect(result.findings.find((finding) => finding.key === 'CERT_EXPIRED:c2')?.dismissed).toEqual({
      reason: dismissal.reason,
      at: dismissal.at,
    });
    expect(result.findings.filter((finding) => finding.dismissed !== null)).toHaveLength(1);
  });
});

describe('the findings-only reading', () => {
  it('finds exactly what the whole reading finds, for every persona', () => {
    for (const name of Object.keys(PERSONA_EXPECTATIONS)) {
      const result = persona(name);
      expect(analyzeFindings(loadPersona(name), bundledTaxonomy(), { now: NOW }), name).toEqual({
        findings: result.findings,
        nextSteps: result.nextSteps,
      });
    }
  });
});
