import type { LearningSession, PlanStep } from '../domain/plan';
import type { Profile } from '../domain/profile';
import { refKey, type EntityRef } from '../domain/refs';
import type { Command } from './commands';

/** The commands that change the plan and the learning log. */
export type LearningCommand = Extract<
  Command,
  { type: 'plan.add' | 'plan.update' | 'plan.delete' | 'log.add' | 'log.update' | 'log.delete' }
>;

const STEP_TITLE_MAX = 60;
const quoted = (title: string) =>
  `“${title.length > STEP_TITLE_MAX ? `${title.slice(0, STEP_TITLE_MAX - 1).trimEnd()}…` : title}”`;

const minutesText = (minutes: number) =>
  minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`;

function stepTitle(profile: Profile, id: string): string {
  const step = profile.plan.find((entry) => entry.id === id);
  return step === undefined ? 'a plan step' : `plan step ${quoted(step.title)}`;
}

/** See describeCommand: a past-tense clause for the undo notice. */
export function describeLearningCommand(command: LearningCommand, before: Profile): string {
  switch (command.type) {
    case 'plan.add':
      return `added plan step ${quoted(command.step.title)}`;
    case 'plan.update': {
      const was = before.plan.find((step) => step.id === command.step.id);
      if (was !== undefined && was.status !== command.step.status) {
        return `marked ${quoted(command.step.title)} as ${STATUS_WORDS[command.step.status]}`;
      }
      return `edited plan step ${quoted(command.step.title)}`;
    }
    case 'plan.delete':
      return `deleted ${stepTitle(before, command.id)}`;
    case 'log.add':
      return `logged ${minutesText(command.session.minutes)} of learning on ${command.session.date}`;
    case 'log.update':
      return `edited the learning logged on ${command.session.date}`;
    case 'log.delete': {
      const session = before.log.find((entry) => entry.id === command.id);
      return session === undefined ? 'deleted a learning session' : `deleted the learning logged on ${session.date}`;
    }
  }
}

const STATUS_WORDS: Record<PlanStep['status'], string> = {
  todo: 'to do',
  doing: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

type Entity = { id: string };

function upsert<T extends Entity>(list: readonly T[], entity: T, kind: string, adding: boolean): T[] | string {
  const index = list.findIndex((existing) => existing.id === entity.id);
  if (adding) return index === -1 ? [...list, entity] : `A ${kind} with the id ${entity.id} already exists.`;
  return index === -1 ? `There is no ${kind} with the id ${entity.id}.` : list.with(index, entity);
}

function remove<T extends Entity>(list: readonly T[], id: string, kind: string): T[] | string {
  const kept = list.filter((entity) => entity.id !== id);
  return kept.length === list.length ? `There is no ${kind} with the id ${id}.` : kept;
}

/** Sessions keep their minutes when the step they served goes: the time was still spent. */
function unlinkSessionsFrom(log: LearningSession[], stepIds: ReadonlySet<string>): LearningSession[] {
  if (!log.some((session) => session.stepId !== null && stepIds.has(session.stepId))) return log;
  return log.map((session) =>
    session.stepId !== null && stepIds.has(session.stepId) ? { ...session, stepId: null } : session,
  );
}

/** A session may move an in-progress certificate's percent on; any other certificate is refused. */
function withProgress(profile: Profile, certificateId: string | null, percentDone: number): Profile | string {
  const index = profile.certificates.findIndex((certificate) => certificate.id === certificateId);
  const certificate = profile.certificates[index];
  if (certificate === undefined) return 'Only a session on a certificate can update its progress.';
  if (certificate.status.state !== 'in-progress') {
    return `“${certificate.title}” is not in progress, so it has no percent done to update.`;
  }
  return {
    ...profile,
    certificates: profile.certificates.with(index, { ...certificate, status: { state: 'in-progress', percentDone } }),
  };
}

export function learningApplied(profile: Profile, command: LearningCommand): Profile | string {
  switch (command.type) {
    case 'plan.add':
    case 'plan.update': {
      const plan = upsert(profile.plan, command.step, 'plan step', command.type === 'plan.add');
      return typeof plan === 'string' ? plan : { ...profile, plan };
    }
    case 'plan.delete': {
      const plan = remove(profile.plan, command.id, 'plan step');
      if (typeof plan === 'string') return plan;
      return { ...profile, plan, log: unlinkSessionsFrom(profile.log, new Set([command.id])) };
    }
    case 'log.add':
    case 'log.update': {
      const log = upsert(profile.log, command.session, 'learning session', command.type === 'log.add');
      if (typeof log === 'string') return log;
      const logged = { ...profile, log };
      return command.type === 'log.add' && command.percentDone !== undefined
        ? withProgress(logged, command.session.certificateId, command.percentDone)
        : logged;
    }
    case 'log.delete': {
      const log = remove(profile.log, command.id, 'learning session');
      return typeof log === 'string' ? log : { ...profile, log };
    }
  }
}

/** A target's plan, removed with the target; sessions that served its steps are kept, unlinked. */
export function withoutPlanOf(profile: Profile, targetId: string): Profile {
  const gone = new Set(profile.plan.filter((step) => step.targetId === targetId).map((step) => step.id));
  if (gone.size === 0) return profile;
  return {
    ...profile,
    plan: profile.plan.filter((step) => !gone.has(step.id)),
    log: unlinkSessionsFrom(profile.log, gone),
  };
}

/**
 * Deleted entries leave the plan and the log: a step stops naming them (and keeps the rest of what it
 * says), a session on a deleted certificate keeps its minutes and what it was.
 */
export function withoutReferencesTo(profile: Profile, gone: readonly EntityRef[]): Profile {
  const keys = new Set(gone.map((ref) => refKey(ref)));
  const names = (ref: EntityRef) => keys.has(refKey(ref));
  const plan = profile.plan.some((step) => step.serves.some(names))
    ? profile.plan.map((step) =>
        step.serves.some(names) ? { ...step, serves: step.serves.filter((ref) => !names(ref)) } : step,
      )
    : profile.plan;
  const certificateGone = (id: string | null) => id !== null && keys.has(refKey({ kind: 'certificate', id }));
  const log = profile.log.some((session) => certificateGone(session.certificateId))
    ? profile.log.map((session) =>
        certificateGone(session.certificateId) ? { ...session, certificateId: null } : session,
      )
    : profile.log;
  return plan === profile.plan && log === profile.log ? profile : { ...profile, plan, log };
}
