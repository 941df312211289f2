import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { ProfileAnswer } from '../../../shared/profile/change';
import type { ProfileState } from '../../../shared/profile/state';
import { hasSample, sampleProfile, withoutSample } from '../../../shared/sample/sample-profile';
import type { ProfileStore } from '../store/profile-store';
import type { profileAnswers } from './answers';

type ProfileChannel = Extract<keyof IpcHandlers, `profile.${string}` | `backups.${string}`>;

export interface ProfileHandlerServices {
  /** Rejects with a typed AppError when the profile could not be opened. */
  store: () => Promise<ProfileStore>;
  /** What the window was last sent, so an edit answers with a change (shared with import.apply). */
  answers: ReturnType<typeof profileAnswers>;
  /** Adds the edit's findings to its answer when the window asks for them (lens-handlers.ts). */
  withFindings: (answer: ProfileAnswer, findingsSince: number | undefined) => Promise<ProfileAnswer>;
  chooseExportFile: (suggestedName: string) => Promise<string | null>;
  chooseImportFile: () => Promise<string | null>;
  revealInFolder: (folder: string) => void;
  clock: () => Date;
}

/** The profile and its backups: edits, undo and redo, the sample, export and import, restore. */
export function createProfileHandlers(services: ProfileHandlerServices): Pick<IpcHandlers, ProfileChannel> {
  const { store, answers, withFindings } = services;
  /** One step of the store, answered as the change it made (the store's own record of it) with its findings. */
  const step = async (
    since: number | undefined,
    findingsSince: number | undefined,
    act: (profiles: ProfileStore) => ProfileState,
  ) => {
    const profiles = await store();
    const state = act(profiles);
    const known = since === undefined ? null : profiles.changeSince(since);
    return withFindings(answers.since(since, state, known), findingsSince);
  };
  return {
    'profile.get': async () => answers.whole((await store()).state()),
    'profile.execute': ({ command, since, findingsSince }) =>
      step(since, findingsSince, (profiles) => profiles.execute(command)),
    'profile.undo': ({ since, findingsSince }) => step(since, findingsSince, (profiles) => profiles.undo()),
    'profile.redo': ({ since, findingsSince }) => step(since, findingsSince, (profiles) => profiles.redo()),
    'profile.dismissNotice': async ({ id }) => (await store()).dismissNotice(id),
    'profile.loadSample': async () => {
      const profiles = await store();
      const { profile } = profiles.state();
      if (hasSample(profile)) return profiles.state();
      // Added beside whatever is there, so trying the sample never costs the user their own entries.
      const sample = sampleProfile();
      return profiles.replaceAll(
        {
          ...profile,
          roles: [...profile.roles, ...sample.roles],
          projects: [...profile.projects, ...sample.projects],
          certificates: [...profile.certificates, ...sample.certificates],
          targets: [...profile.targets, ...sample.targets],
          activeTargetId: profile.activeTargetId ?? sample.activeTargetId,
        },
        'Load the sample profile',
      );
    },
    'profile.removeSample': async () => {
      const profiles = await store();
      const { profile } = profiles.state();
      return hasSample(profile)
        ? profiles.replaceAll(withoutSample(profile), 'Remove the sample profile')
        : profiles.state();
    },
    'profile.export': async () => {
      const profiles = await store();
      const file = await services.chooseExportFile(
        `throughline-profile-${services.clock().toISOString().slice(0, 10)}.json`,
      );
      if (file === null) return { status: 'cancelled' as const };
      await profiles.exportTo(file);
      return { status: 'saved' as const, file };
    },
    'profile.import': async () => {
      const profiles = await store();
      const file = await services.chooseImportFile();
      if (file === null) return { status: 'cancelled' as const };
      return { status: 'imported' as const, state: await profiles.importFrom(file) };
    },
    'backups.list': async () => {
      const profiles = await store();
      return { folder: profiles.backups.folder, backups: await profiles.backups.list() };
    },
    'backups.restore': async ({ id }) => (await store()).restoreBackup(id),
    'backups.reveal': async () => {
      const { folder } = (await store()).backups;
      services.revealInFolder(folder);
      return { folder };
    },
  };
}
