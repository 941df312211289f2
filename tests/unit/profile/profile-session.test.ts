import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProfile } from '../../../shared/domain/profile';
import { newCertificate } from '../../../shared/domain/entries';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import { findingKeyed } from '../../support/findings';
import type { ProfileChange } from '../../../shared/profile/change';
import { diffProfiles } from '../../../shared/profile/delta';
import type { ProfileState } from '../../../shared/profile/state';
import { createProfileSession } from '../../../renderer/src/profile/profile-session';

const finding = findingKeyed;

const stateAt = (revision: number): ProfileState => ({
  profile: emptyProfile(),
  revision,
  undoLabel: null,
  redoLabel: null,
  save: { state: 'saved' },
  notices: [],
});

function changeFrom(since: number, findings?: FindingsUpdate): ProfileChange {
  const before = emptyProfile();
  const after = { ...before, certificates: [newCertificate({ id: 'c1', title: 'SQL' })] };
  return {
    since,
    revision: since + 1,
    delta: diffProfiles(before, after, 'Add SQL'),
    undoLabel: 'Add SQL',
    redoLabel: null,
    save: { state: 'pending' },
    notices: [],
    ...(findings === undefined ? {} : { findings }),
  };
}

/** A stand-in for window.throughline whose findings answers the test releases one by one. */
function bridgeWith(options: { profile?: ProfileState; findings?: Array<() => FindingsUpdate> }) {
  const answers = options.findings ?? [];
  const pending: Array<() => void> = [];
  const reports: Array<(report: unknown) => void> = [];
  const api = {
    getProfile: vi.fn(() => Promise.resolve({ ok: true, value: options.profile ?? stateAt(1) })),
    readFindings: vi.fn(
      () =>
        new Promise((resolve) => {
          const next = answers.shift();
          if (next === undefined) throw new Error('no answer queued');
          pending.push(() => resolve({ ok: true, value: next() }));
        }),
    ),
    executeCommand: vi.fn(),
    onSaveReport: (listener: (report: unknown) => void) => {
      reports.push(listener);
      return () => undefined;
    },
  };
  vi.stubGlobal('window', { throughline: api });
  return {
    api,
    release: () => pending.shift()?.(),
    report: (report: unknown) => reports.forEach((listener) => listener(report)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function openedSession(bridge: ReturnType<typeof bridgeWith>) {
  const session = createProfileSession();
  await session.open();
  await settle();
  bridge.release();
  await settle();
  return session;
}

afterEach(() => vi.unstubAllGlobals());

describe('the profile session', () => {
  it('opens the profile, then reads its findings once', async () => {
    const bridge = bridgeWith({
      findings: [() => ({ kind: 'full', revision: 1, findings: [finding('a')], nextSteps: [] })],
    });
    const session = await openedSession(bridge);
    expect(session.getState()).toMatchObject({
      status: 'ready',
      revision: 1,
      findings: { status: 'ready', version: 1 },
    });
    expect(bridge.api.readFindings).toHaveBeenCalledTimes(1);
  });

  it('takes the findings that came with an edit, and asks main for nothing more', async () => {
    const bridge = bridgeWith({
      findings: [() => ({ kind: 'full', revision: 1, findings: [finding('a')], nextSteps: [] })],
    });
    const session = await openedSession(bridge);
    const ok = await session.update(() =>
      Promise.resolve({
        ok: true,
        value: changeFrom(1, {
          kind: 'change',
          since: 1,
          revision: 2,
          added: [finding('b')],
          removed: ['a'],
          nextSteps: [],
        }),
      }),
    );
    const again = await session.update(() =>
      Promise.resolve({
        ok: true,
        value: {
          ...changeFrom(2, { kind: 'change', since: 2, revision: 3, added: [], removed: ['b'], nextSteps: [] }),
          delta: diffProfiles(emptyProfile(), emptyProfile(), 'Nothing'),
        },
      }),
    );
    await settle();
    expect(ok && again).toBe(true);
    // Not even for the revision shown while an edit's findings land, a moment before its change.
    expect(bridge.api.readFindings).toHaveBeenCalledTimes(1);
    expect(session.getState()).toMatchObject({ revision: 3, findings: { version: 3, findings: [] } });
    expect(session.getState().settled).toMatchObject({ revision: 3 });
  });

  it('shows the caller an edit’s answer in the same turn as the screen takes it, and not a failure', async () => {
    const bridge = bridgeWith({ findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })] });
    const session = await openedSession(bridge);
    const seen: string[] = [];
    session.subscribe(() => seen.push(`screen ${session.getState().revision}`));
    await session.update(
      () => Promise.resolve({ ok: true, value: changeFrom(1) }),
      (answer) => seen.push(`answer ${answer.revision}`),
    );
    await session.update(
      () => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'no' } }),
      () => seen.push('a failure'),
    );
    // One turn: what the caller shows about the answer (the undo notice) is drawn with it.
    expect(seen.slice(0, 2)).toEqual(['answer 2', 'screen 2']);
    expect(seen).not.toContain('a failure');
  });

  it('names the revisions it holds in an edit, so main can answer with the change', async () => {
    const bridge = bridgeWith({ findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })] });
    const session = await openedSession(bridge);
    bridge.api.executeCommand.mockResolvedValue({ ok: true, value: changeFrom(1) });
    await session.update((api) => api.executeCommand({ command: { type: 'settings.update', settings: {} } } as never));
    expect(bridge.api.executeCommand).toHaveBeenCalledWith(expect.objectContaining({ since: 1, findingsSince: 1 }));
  });

  it('keeps the newer findings when a slower read for an older revision comes back after them', async () => {
    const bridge = bridgeWith({
      findings: [() => ({ kind: 'full', revision: 1, findings: [finding('old')], nextSteps: [] })],
    });
    const session = createProfileSession();
    await session.open();
    await settle();
    await session.update(() =>
      Promise.resolve({
        ok: true,
        value: changeFrom(1, { kind: 'full', revision: 2, findings: [finding('new')], nextSteps: [] }),
      }),
    );
    bridge.release();
    await settle();
    expect(session.getState().findings).toMatchObject({ version: 2, findings: [{ key: 'new' }] });
  });

  it('reads the profile whole when an answer’s change does not start where the screen is', async () => {
    const bridge = bridgeWith({
      profile: stateAt(1),
      findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })],
    });
    const session = await openedSession(bridge);
    bridge.api.getProfile.mockResolvedValue({ ok: true, value: stateAt(9) });
    const ok = await session.update(() => Promise.resolve({ ok: true, value: changeFrom(7) }));
    expect(ok).toBe(true);
    expect(session.getState().revision).toBe(9);
  });

  it('says so when a call to main rejects, keeping what was shown', async () => {
    const bridge = bridgeWith({ findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })] });
    const session = await openedSession(bridge);
    const ok = await session.update(() => Promise.reject(new Error('the window is closing')));
    expect(ok).toBe(false);
    expect(session.getState()).toMatchObject({ revision: 1, error: { message: 'the window is closing' } });
  });

  it('applies pushed save reports and drops one that does not parse', async () => {
    const bridge = bridgeWith({ findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })] });
    const session = await openedSession(bridge);
    session.listenForSaveReports();
    bridge.report({ revision: 1, save: { state: 'failed', message: 'disk full' } });
    expect(session.getState().saveState).toEqual({ state: 'failed', message: 'disk full' });
    bridge.report({ revision: 1, save: { state: 'exploded' } });
    expect(session.getState().saveState).toEqual({ state: 'failed', message: 'disk full' });
  });

  it('redraws the window for a save report only when the save state it shows changes', async () => {
    const bridge = bridgeWith({ findings: [() => ({ kind: 'full', revision: 1, findings: [], nextSteps: [] })] });
    const session = await openedSession(bridge);
    session.listenForSaveReports();
    const redraws = vi.fn();
    session.subscribe(redraws);
    bridge.report({ revision: 1, save: { state: 'pending' } });
    expect(redraws).toHaveBeenCalledTimes(1);
    // Saving again, while the window already says so; then a report about a revision not on screen.
    bridge.report({ revision: 1, save: { state: 'pending' } });
    bridge.report({ revision: 2, save: { state: 'saved' } });
    expect(redraws).toHaveBeenCalledTimes(1);
    expect(session.getState().saveState).toEqual({ state: 'pending' });
    bridge.report({ revision: 1, save: { state: 'failed', message: 'disk full' } });
    bridge.report({ revision: 1, save: { state: 'failed', message: 'folder is read-only' } });
    expect(redraws).toHaveBeenCalledTimes(3);
    expect(session.getState().saveState).toEqual({ state: 'failed', message: 'folder is read-only' });
  });
});
