import type { AppInfo } from '../../../shared/app-info';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { analyze, analyzeFindings, type FindingsReading } from '../../../shared/lens/analyze';
import type { LensResult } from '../../../shared/lens/result';
import { hasSample, sampleProfile, withoutSample } from '../../../shared/sample/sample-profile';
import { AppError } from '../app-error';
import { findingsAnswers, profileAnswers } from './answers';
import { isProfileChange, type ProfileAnswer } from '../../../shared/profile/change';
import { createImportHandlers } from '../import/import-handlers';
import type { ImportEngine } from '../import/import-engine';
import { createExportHandlers, type DocumentKind } from '../export/export-handlers';
import type { ProfileStore } from '../store/profile-store';
import { targetFromOccupation, targetPace, type TaxonomyService } from '../taxonomy/service';

/** The native pieces handlers need (file dialogs, the file manager), injected so tests run under Node. */
export interface DesktopServices {
  chooseExportFile(suggestedName: string): Promise<string | null>;
  chooseImportFile(): Promise<string | null>;
  /** A CV, LinkedIn export or badge to import (not a Throughline backup). */
  chooseImportSource(): Promise<string | null>;
  chooseDocumentFile(suggestedName: string, kind: DocumentKind): Promise<string | null>;
  revealInFolder(folder: string): void;
}

export interface HandlerServices {
  appInfo: () => AppInfo;
  /** Rejects with a typed AppError when the profile could not be opened. */
  profiles: Promise<ProfileStore>;
  desktop: DesktopServices;
  clock: () => Date;
  taxonomy: TaxonomyService;
  newId: () => string;
  /** Reads and plans imported files in a bounded worker. */
  importEngine: ImportEngine;
  printPdf: (html: string) => Promise<Uint8Array>;
}

/** Runs a reading at most once per key (the last one kept); asks that overlap share the run. */
function oncePerKey<T>() {
  let last: { key: string; value: Promise<T> } | null = null;
  return (key: string, read: () => T): Promise<T> => {
    if (last?.key !== key) last = { key, value: Promise.resolve().then(read) };
    return last.value;
  };
}

