import { localDay } from '../../../shared/plan/days';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import { analyze, analyzeFindings, type FindingsReading } from '../../../shared/lens/analyze';
import type { LensResult } from '../../../shared/lens/result';
import { readinessReport, type ReadinessReport, type ReadinessScope } from '../../../shared/plan/readiness';
import { isProfileChange, type ProfileAnswer } from '../../../shared/profile/change';
import type { Profile } from '../../../shared/domain/profile';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';
import type { ProfileStore } from '../store/profile-store';
import { findingsAnswers } from './answers';

/** The lens over the profile as it is now, shared by every handler that shows its reading. */
export interface LensReadings {
  /** The profile, its revision, the taxonomy and today, read together. */
  current: () => Promise<{ profile: Profile; revision: number; loaded: Taxonomy; now: string }>;
  analysisOf: (targetId: string | null) => Promise<{ revision: number; result: LensResult }>;
  /** The findings of the current revision, as a change since the revision the window holds. */
  findingsSince: (since: number | undefined) => Promise<FindingsUpdate>;
  /**
   * An edit's answer, with the findings of its revision when the window says which it holds
   * (`findingsSince`): the lens runs once per revision anyway, and one answer saves the window a
   * second round trip.
   */
  withFindings: (answer: ProfileAnswer, findingsSince: number | undefined) => Promise<ProfileAnswer>;
  /** Readiness for a target (the active one when null) over time; null without such a target. */
  readinessOf: (targetId: string | null, scope: ReadinessScope) => Promise<ReadinessReport | null>;
}

/** Runs a reading at most once per key (the last one kept); asks that overlap share the run. */
function oncePerKey<T>() {
  let last: { key: string; value: Promise<T> } | null = null;
  return (key: string, read: () => T): Promise<T> => {
    if (last?.key !== key) last = { key, value: Promise.resolve().then(read) };
    return last.value;
  };
}

/**
 * The lens runs once per revision, day and target: the findings panel, the timeline's marks and
 * the target view read the same result. After an edit the findings start at once: the window
 * asks for them as soon as the edit's answer arrives, and finds them ready or nearly.
 */
export function createLensReadings(services: {
  store: () => Promise<ProfileStore>;
  taxonomy: () => Promise<Taxonomy>;
  clock: () => Date;
}): LensReadings {
  // One window holds one list: what it was last sent lets a reading answer with a change.
  const findingsSent = findingsAnswers();
  const current = async () => {
    const [profiles, loaded] = await Promise.all([services.store(), services.taxonomy()]);
    const { profile, revision } = profiles.state();
    return { profile, revision, loaded, now: localDay(services.clock()) };
  };
  const analyses = oncePerKey<LensResult>();
  const findingLists = oncePerKey<FindingsReading>();
  const readinessReports = oncePerKey<ReadinessReport | null>();
  const analysisOf = async (targetId: string | null) => {
    const { profile, revision, loaded, now } = await current();
    const result = await analyses(`${revision}|${now}|${targetId ?? ''}`, () =>
      analyze(profile, loaded, { now, ...(targetId === null ? {} : { targetId }) }),
    );
    return { revision, result };
  };
  const findingsOf = async () => {
    const { profile, revision, loaded, now } = await current();
    return {
      revision,
      reading: await findingLists(`${revision}|${now}`, () => analyzeFindings(profile, loaded, { now })),
    };
  };
  const edited = <T>(answer: T): T => {
    setTimeout(() => {
      findingsOf().catch(() => undefined);
    }, 0);
    return answer;
  };
  const readinessOf = async (targetId: string | null, scope: ReadinessScope) => {
    const { profile, revision, loaded } = await current();
    const today = localDay(services.clock());
    return readinessReports(`${String(revision)}|${today}|${targetId ?? ''}|${scope}`, () =>
      readinessReport(profile, loaded, today, targetId ?? undefined, scope),
    );
  };
  return {
    current,
    analysisOf,
    readinessOf,
    findingsSince: async (since) => {
      const { revision, reading } = await findingsOf();
      return findingsSent.since(since, revision, reading);
    },
    withFindings: async (answer, findingsSince) => {
      if (findingsSince === undefined || !isProfileChange(answer)) return edited(answer);
      const { revision, reading } = await findingsOf();
      if (revision !== answer.revision) return edited(answer);
      return { ...answer, findings: findingsSent.since(findingsSince, revision, reading) };
    },
  };
}

type LensChannel = 'lens.findings' | 'lens.analyze' | 'plan.readiness';

/** The lens's own channels: the findings list, one target's full reading, and readiness over time. */
export function createLensHandlers(lens: LensReadings): Pick<IpcHandlers, LensChannel> {
  return {
    'lens.findings': ({ since }) => lens.findingsSince(since),
    'lens.analyze': async ({ targetId }) => (await lens.analysisOf(targetId ?? null)).result,
    'plan.readiness': ({ targetId, scope }) => lens.readinessOf(targetId ?? null, scope ?? 'over-time'),
  };
}
