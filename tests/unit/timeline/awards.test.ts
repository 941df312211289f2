import { describe, expect, it } from 'vitest';
import { newAward, newProject } from '../../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { describeAward } from '../../../renderer/src/timeline/describe';
import { buildTimelineModel, createModelCache } from '../../../renderer/src/timeline/model';
import { createPlacer, navigate, placeItems } from '../../../renderer/src/timeline/placement';
import { courseOf, roleOf } from '../../support/certificates';
import { PLOT_START, testScales } from '../../support/timeline-scales';

const scales = testScales(800);
const NOW = new Date(Date.UTC(2025, 0, 1));

const career: Profile = {
  ...emptyProfile(),
  roles: [roleOf({ id: 'job', title: 'Analyst', organization: 'Northwind', start: '2020-01', end: '2024-06' })],
  projects: [newProject({ id: 'dash', title: 'Sales dashboard', start: '2021-02', end: '2021-09', roleId: 'job' })],
  certificates: [courseOf({ id: 'sql', title: 'SQL Basics', issued: '2020-06' })],
  awards: [
    newAward({
      id: 'best',
      title: 'Analyst of the year',
      awarder: 'Northwind',
      date: '2022-12',
      appliedIn: [{ kind: 'role', id: 'job', note: 'for the reporting pipeline' }],
    }),
  ],
};

describe('awards on the timeline', () => {
  it('have a lane of their own between projects and learning, only when there are some', () => {
    expect(buildTimelineModel(career, [], NOW).lanes.map((lane) => lane.id)).toEqual([
      'roles',
      'projects',
      'awards',
      'learning',
    ]);
    expect(buildTimelineModel({ ...career, awards: [] }, [], NOW).lanes.map((lane) => lane.id)).toEqual([
      'roles',
      'projects',
      'learning',
    ]);
  });

  it('stand at their date, linked to the role they were given for like learning to where it was used', () => {
    const placement = placeItems(buildTimelineModel(career, [], NOW), scales);
    const [award] = placement.awards;
    expect(award?.key).toBe('award:best');
    expect(award?.cx).toBeCloseTo((2022 * 12 + 11.5 - PLOT_START) * 10);
    // Mid-row in the awards lane, the row under the two of roles and projects.
    expect(award?.cy).toBe(2 * 30 + 15);
    expect(award?.caption).toBe('Analyst of the year');
    const link = placement.connectors.find((connector) => connector.connector.source.kind === 'award');
    const role = placement.bars.find((bar) => bar.key === 'role:job');
    expect(link?.ends).toEqual(['award:best', 'role:job']);
    expect(link?.connector.intent).toBe(false);
    expect(link?.connector.note).toBe('for the reporting pipeline');
    // It climbs to the role's lower edge, past the project, and ends in a ring there.
    expect(link?.path).toContain(`,${role === undefined ? NaN : role.y + role.height}`);
    expect(link?.path).toContain(' a2.5,2.5 ');
  });

  it('without a date, stand where the work they were given for ended, or at today when linked to nothing', () => {
    const undated: Profile = {
      ...career,
      awards: [
        newAward({ id: 'team', title: 'Team prize', appliedIn: [{ kind: 'project', id: 'dash', note: '' }] }),
        newAward({ id: 'loose', title: 'Scholarship' }),
      ],
    };
    const model = buildTimelineModel(undated, [], NOW);
    const at = (id: string) => model.awards.find((award) => award.id === id)?.at;
    expect(at('team')).toBe(2021 * 12 + 8.5);
    expect(at('loose')).toBe(model.now);
  });

  it('set apart when given in the same month, so neither hides the other', () => {
    const twice: Profile = {
      ...career,
      awards: [
        newAward({ id: 'a', title: 'First prize', date: '2023-05' }),
        newAward({ id: 'b', title: 'Audience prize', date: '2023-05' }),
      ],
    };
    const [first, second] = placeItems(buildTimelineModel(twice, [], NOW), scales).awards;
    expect(Math.abs((second?.cx ?? 0) - (first?.cx ?? 0))).toBeGreaterThanOrEqual(17);
    expect(second?.cy).toBe(first?.cy);
  });

  it('are reached with the arrow keys between the projects and the learning', () => {
    const placement = placeItems(buildTimelineModel(career, [], NOW), scales);
    expect(navigate(placement.nav, 'project:dash', 'down')).toBe('award:best');
    expect(navigate(placement.nav, 'award:best', 'down')).toBe('certificate:sql');
    expect(navigate(placement.nav, 'award:best', 'up')).toBe('project:dash');
  });

  it('tell a screen reader what they are, who gave them, when, and what for', () => {
    const [award] = buildTimelineModel(career, [], NOW).awards;
    expect(describeAward(award!)).toMatch(
      /^Award: Analyst of the year, Northwind, .*2022, Given for 1 role or project$/,
    );
  });

  it('are kept as they were when a certificate is edited, so nothing about them is drawn again', () => {
    const cache = createModelCache();
    const place = createPlacer();
    const first = place(buildTimelineModel(career, [], NOW, cache), scales);
    const edited = { ...career, certificates: [{ ...career.certificates[0]!, title: 'SQL for analysts' }] };
    const second = place(buildTimelineModel(edited, [], NOW, cache), scales);
    expect(second.awards).toBe(first.awards);
    expect(second.connectors.find((link) => link.key === 'award:best>role:job')).toBe(
      first.connectors.find((link) => link.key === 'award:best>role:job'),
    );
  });
});
