import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../../../shared/domain/plan';
import type { Profile } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import { EVIDENCE_LEVELS, isApplied, type EvidenceLevel } from '../../../shared/lens/evidence-level';
import {
  firstEntryDay,
  monthlyDays,
  profileAsOf,
  projectedReadiness,
  readinessAt,
  readinessHistory,
  readinessLine,
  readinessReport,
  type Readiness,
} from '../../../shared/plan/readiness';
import { PERSONA_NAMES, loadPersona } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { PERSONA_NOW } from '../lens/persona-expectations';

const NOW = PERSONA_NOW;

function targetOf(profile: Profile): string {
  if (profile.activeTargetId === null) throw new Error('The persona has no active target');
  return profile.activeTargetId;
}

/** Core-skill counts per level from a full lens run, the way readiness should count them. */
function fromAnalysis(profile: Profile, targetId: string) {
  const core = analyze(profile, bundledTaxonomy(), { now: NOW, targetId }).skillEvidence.filter(
    (entry) => entry.importance === 'essential',
  );
  const counts = Object.fromEntries(
    EVIDENCE_LEVELS.map((level) => [level, core.filter((entry) => entry.level === level).length]),
  ) as Record<EvidenceLevel, number>;
  return { core: core.length, counts, backedByWork: core.filter((entry) => isApplied(entry.level)).length };
}

function historyOf(name: string): Readiness[] {
  const profile = loadPersona(name);
  const first = firstEntryDay(profile) ?? NOW;
  return readinessHistory(profile, bundledTaxonomy(), targetOf(profile), monthlyDays(first, NOW), NOW);
}

describe('readiness as of past dates, on the personas', () => {
  it.each(PERSONA_NAMES)('%s: as of today, the counts of a full lens run', (name) => {
    const profile = loadPersona(name);
    const targetId = targetOf(profile);
    const expected = fromAnalysis(profile, targetId);
    expect(readinessAt(profile, bundledTaxonomy(), targetId, NOW, NOW)).toEqual({
      day: NOW,
      projected: false,
      ...expected,
    });
    expect(historyOf(name).at(-1)).toMatchObject(expected);
  });

  it.each(PERSONA_NAMES)('%s: backed by work never falls from month to month', (name) => {
    const history = historyOf(name);
    expect(history.length).toBeGreaterThan(1);
    history.forEach((point, at) => {
      const before = history[at - 1];
      if (before === undefined) return;
      expect(point.backedByWork, point.day).toBeGreaterThanOrEqual(before.backedByWork);
      expect(point.counts.none, point.day).toBeLessThanOrEqual(before.counts.none);
      expect(point.core).toBe(before.core);
    });
  });

  it.each(PERSONA_NAMES)('%s: before every entry, no core skill has any evidence', (name) => {
    const profile = loadPersona(name);
    const first = firstEntryDay(profile);
    if (first === null) throw new Error('The persona has no dated entry');
    const before = readinessAt(profile, bundledTaxonomy(), targetOf(profile), '1990-01-01', NOW);
    expect(before.core).toBeGreaterThan(0);
    expect(before.counts.none).toBe(before.core);
    expect(before.backedByWork).toBe(0);
  });

  it('reads each day of a history as it reads that day alone', () => {
    for (const name of [
      'changer-retail-to-data-analyst',
      'junior-dev-to-software-developer',
      'linkedin-degree-changer',
    ]) {
      const profile = loadPersona(name);
      const targetId = targetOf(profile);
      const days = monthlyDays('2023-01-15', NOW);
      expect(readinessHistory(profile, bundledTaxonomy(), targetId, days, NOW), name).toEqual(
        days.map((day) => readinessAt(profile, bundledTaxonomy(), targetId, day, NOW)),
      );
    }
  });

  it('follows a career change: certified first, then backed by work once used in a project', () => {
    const history = historyOf('changer-retail-to-data-analyst');
    const at = (day: string) => history.find((point) => point.day === day);
    // The Tableau course (Sept. 2025) certified data visualisation and dashboards, never used since.
    expect(at('2025-08-01')?.counts.certified).toBe(0);
    expect(at('2025-09-01')?.counts.certified).toBe(2);
    expect(at('2025-01-01')?.backedByWork).toBeLessThan(at('2025-03-01')?.backedByWork ?? 0);
  });
});

