import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/domain/profile';
import { applyFindingsUpdate, FindingsUpdateSchema } from '../../shared/lens/findings-update';
import { applyProfileChange, isProfileChange, ProfileAnswerSchema } from '../../shared/profile/change';
import { ProfileStateSchema, type ProfileState } from '../../shared/profile/state';
import { largeProfile } from '../../scripts/support/large-profile';
import { APP_MAIN_FRAME, startTestMainProcess, type TestMainProcess } from '../../scripts/support/main-process';
import { seedProfileFile } from '../../scripts/support/profiles';

function mainWith(profile: Profile): TestMainProcess {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-answers-'));
  seedProfileFile(dataFolder, profile, 1);
  return startTestMainProcess({ dataFolder });
}

async function call(main: TestMainProcess, channel: string, payload: unknown = {}): Promise<unknown> {
  const result = await main.dispatch(channel, APP_MAIN_FRAME, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const renamedFirstCertificate = (profile: Profile) => {
  const [first] = profile.certificates;
  if (first === undefined) throw new Error('no certificate');
  return { type: 'certificate.update', certificate: { ...first, title: `${first.title} (renamed)` } };
};

describe('edits answer with what changed since the revision the window holds', () => {
  it('sends the edited certificate alone, and applying it gives the same state as reading it whole', async () => {
    const profile = largeProfile();
    const main = mainWith(profile);
    const held = ProfileStateSchema.parse(await call(main, 'profile.get'));

    const answer = ProfileAnswerSchema.parse(
      await call(main, 'profile.execute', { command: renamedFirstCertificate(profile), since: held.revision }),
    );
    if (!isProfileChange(answer)) throw new Error('expected a change');
    expect(answer.delta.certificates).toHaveLength(1);
    expect(answer.delta.roles).toEqual([]);
    // The store's own record of the edit (it carries the edit's name), not a second diff of the profile.
    expect(answer.delta.label).not.toBe('');
    expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(held).length / 100);

    const applied = applyProfileChange(held, answer);
    expect(applied).toEqual(ProfileStateSchema.parse(await call(main, 'profile.get')));

    // Undo and redo answer the same way, from the revision just applied.
    let state = applied as ProfileState;
    for (const channel of ['profile.undo', 'profile.redo']) {
      const step = ProfileAnswerSchema.parse(await call(main, channel, { since: state.revision }));
      if (!isProfileChange(step)) throw new Error('expected a change');
      expect(step.delta.label).not.toBe('');
      state = applyProfileChange(state, step) as ProfileState;
    }
    expect(state).toEqual(ProfileStateSchema.parse(await call(main, 'profile.get')));
  });

  it('answers with the whole state when the revision named is not the one it last sent', async () => {
    const profile = largeProfile();
    const main = mainWith(profile);
    const held = ProfileStateSchema.parse(await call(main, 'profile.get'));
    const answer = ProfileAnswerSchema.parse(
      await call(main, 'profile.execute', { command: renamedFirstCertificate(profile), since: held.revision + 7 }),
    );
    expect(isProfileChange(answer)).toBe(false);
    // A change that does not start where the screen is cannot be applied.
    const change = ProfileAnswerSchema.parse(
      await call(main, 'profile.undo', { since: (answer as ProfileState).revision }),
    );
    if (!isProfileChange(change)) throw new Error('expected a change');
    expect(applyProfileChange(held, change)).toBeNull();
  });

  it('sends the findings an edit changed, and the list rebuilt from them equals the lens’s own', async () => {
    const profile = largeProfile();
    const main = mainWith(profile);
    const first = FindingsUpdateSchema.parse(await call(main, 'lens.findings'));
    if (first.kind !== 'full') throw new Error('expected the whole list first');
    const held = { revision: first.revision, findings: first.findings };

    await call(main, 'profile.execute', { command: renamedFirstCertificate(profile) });
    const update = FindingsUpdateSchema.parse(await call(main, 'lens.findings', { since: held.revision }));
    expect(update.kind).toBe('change');
    if (update.kind !== 'change') return;
    expect(update.added.length).toBeGreaterThan(0);
    expect(update.added.length).toBeLessThan(20);

    const whole = FindingsUpdateSchema.parse(await call(main, 'lens.findings'));
    if (whole.kind !== 'full') throw new Error('expected the whole list');
    expect(applyFindingsUpdate(held, update)).toEqual(whole.findings);
    expect(applyFindingsUpdate({ revision: 999, findings: [] }, update)).toBeNull();
  });

  it('carries the findings of the new revision in the edit’s own answer when the window names what it holds', async () => {
    const profile = largeProfile();
    const main = mainWith(profile);
    const state = ProfileStateSchema.parse(await call(main, 'profile.get'));
    const first = FindingsUpdateSchema.parse(await call(main, 'lens.findings'));
    if (first.kind !== 'full') throw new Error('expected the whole list first');

    const answer = ProfileAnswerSchema.parse(
      await call(main, 'profile.execute', {
        command: renamedFirstCertificate(profile),
        since: state.revision,
        findingsSince: first.revision,
      }),
    );
    if (!isProfileChange(answer) || answer.findings === undefined) throw new Error('expected findings with the change');
    expect(answer.findings).toMatchObject({ kind: 'change', since: first.revision, revision: answer.revision });
    const rebuilt = applyFindingsUpdate({ revision: first.revision, findings: first.findings }, answer.findings);
    const whole = FindingsUpdateSchema.parse(await call(main, 'lens.findings'));
    if (whole.kind !== 'full') throw new Error('expected the whole list');
    expect(rebuilt).toEqual(whole.findings);

    // Without the findings revision, the answer is the change alone, as before.
    const undone = ProfileAnswerSchema.parse(await call(main, 'profile.undo', { since: answer.revision }));
    expect(isProfileChange(undone) && undone.findings === undefined).toBe(true);
  });
});
