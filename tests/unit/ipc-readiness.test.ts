import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/plan/days';
import { encodeStoredProfile } from '../../electron/main/store/profile-file';
import { PROFILE_FILE } from '../../electron/main/store/profile-store';
import type { Profile } from '../../shared/domain/profile';
import { ipcContract } from '../../shared/ipc/contract';
import { firstEntryDay, type ReadinessReport } from '../../shared/plan/readiness';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../scripts/support/main-process';
import { loadPersona } from '../support/personas';

/** A main process over a store that already holds the profile, as after opening the app. */
function mainWith(profile: Profile) {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-readiness-'));
  writeFileSync(path.join(dataFolder, PROFILE_FILE), encodeStoredProfile(1, profile), { mode: 0o600 });
  return startTestMainProcess({ dataFolder });
}

async function readiness(
  main: ReturnType<typeof startTestMainProcess>,
  request: object,
): Promise<ReadinessReport | null> {
  const result = await main.dispatch('plan.readiness', APP_MAIN_FRAME, request);
  if (!result.ok) throw new Error(result.error.message);
  return ipcContract['plan.readiness'].response.parse(result.value);
}

describe('plan.readiness over IPC', () => {
  it('answers null when there is no target', async () => {
    expect(await readiness(startTestMainProcess(), {})).toBeNull();
  });

  it('answers the active target’s readiness, month by month from the first entry to today', async () => {
    const profile = loadPersona('changer-retail-to-data-analyst');
    const main = mainWith(profile);
    const report = await readiness(main, {});
    const today = localDay(new Date());
    expect(report).toMatchObject({ targetId: 'target-da', title: 'Data analyst', projected: [] });
    expect(report?.line).toMatch(/^Data analyst: \d+ of 11 core skills backed by work$/);
    expect(report?.history[0]?.day).toBe(firstEntryDay(profile));
    expect(report?.history.at(-1)?.day).toBe(today);
    expect(report?.history.every((point) => !point.projected && point.core === 11)).toBe(true);
    expect(await readiness(main, { targetId: 'target-da' })).toEqual(report);
    expect(await readiness(main, { targetId: 'no-such-target' })).toBeNull();
  });

  it('projects an open plan step added through the store', async () => {
    const main = mainWith(loadPersona('changer-retail-to-data-analyst'));
    const before = await readiness(main, {});
    const due = localDay(new Date(Date.now() + 20 * 24 * 60 * 60 * 1000));
    const step = {
      id: 'step-stats',
      targetId: 'target-da',
      kind: 'apply',
      title: 'Use statistics in a project',
      skills: [{ label: 'statistics', conceptId: null }],
      serves: [],
      findingKeys: [],
      due,
      status: 'todo',
      doneOn: null,
      note: '',
    };
    const added = await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: { type: 'plan.add', step } });
    expect(added.ok).toBe(true);
    const after = await readiness(main, {});
    expect(after?.projected).toEqual([
      expect.objectContaining({
        day: due,
        projected: true,
        backedByWork: (before?.history.at(-1)?.backedByWork ?? 0) + 1,
      }),
    ]);
  });

  it('answers today alone for the header, and a long career in at most 60 readings for the chart', async () => {
    const profile = loadPersona('changer-retail-to-data-analyst');
    const main = mainWith({
      ...profile,
      roles: profile.roles.map((role, index) => (index === 0 ? { ...role, start: '1990-01' } : role)),
    });
    const now = await readiness(main, { scope: 'now' });
    expect(now?.history.map((point) => point.day)).toEqual([localDay(new Date())]);
    expect(now?.projected).toEqual([]);
    const overTime = await readiness(main, { scope: 'over-time' });
    expect(overTime?.history.length).toBeLessThanOrEqual(60);
    expect(overTime?.history[0]?.day).toBe('1990-01-01');
    expect(overTime?.history.at(-1)).toEqual(now?.history[0]);
    expect(overTime?.line).toBe(now?.line);
  });

  it('refuses a request with anything but a target id', async () => {
    const result = await startTestMainProcess().dispatch('plan.readiness', APP_MAIN_FRAME, { targetId: '' });
    expect(result).toMatchObject({ ok: false });
  });
});

describe('today on the main process’s clock', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('is the local day, not the UTC one', () => {
    process.env['TZ'] = 'Pacific/Auckland';
    const moment = new Date('2025-12-31T12:30:00Z');
    expect(moment.toISOString().slice(0, 10)).toBe('2025-12-31');
    expect(localDay(moment)).toBe('2026-01-01');
    process.env['TZ'] = 'America/Los_Angeles';
    expect(localDay(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
  });
});
