import { describe, expect, it } from 'vitest';
import { newProject } from '../../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { buildTimelineModel, createModelCache, shortTitleOf } from '../../../renderer/src/timeline/model';
import { createPlacer, placeItems } from '../../../renderer/src/timeline/placement';
import { describeCluster } from '../../../renderer/src/timeline/describe';
import type { MarkerItem } from '../../../renderer/src/timeline/model';
import { text } from '../../../renderer/src/i18n/text';
import { courseOf, roleOf } from '../../support/certificates';
import { testScales } from '../../support/timeline-scales';

const scales = testScales(600);

function place(profile: Profile) {
  const model = buildTimelineModel(profile, [], new Date(Date.UTC(2025, 0, 1)));
  return placeItems(model, scales);
}

describe('certificate captions', () => {
  it('carry the short title where the row has room, and nothing where a neighbour is close', () => {
    const placement = place({
      ...emptyProfile(),
      certificates: [
        courseOf({ id: 'far', title: 'Google Data Analytics Professional Certificate', issued: '2020-03' }),
        courseOf({ id: 'crowded', title: 'Python for Everybody', issued: '2022-01' }),
        courseOf({ id: 'neighbour', title: 'SQL Basics', issued: '2022-03' }),
      ],
    });
    const caption = (id: string) => placement.markers.find((marker) => marker.item.id === id)?.caption;
    expect(caption('far')).toBe('Google Data Analytics');
    // 20 px to the next marker: not even a word fits.
    expect(caption('crowded')).toBe('');
    expect(caption('neighbour')).toBe('SQL Basics');
  });

  it('cut a long title with an ellipsis to the room there is', () => {
    const placement = place({
      ...emptyProfile(),
      certificates: [
        courseOf({ id: 'long', title: 'Introduction to Statistical Learning with Applications', issued: '2020-01' }),
        courseOf({ id: 'next', title: 'Next', issued: '2021-01' }),
      ],
    });
    const long = placement.markers.find((marker) => marker.item.id === 'long');
    expect(long?.caption.endsWith('…')).toBe(true);
    expect(long?.caption.length).toBeLessThan('Introduction to Statistical Learning with Applications'.length);
  });
});

describe('short titles', () => {
  it.each([
    ['Google Data Analytics Professional Certificate', 'Google Data Analytics'],
    ['Microsoft Certified: Power BI Data Analyst Associate', 'Power BI Data Analyst Associate'],
    ['Deep Learning Specialization', 'Deep Learning'],
    ['Python for Everybody', 'Python for Everybody'],
    ['Certificate', 'Certificate'],
  ])('%s reads as %s', (title, short) => {
    expect(shortTitleOf(title)).toBe(short);
  });
});

describe('learning counts', () => {
  it('name degrees apart from certificates, and awards when there are some', () => {
    expect(text.timeline.counts(1, 0, 3, 1, 0)).toBe('1 role · 0 projects · 3 certificates and 1 degree');
    expect(text.timeline.counts(2, 1, 0, 2, 1)).toBe('2 roles · 1 project · 2 degrees · 1 award');
    expect(
      describeCluster([{ learning: 'education' }, { learning: 'certificate' }] as MarkerItem[], 24240, 24250),
    ).toMatch(/^1 certificate and 1 degree between/);
  });
});

