import { describe, expect, it } from 'vitest';
import type { Certificate, Profile } from '../../../shared/domain/profile';
import { buildTimelineModel } from '../../../renderer/src/timeline/model';
import { placeItems, type Scales } from '../../../renderer/src/timeline/placement';
import { sampleProfile } from '../../../scripts/support/profiles';

const NOW = new Date(Date.UTC(2026, 11, 5));
const month = (year: number, monthOfYear: number) => year * 12 + monthOfYear - 1;

/** One pixel per month from January 2005, rows 40 px high: wide enough that nothing is off screen. */
const scales: Scales = {
  x: (at) => at - month(2005, 1),
  rowTop: (row) => row * 40,
  rowHeight: 40,
  left: 0,
  right: 400,
};

const learning = (overrides: Partial<Certificate>): Certificate => ({
  ...sampleProfile().certificates[0]!,
  appliedIn: [],
  ...overrides,
});

function withLearning(...certificates: Certificate[]): Profile {
  return { ...sampleProfile(), certificates };
}

const degree = learning({
  id: 'cert-ba',
  title: 'Bachelor of Arts',
  learning: 'education',
  provider: 'Universität Hamburg',
  started: '2010-10',
  issued: '2016-07',
});

describe('learning on the timeline', () => {
  it('draws a degree with a start as a span from its first month to its issue date', () => {
    const model = buildTimelineModel(withLearning(degree), null, NOW);
    expect(model.markers[0]).toMatchObject({ from: month(2010, 10), at: month(2016, 7) + 0.5 });
    // The career's extent reaches back to the start of study.
    expect(model.extent.from).toBeLessThan(month(2010, 10));
    const [placed] = placeItems(model, scales).markers;
    expect(placed).toMatchObject({ spanX: scales.x(month(2010, 10)), cx: scales.x(month(2016, 7) + 0.5) });
  });

  it('keeps a certificate without a start a point marker, as before', () => {
    const model = buildTimelineModel(withLearning(learning({ id: 'cert-sql', issued: '2013-05' })), null, NOW);
    expect(model.markers[0]?.from).toBeNull();
    expect(placeItems(model, scales).markers[0]?.spanX).toBeNull();
  });

  it('never folds a span into a cluster, and keeps it off the row where point markers sit', () => {
    // Three courses issued the same month as the degree would cluster with it in a lane of three rows.
    const courses = ['a', 'b', 'c', 'd'].map((id) => learning({ id: `cert-${id}`, issued: '2016-07' }));
    const placement = placeItems(buildTimelineModel(withLearning(degree, ...courses), null, NOW), scales);
    expect(placement.clusters.map((cluster) => cluster.items.map((item) => item.id))).toEqual([
      ['cert-a', 'cert-b', 'cert-c', 'cert-d'],
    ]);
    const span = placement.markers.find((marker) => marker.item.id === 'cert-ba');
    expect(span?.spanX).not.toBeNull();
    expect(span?.cy).toBeGreaterThan(placement.clusters[0]!.cy);
  });

  it('stacks two studies that overlap in time on different rows', () => {
    const second = learning({ id: 'cert-evening', learning: 'education', started: '2012-01', issued: '2014-06' });
    const placement = placeItems(buildTimelineModel(withLearning(degree, second), null, NOW), scales);
    const rows = placement.markers.map((marker) => marker.cy);
    expect(new Set(rows).size).toBe(2);
  });

  it('ends undated learning under way at today, starting no later than that', () => {
    const studying = learning({
      id: 'cert-msc',
      status: { state: 'in-progress', percentDone: 30 },
      started: '2025-09',
      issued: null,
    });
    const [marker] = buildTimelineModel(withLearning(studying), null, NOW).markers;
    expect(marker?.from).toBe(month(2025, 9));
    expect(marker?.at).toBeGreaterThan(month(2026, 12));
  });
});