describe('the profile as of a day', () => {
  const profile = loadPersona('linkedin-degree-changer');

  it('keeps roles and projects that had started, current when they ended later', () => {
    const then = profileAsOf(profile, '2025-06-15');
    expect(then.projects.map((project) => [project.id, project.end])).toEqual(
      profile.projects
        .filter((project) => project.start <= '2025-06')
        .map((project) => [project.id, project.end !== null && project.end > '2025-06' ? null : project.end]),
    );
    expect(then.roles).toBe(profile.roles);
  });

  it('reads a degree begun but not yet awarded as in progress, with nothing known of how far', () => {
    const degree = profile.certificates.find((certificate) => certificate.started !== null);
    if (degree === undefined) throw new Error('The persona has no degree with a start');
    const during = profileAsOf(profile, '2017-03-01').certificates.find((certificate) => certificate.id === degree.id);
    expect(during?.status).toEqual({ state: 'in-progress', percentDone: 0 });
    expect(profileAsOf(profile, '2015-01-01').certificates).toEqual([]);
  });

  it('keeps the same objects across days, and the profile itself from today on', () => {
    const early = profileAsOf(profile, '2025-06-15');
    const later = profileAsOf(profile, '2025-07-15');
    const ongoing = early.projects.find((project) => project.end === null);
    expect(ongoing).toBeDefined();
    expect(later.projects).toContain(ongoing);
    for (const certificate of early.certificates)
      if (profile.certificates.includes(certificate)) expect(later.certificates).toContain(certificate);
    expect(profileAsOf(profile, NOW, NOW)).toBe(profile);
    expect(profileAsOf(profile, '2030-01-01', NOW)).toBe(profile);
  });

  it('leaves undated learning in progress out of the past, and in from today', () => {
    const junior = loadPersona('junior-dev-to-software-developer');
    const undated = junior.certificates.find((certificate) => certificate.status.state === 'in-progress');
    if (undated === undefined) throw new Error('The persona has no course in progress');
    expect(profileAsOf(junior, '2026-11-01', NOW).certificates).not.toContain(undated);
    expect(profileAsOf(junior, NOW, NOW).certificates).toContain(undated);
  });
});

describe('one day a month', () => {
  it('runs from the first day to today, the last day of shorter months standing in', () => {
    expect(monthlyDays('2024-01-31', '2024-05-10')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-10',
    ]);
    expect(monthlyDays('2023-11-01', '2024-01-01')).toEqual(['2023-11-01', '2023-12-01', '2024-01-01']);
    expect(monthlyDays('2026-01-01', '2025-01-01')).toEqual(['2025-01-01']);
  });

  it('starts at the first thing the profile records', () => {
    expect(firstEntryDay(loadPersona('linkedin-degree-changer'))).toBe('2015-10-01');
  });
});