describe('links to roles', () => {
  it('cross the projects lane where no project box stands, and end in a ring at the role', () => {
    const profile: Profile = {
      ...emptyProfile(),
      roles: [roleOf({ id: 'job', title: 'Analyst', start: '2020-01', end: '2024-12' })],
      projects: [
        newProject({
          id: 'dashboard',
          title: 'Dashboard',
          kind: 'work',
          roleId: 'job',
          start: '2021-06',
          end: '2022-06',
        }),
      ],
      certificates: [
        courseOf({
          id: 'sql',
          title: 'SQL',
          issued: '2021-12',
          appliedIn: [{ kind: 'role', id: 'job', note: '' }],
        }),
      ],
    };
    const placement = place(profile);
    const [link] = placement.connectors;
    const project = placement.bars.find((bar) => bar.item.kind === 'project');
    const role = placement.bars.find((bar) => bar.item.kind === 'role');
    if (link === undefined || project === undefined || role === undefined) throw new Error('nothing placed');
    // The straight climb through the projects lane: "L x,y" up to the role's lower edge.
    const climb = /L([\d.]+),([\d.]+)/.exec(link.path);
    const x = Number(climb?.[1]);
    expect(Number(climb?.[2])).toBeCloseTo(role.y + role.height, 0);
    expect(x < project.x || x > project.x + project.width).toBe(true);
    expect(x).toBeGreaterThanOrEqual(role.x);
    expect(link.path).toContain(' a2.5,2.5 ');
  });

  it('pass beside a run of touching project boxes, not into the gap between two of them', () => {
    const project = (id: string, start: string, end: string) =>
      newProject({ id, title: id, kind: 'work', roleId: 'job', start, end });
    const placement = place({
      ...emptyProfile(),
      roles: [roleOf({ id: 'job', title: 'Analyst', start: '2020-01', end: '2024-12' })],
      // Two boxes 3 px apart: closer than a link keeps from either.
      projects: [project('first', '2021-01', '2021-12'), project('second', '2022-01', '2022-12')],
      certificates: [
        courseOf({ id: 'sql', title: 'SQL', issued: '2021-12', appliedIn: [{ kind: 'role', id: 'job', note: '' }] }),
      ],
    });
    const [link] = placement.connectors;
    const x = Number(/L([\d.]+),/.exec(link?.path ?? '')?.[1]);
    for (const bar of placement.bars.filter((placed) => placed.item.kind === 'project'))
      expect(x < bar.x - 4 || x > bar.x + bar.width + 4).toBe(true);
  });
});

describe('an edit to one certificate', () => {
  const before: Profile = {
    ...emptyProfile(),
    roles: [roleOf({ id: 'job', title: 'Analyst', start: '2020-01', end: '2024-12' })],
    certificates: [
      courseOf({ id: 'sql', title: 'SQL', issued: '2021-02', appliedIn: [{ kind: 'role', id: 'job', note: '' }] }),
      courseOf({
        id: 'python',
        title: 'Python',
        issued: '2023-06',
        appliedIn: [{ kind: 'role', id: 'job', note: '' }],
      }),
    ],
  };
  const python = before.certificates[1];
  if (python === undefined) throw new Error('no certificate');
  // As the store hands it over: the edited certificate and its list are new, the roles are not.
  const after: Profile = { ...before, certificates: [before.certificates[0]!, { ...python, title: 'Python 3' }] };
  const now = new Date(Date.UTC(2025, 0, 1));

  it('keeps every other item, bar and link as the object it was, so only the edited marker is redrawn', () => {
    const cache = createModelCache();
    const place = createPlacer();
    const first = place(buildTimelineModel(before, [], now, cache), scales);
    const second = place(buildTimelineModel(after, [], now, cache), scales);

    expect(second.bars).toBe(first.bars);
    const marker = (placement: typeof first, id: string) => placement.markers.find((entry) => entry.item.id === id);
    expect(marker(second, 'sql')).toBe(marker(first, 'sql'));
    expect(marker(second, 'python')).not.toBe(marker(first, 'python'));
    expect(marker(second, 'python')?.item.title).toBe('Python 3');
    // Neither end of either link moved.
    expect(second.connectors).toBe(first.connectors);
  });

  // A new provider leaves every marker where it was: the layout is kept and the item swapped in.
  const providerChanged: Profile = {
    ...before,
    certificates: [before.certificates[0]!, { ...python, provider: 'PSF' }],
  };

  it.each([
    ['a new title', after],
    ['a new provider', providerChanged],
  ])('places the same after %s as a placement from nothing', (_, edited) => {
    const cache = createModelCache();
    const place = createPlacer();
    const first = place(buildTimelineModel(before, [], now, cache), scales);
    const kept = place(buildTimelineModel(edited, [], now, cache), scales);
    const fresh = placeItems(buildTimelineModel(edited, [], now), scales);
    const edit = kept.markers.find((marker) => marker.item.id === 'python');
    expect(edit?.item.detail).toBe(edited.certificates[1]?.provider);
    expect(kept.markers.find((marker) => marker.item.id === 'sql')).toBe(
      first.markers.find((marker) => marker.item.id === 'sql'),
    );
    const shape = (placement: typeof kept) => ({
      bars: placement.bars.map(({ key, x, y, width }) => ({ key, x, y, width })),
      markers: placement.markers.map(({ key, cx, cy, caption }) => ({ key, cx, cy, caption })),
      connectors: placement.connectors.map(({ key, path }) => ({ key, path })),
      nav: placement.nav,
    });
    expect(shape(kept)).toEqual(shape(fresh));
  });
});