/** Plain functions over injected services, so tests call them under Node without Electron. */
export function createHandlers(services: HandlerServices): IpcHandlers {
  const store = () => services.profiles;
  // One window holds one profile: what it was last sent lets an edit answer with a change.
  const answers = profileAnswers();
  const findingsSent = findingsAnswers();

  // The lens runs once per revision, day and target: the findings panel, the timeline's marks and
  // the target view read the same result. After an edit the findings start at once: the window
  // asks for them as soon as the edit's answer arrives, and finds them ready or nearly.
  const reading = async () => {
    const [profiles, loaded] = await Promise.all([store(), taxonomy()]);
    const { profile, revision } = profiles.state();
    return { profile, revision, loaded, now: services.clock().toISOString().slice(0, 10) };
  };
  const analyses = oncePerKey<LensResult>();
  const findingLists = oncePerKey<FindingsReading>();
  const analysisOf = async (targetId: string | null) => {
    const { profile, revision, loaded, now } = await reading();
    const result = await analyses(`${revision}|${now}|${targetId ?? ''}`, () =>
      analyze(profile, loaded, { now, ...(targetId === null ? {} : { targetId }) }),
    );
    return { revision, result };
  };
  const findingsOf = async () => {
    const { profile, revision, loaded, now } = await reading();
    return {
      revision,
      reading: await findingLists(`${revision}|${now}`, () => analyzeFindings(profile, loaded, { now })),
    };
  };
  // An edit's answer carries the findings of its revision when the window says which it holds:
  // the lens runs once per revision anyway, and one answer saves the window a second round trip.
  const withFindings = async (answer: ProfileAnswer, findingsSince: number | undefined): Promise<ProfileAnswer> => {
    if (findingsSince === undefined || !isProfileChange(answer)) return edited(answer);
    const { revision, reading: lensReading } = await findingsOf();
    if (revision !== answer.revision) return edited(answer);
    return { ...answer, findings: findingsSent.since(findingsSince, revision, lensReading) };
  };
  const edited = <T>(answer: T): T => {
    setTimeout(() => {
      findingsOf().catch(() => undefined);
    }, 0);
    return answer;
  };

  const imports = createImportHandlers({
    store,
    engine: services.importEngine,
    chooseSource: () => services.desktop.chooseImportSource(),
    newId: services.newId,
  });

  const exportDocument = createExportHandlers({
    reading: async (targetId) => {
      const { profile, now } = await reading();
      return { profile, now, analysis: (await analysisOf(targetId)).result };
    },
    chooseDocumentFile: (name, kind) => services.desktop.chooseDocumentFile(name, kind),
    printPdf: services.printPdf,
  });

  const taxonomy = () => services.taxonomy.ready();
  const hit = ({
    conceptId,
    kind,
    label,
    matched,
    tier,
  }: {
    conceptId: string;
    kind: 'skill' | 'occupation';
    label: string;
    matched: string | null;
    tier: 'exact' | 'acronym' | 'prefix' | 'words' | 'typo';
  }) => ({
    conceptId,
    kind,
    label,
    matched,
    tier,
  });
  return {
    'app.info': () => services.appInfo(),
    'profile.get': async () => answers.whole((await store()).state()),
    'profile.saveStatus': async () => {
      const { save, revision } = (await store()).state();
      return { save, revision };
    },
    'profile.execute': async ({ command, since, findingsSince }) =>
      withFindings(answers.since(since, (await store()).execute(command)), findingsSince),
    'profile.undo': async ({ since, findingsSince }) =>
      withFindings(answers.since(since, (await store()).undo()), findingsSince),
    'profile.redo': async ({ since, findingsSince }) =>
      withFindings(answers.since(since, (await store()).redo()), findingsSince),
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
      const file = await services.desktop.chooseExportFile(
        `throughline-profile-${services.clock().toISOString().slice(0, 10)}.json`,
      );
      if (file === null) return { status: 'cancelled' as const };
      await profiles.exportTo(file);
      return { status: 'saved' as const, file };
    },
    'profile.import': async () => {
      const profiles = await store();
      const file = await services.desktop.chooseImportFile();
      if (file === null) return { status: 'cancelled' as const };
      return { status: 'imported' as const, state: await profiles.importFrom(file) };
    },
    'import.choose': () => imports.choose(),
    'import.previewDropped': ({ fileName, bytes }) => imports.previewDropped(fileName, bytes),
    'import.cancel': () => imports.cancel(),
    'import.progress': () => imports.progress(),
    'import.apply': async ({ token, choice, since, findingsSince }) =>
      withFindings(answers.since(since, await imports.apply(token, choice)), findingsSince),
    'import.discard': ({ token }) => imports.discard(token),
    'export.document': (request) => exportDocument(request),
    'backups.list': async () => {
      const profiles = await store();
      return { folder: profiles.backups.folder, backups: await profiles.backups.list() };
    },
    'backups.restore': async ({ id }) => (await store()).restoreBackup(id),
    'taxonomy.search': async ({ query, kind, limit }) => ({
      results: (await taxonomy())
        .search(query, { ...(kind === undefined ? {} : { kind }), limit: limit ?? 8 })
        .map(hit),
    }),
    'taxonomy.resolve': async ({ label, kind }) => {
      const found = (await taxonomy()).resolve(label, kind);
      return { concept: found === null ? null : hit(found) };
    },
    'taxonomy.skill': async ({ conceptId }) => ({ skill: (await taxonomy()).skill(conceptId) }),
    'taxonomy.occupation': async ({ conceptId }) => {
      const loaded = await taxonomy();
      const occupation = loaded.occupation(conceptId);
      if (occupation === null) return { occupation: null };
      const named = (ids: string[]) => ids.map((id) => ({ conceptId: id, label: loaded.skill(id)?.label ?? id }));
      const tiers = loaded.occupationTiers(conceptId);
      return {
        occupation: {
          conceptId,
          label: occupation.label,
          isco: occupation.isco,
          essential: named(occupation.essential),
          optional: named(occupation.optional),
          pace: tiers?.pace ?? loaded.paceOf(occupation.essential, occupation.optional),
          core: named(tiers?.core ?? []),
          secondary: named(tiers?.secondary ?? []),
          alsoNamed: named(tiers?.alsoNamed ?? []),
          role: tiers?.role ?? null,
        },
      };
    },
    'taxonomy.targetDraft': async ({ occupationId }) => {
      const loaded = await taxonomy();
      const target = targetFromOccupation(loaded, occupationId, services.newId());
      const tiers = loaded.occupationTiers(occupationId);
      if (target === null || tiers === null)
        throw new AppError('NOT_FOUND', 'That occupation is not in the bundled ESCO classification.');
      const alsoNamed = tiers.alsoNamed.map((id) => ({ conceptId: id, label: loaded.skill(id)?.label ?? id }));
      return { target, pace: targetPace(loaded, target), alsoNamed, role: tiers.role };
    },
    'taxonomy.pace': async ({ essentialSkillIds, optionalSkillIds }) => ({
      pace: (await taxonomy()).paceOf(essentialSkillIds, optionalSkillIds ?? []),
    }),
    'taxonomy.catalogue': async ({ query, limit }) => ({
      certificates: (await taxonomy()).searchCatalogue(query, limit ?? 8),
    }),
    'taxonomy.certificatesForSkill': async ({ conceptId, limit }) => ({
      certificates: (await taxonomy()).certificatesForSkill(conceptId, limit ?? 8),
    }),
    'taxonomy.providers': async ({ query, limit }) => ({
      providers: (await taxonomy()).searchProviders(query, limit ?? 8),
    }),
    'lens.findings': async ({ since }) => {
      const { revision, reading: lensReading } = await findingsOf();
      return findingsSent.since(since, revision, lensReading);
    },
    'lens.analyze': async ({ targetId }) => (await analysisOf(targetId ?? null)).result,
    'backups.reveal': async () => {
      const { folder } = (await store()).backups;
      services.desktop.revealInFolder(folder);
      return { folder };
    },
  };
}
