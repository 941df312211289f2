import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { analyze, analyzeFindings } from '../../../shared/lens/analyze';
import type { FindingCode } from '../../../shared/lens/result';
import { bundledTaxonomy } from '../../support/taxonomy';

const NOW = '2026-11-26';

function persona(name: string) {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, `../../fixtures/personas/${name}.json`)),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  return analyze(decoded.profile, bundledTaxonomy(), { now: NOW });
}

const codesOf = (name: string, subject?: string) =>
  new Set(
    persona(name)
      .findings.filter((finding) => subject === undefined || finding.subject === subject)
      .map((finding) => finding.code),
  );

/** What a recruiter's reading of each persona must bring up, and must not. */
const EXPECTATIONS: Record<string, { must: FindingCode[]; mustNot: FindingCode[] }> = {
  'control-strong-analyst': {
    must: ['CERT_EARNED_WHILE_WORKING'],
    mustNot: [
      'CERT_UNAPPLIED',
      'CERT_STALE',
      'CERT_OFF_TARGET',
      'PROFILE_TARGET_SKILL_UNEVIDENCED',
      'PROFILE_TIMELINE_GAP',
      'PROFILE_ENTRY_LEVEL',
      'PROFILE_CAREER_CHANGE',
    ],
  },
  'changer-support-to-product-bridged': {
    must: ['PROFILE_CAREER_CHANGE'],
    mustNot: ['PROFILE_TRANSITION_UNSUPPORTED', 'CERT_UNAPPLIED', 'CERT_OFF_TARGET', 'PROFILE_ENTRY_LEVEL'],
  },
  'changer-teacher-to-ux-unsupported': {
    must: [
      'PROFILE_CAREER_CHANGE',
      'PROFILE_TRANSITION_UNSUPPORTED',
      'CERT_UNAPPLIED',
      'PROFILE_SKILL_CERTIFIED_NOT_APPLIED',
    ],
    mustNot: ['CERT_OFF_TARGET', 'CERT_STALE', 'PROFILE_ENTRY_LEVEL'],
  },
  'entry-level-collector': {
    must: ['PROFILE_ENTRY_LEVEL', 'PROFILE_CREDENTIAL_COLLECTOR', 'CERT_UNAPPLIED'],
    mustNot: ['PROFILE_CAREER_CHANGE', 'CERT_STALE', 'CERT_EXPIRED', 'CERT_INFLATED_CLAIM'],
  },
  'stale-fast-field': {
    must: ['CERT_STALE', 'CERT_EXPIRED'],
    mustNot: ['CERT_UNAPPLIED', 'PROFILE_CAREER_CHANGE', 'PROFILE_ENTRY_LEVEL'],
  },
  'application-predates-learning': {
    must: ['CERT_APPLICATION_PREDATES'],
    mustNot: ['CERT_UNAPPLIED', 'CERT_OFF_TARGET'],
  },
  'scattered-learner': {
    must: ['PROFILE_SCATTERED_LEARNING', 'CERT_OUTLIER', 'CERT_OFF_TARGET', 'PROFILE_TRANSITION_UNSUPPORTED'],
    mustNot: ['PROFILE_ENTRY_LEVEL', 'CERT_EXPIRED'],
  },
  'unexplained-gaps': {
    must: ['PROFILE_TIMELINE_GAP'],
    mustNot: ['CERT_UNAPPLIED', 'PROFILE_SCATTERED_LEARNING', 'PROFILE_CREDENTIAL_COLLECTOR'],
  },
  'soft-skills-heavy': {
    must: ['CERT_SOFT_SKILL', 'CERT_INFLATED_CLAIM', 'CERT_UNKNOWN_PROVIDER'],
    mustNot: ['CERT_UNAPPLIED', 'PROFILE_SCATTERED_LEARNING', 'CERT_OUTLIER', 'PROFILE_CAREER_CHANGE'],
  },
};

describe.each(Object.entries(EXPECTATIONS))('persona %s', (name, { must, mustNot }) => {
  it('brings up what a recruiter would notice', () => {
    const codes = codesOf(name);
    for (const code of must) expect(codes, code).toContain(code);
  });

  it('and nothing the reasoning does not support', () => {
    const codes = codesOf(name);
    for (const code of mustNot) expect(codes, code).not.toContain(code);
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

  it('never ranks an off-target or stale certificate above an applied, relevant, current one', () => {
    const result = persona('stale-fast-field');
    const order = result.curated.map((entry) => entry.certificateId);
    expect(order.indexOf('c3')).toBeLessThan(order.indexOf('c1'));
    expect(order.indexOf('c3')).toBeLessThan(order.indexOf('c2'));
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
    const decoded = decodeProfileFile(
      readFileSync(path.resolve(import.meta.dirname, '../../fixtures/personas/stale-fast-field.json')),
    );
    if (!decoded.ok) throw new Error(decoded.message);
    const dismissal = { key: 'CERT_EXPIRED:c2', reason: 'Renewal booked for January', at: '2026-11-20T10:00:00.000Z' };
    const result = analyze({ ...decoded.profile, dismissedFindings: [dismissal] }, bundledTaxonomy(), { now: NOW });
    expect(result.findings.find((finding) => finding.key === 'CERT_EXPIRED:c2')?.dismissed).toEqual({
      reason: dismissal.reason,
      at: dismissal.at,
    });
    expect(result.findings.filter((finding) => finding.dismissed !== null)).toHaveLength(1);
  });
});

describe('the findings-only reading', () => {
  it('finds exactly what the whole reading finds, for every persona', () => {
    for (const name of Object.keys(EXPECTATIONS)) {
      const decoded = decodeProfileFile(
        readFileSync(path.resolve(import.meta.dirname, `../../fixtures/personas/${name}.json`)),
      );
      if (!decoded.ok) throw new Error(decoded.message);
      expect(analyzeFindings(decoded.profile, bundledTaxonomy(), { now: NOW }), name).toEqual(persona(name).findings);
    }
  });
});