describe('projected readiness', () => {
  const base = loadPersona('changer-retail-to-data-analyst');
  const target = base.targets.find((candidate) => candidate.id === 'target-da');
  if (target === undefined) throw new Error('The persona has no data analyst target');
  const skill = (label: string) => {
    const found = target.skills.find((entry) => entry.skill.label === label);
    if (found === undefined) throw new Error(`No target skill ${label}`);
    return found.skill;
  };
  const step = (fields: Partial<PlanStep> & Pick<PlanStep, 'id' | 'kind' | 'due'>): PlanStep => ({
    targetId: target.id,
    title: `Step ${fields.id}`,
    skills: [],
    serves: [],
    findingKeys: [],
    status: 'todo',
    doneOn: null,
    note: '',
    ...fields,
  });
  const project = (plan: PlanStep[]) => projectedReadiness({ ...base, plan }, bundledTaxonomy(), target.id, NOW);
  const today = readinessAt(base, bundledTaxonomy(), target.id, NOW, NOW);

  it('rises at a learn step’s due date: its skills count as certified from then', () => {
    const points = project([step({ id: 'learn', kind: 'learn', due: '2027-02-15', skills: [skill('Power BI')] })]);
    expect(points).toEqual([
      {
        ...today,
        day: '2027-02-15',
        projected: true,
        counts: { ...today.counts, none: today.counts.none - 1, certified: today.counts.certified + 1 },
      },
    ]);
  });

  it('counts an apply step’s skills as applied, and the certificates it serves where it links them', () => {
    const points = project([
      step({ id: 'apply', kind: 'apply', due: '2027-01-10', skills: [skill('statistics')] }),
      step({ id: 'show', kind: 'evidence', due: '2027-03-01', serves: [{ kind: 'certificate', id: 'cert-tableau' }] }),
    ]);
    expect(points.map((point) => [point.day, point.backedByWork])).toEqual([
      ['2027-01-10', today.backedByWork + 1],
      // The Tableau course backs data visualisation and dashboards once used.
      ['2027-03-01', today.backedByWork + 3],
    ]);
    expect(points.every((point) => point.projected)).toBe(true);
  });

  it('places one point per due date; other kinds change nothing; closed, undated and late steps are not placed', () => {
    const points = project([
      step({ id: 'custom', kind: 'custom', due: '2027-01-05', skills: [skill('Power BI')] }),
      step({ id: 'roles', kind: 'apply-for-roles', due: '2027-01-05' }),
      step({
        id: 'done',
        kind: 'learn',
        due: '2027-02-01',
        status: 'done',
        doneOn: '2026-11-01',
        skills: [skill('Power BI')],
      }),
      step({ id: 'dropped', kind: 'apply', due: '2027-02-01', status: 'dropped', skills: [skill('statistics')] }),
      step({ id: 'undated', kind: 'learn', due: null, skills: [skill('Power BI')] }),
      step({ id: 'late', kind: 'learn', due: '2027-07-01', skills: [skill('Power BI')] }),
      step({ id: 'other', kind: 'learn', due: '2027-02-01', targetId: 'elsewhere', skills: [skill('Power BI')] }),
    ]);
    expect(points).toEqual([{ ...today, day: '2027-01-05', projected: true }]);
  });

  it('counts an overdue open step from today, and runs a year on when there is no target date', () => {
    const overdue = project([step({ id: 'overdue', kind: 'apply', due: '2026-10-01', skills: [skill('statistics')] })]);
    expect(overdue.map((point) => [point.day, point.backedByWork])).toEqual([[NOW, today.backedByWork + 1]]);
    const undated = { ...base, targets: base.targets.map((entry) => ({ ...entry, targetDate: null })) };
    const late = step({ id: 'late', kind: 'apply', due: '2027-09-01', skills: [skill('statistics')] });
    expect(projectedReadiness({ ...undated, plan: [late] }, bundledTaxonomy(), target.id, NOW)).toHaveLength(1);
    expect(project([late])).toEqual([]);
  });
});

describe('the readiness line', () => {
  const counts = { none: 0, planned: 0, declared: 0, certified: 0, applied: 0, 'applied-with-evidence': 0 };
  const at = (core: number, backedByWork: number): Readiness => ({
    day: NOW,
    core,
    counts,
    backedByWork,
    projected: false,
  });

  it('says how many core skills work backs, in the singular for one', () => {
    expect(readinessLine(at(9, 5), 'Data analyst')).toBe('Data analyst: 5 of 9 core skills backed by work');
    expect(readinessLine(at(1, 0), 'Data analyst')).toBe('Data analyst: 0 of 1 core skill backed by work');
    expect(readinessLine(at(1, 1), 'Data analyst')).toBe('Data analyst: 1 of 1 core skill backed by work');
  });

  it('says so when the target names no core skill', () => {
    expect(readinessLine(at(0, 0), 'Data analyst')).toBe('Data analyst: no core skills named yet');
  });

  it('ends the report with the line for today', () => {
    const report = readinessReport(loadPersona('changer-retail-to-data-analyst'), bundledTaxonomy(), NOW);
    expect(report?.line).toBe('Data analyst: 6 of 11 core skills backed by work');
    expect(report?.history.at(-1)?.day).toBe(NOW);
    expect(readinessReport({ ...loadPersona('scattered-learner'), activeTargetId: null }, bundledTaxonomy(), NOW)).toBe(
      null,
    );
  });
});
