import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeStoredProfile } from '../../../electron/main/store/profile-file';
import { PROFILE_FILE } from '../../../electron/main/store/profile-store';
import type { Profile } from '../../../shared/domain/profile';
import { ipcContract } from '../../../shared/ipc/contract';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../../scripts/support/main-process';
import { loadPersona } from '../../support/personas';
import { UNBACKED_SKILL, postingTarget } from '../export/posting-targets';

/** A main process over a store that already holds the profile, as after opening the app. */
function mainWith(profile: Profile) {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-posting-fit-'));
  writeFileSync(path.join(dataFolder, PROFILE_FILE), encodeStoredProfile(1, profile), { mode: 0o600 });
  return startTestMainProcess({ dataFolder });
}

async function postingFit(main: ReturnType<typeof startTestMainProcess>, request: object = {}) {
  const result = await main.dispatch('posting.fit', APP_MAIN_FRAME, request);
  if (!result.ok) throw new Error(result.error.message);
  return ipcContract['posting.fit'].response.parse(result.value).postings;
}

describe('posting.fit over IPC', () => {
  it('answers an empty list when no target was made from a posting', async () => {
    expect(await postingFit(startTestMainProcess())).toEqual([]);
  });

  it('ranks the saved postings closest to ready first, and follows an edit', async () => {
    const persona = loadPersona('changer-retail-to-data-analyst');
    const main = mainWith({
      ...persona,
      targets: [
        ...persona.targets,
        postingTarget({ id: 'p-far', title: 'Marine biologist', company: 'Reef Ltd', essential: [UNBACKED_SKILL] }),
        postingTarget({ id: 'p-near', title: 'Data analyst', company: 'Acme', essential: ['SQL', 'Excel'] }),
      ],
    });
    const before = await postingFit(main);
    expect(before.map((fit) => [fit.targetId, fit.essentialBacked, fit.essentialTotal])).toEqual([
      ['p-near', 2, 2],
      ['p-far', 0, 1],
    ]);
    expect(before[0]).toMatchObject({ title: 'Data analyst', company: 'Acme', share: 1 });

    const removed = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: { type: 'target.delete', id: 'p-near' },
    });
    expect(removed.ok).toBe(true);
    expect((await postingFit(main)).map((fit) => fit.targetId)).toEqual(['p-far']);
  });

  it('refuses a request with fields it does not take', async () => {
    const result = await startTestMainProcess().dispatch('posting.fit', APP_MAIN_FRAME, { targetId: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
