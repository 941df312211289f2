import { z } from 'zod';
import {
  AwardSchema,
  CertificateSchema,
  DeclaredSkillSchema,
  DismissedFindingSchema,
  EntityIdSchema,
  PersonSchema,
  ProjectSchema,
  ProvidersSchema,
  RoleSchema,
  SettingsSchema,
  TargetRoleSchema,
  type Profile,
} from '../domain/profile';
import { LearningSessionSchema, PlanStepSchema } from '../domain/plan';

function changeSchema<T extends z.ZodType>(entity: T) {
  return z
    .object({
      id: z.string(),
      before: entity.nullable(),
      beforeIndex: z.number().int().min(-1),
      after: entity.nullable(),
      afterIndex: z.number().int().min(-1),
    })
    .strict();
}

/**
 * What one command changed, entity by entity, with the state on both sides. Undo applies it
 * backwards and redo forwards, so neither has to re-run (or trust) the original command, and the
 * history stays small: an edit to one certificate records that certificate only.
 */
export const ProfileDeltaSchema = z
  .object({
    label: z.string(),
    roles: z.array(changeSchema(RoleSchema)),
    projects: z.array(changeSchema(ProjectSchema)),
    certificates: z.array(changeSchema(CertificateSchema)),
    targets: z.array(changeSchema(TargetRoleSchema)),
    dismissedFindings: z.array(changeSchema(DismissedFindingSchema)),
    activeTargetId: z
      .object({ before: EntityIdSchema.nullable(), after: EntityIdSchema.nullable() })
      .strict()
      .nullable(),
    settings: z.object({ before: SettingsSchema, after: SettingsSchema }).strict().nullable(),
    providers: z.object({ before: ProvidersSchema, after: ProvidersSchema }).strict().nullable(),
    /**
     * The declared skills (profile v3) change as one list: only an import or a replace touches them.
     * Defaults to null so a history file saved before the field existed still loads.
     */
    skills: z
      .object({ before: z.array(DeclaredSkillSchema), after: z.array(DeclaredSkillSchema) })
      .strict()
      .nullable()
      .default(null),
    /** Profile v6: the plan's steps and the learning log; a history saved before them has none. */
    plan: z.array(changeSchema(PlanStepSchema)).default([]),
    log: z.array(changeSchema(LearningSessionSchema)).default([]),
    /** Profile v8: awards, and the person a resume is about. */
    awards: z.array(changeSchema(AwardSchema)).default([]),
    person: z.object({ before: PersonSchema, after: PersonSchema }).strict().nullable().default(null),
  })
  .strict();
export type ProfileDelta = z.infer<typeof ProfileDeltaSchema>;

type Change<T> = { id: string; before: T | null; beforeIndex: number; after: T | null; afterIndex: number };

/** Entities are compared by identity: `apply` keeps untouched ones as the same objects. */
function diffList<T>(before: readonly T[], after: readonly T[], idOf: (entity: T) => string): Change<T>[] {
  const beforeById = new Map(before.map((entity, index) => [idOf(entity), { entity, index }]));
  const changes: Change<T>[] = [];
  const seen = new Set<string>();
  after.forEach((entity, index) => {
    const id = idOf(entity);
    seen.add(id);
    const previous = beforeById.get(id);
    if (previous?.entity === entity && previous.index === index) return;
    changes.push({
      id,
      before: previous?.entity ?? null,
      beforeIndex: previous?.index ?? -1,
      after: entity,
      afterIndex: index,
    });
  });
  for (const [id, previous] of beforeById) {
    if (!seen.has(id))
      changes.push({ id, before: previous.entity, beforeIndex: previous.index, after: null, afterIndex: -1 });
  }
  return changes;
}

const byId = (entity: { id: string }) => entity.id;
const byKey = (finding: { key: string }) => finding.key;

export function diffProfiles(before: Profile, after: Profile, label: string): ProfileDelta {
  return {
    label,
    roles: diffList(before.roles, after.roles, byId),
    projects: diffList(before.projects, after.projects, byId),
    certificates: diffList(before.certificates, after.certificates, byId),
    targets: diffList(before.targets, after.targets, byId),
    dismissedFindings: diffList(before.dismissedFindings, after.dismissedFindings, byKey),
    activeTargetId:
      before.activeTargetId === after.activeTargetId
        ? null
        : { before: before.activeTargetId, after: after.activeTargetId },
    settings: before.settings === after.settings ? null : { before: before.settings, after: after.settings },
    providers: before.providers === after.providers ? null : { before: before.providers, after: after.providers },
    skills: before.skills === after.skills ? null : { before: before.skills, after: after.skills },
    plan: diffList(before.plan, after.plan, byId),
    log: diffList(before.log, after.log, byId),
    awards: diffList(before.awards, after.awards, byId),
    person: before.person === after.person ? null : { before: before.person, after: after.person },
  };
}

/** The same change the other way: what takes `after` back to `before` (an undo, seen forwards). */
export function invertDelta(delta: ProfileDelta): ProfileDelta {
  const flipList = <T>(changes: readonly Change<T>[]): Change<T>[] =>
    changes.map(({ id, before, beforeIndex, after, afterIndex }) => ({
      id,
      before: after,
      beforeIndex: afterIndex,
      after: before,
      afterIndex: beforeIndex,
    }));
  const flip = <T>(pair: { before: T; after: T } | null) =>
    pair === null ? null : { before: pair.after, after: pair.before };
  return {
    label: delta.label,
    roles: flipList(delta.roles),
    projects: flipList(delta.projects),
    certificates: flipList(delta.certificates),
    targets: flipList(delta.targets),
    dismissedFindings: flipList(delta.dismissedFindings),
    activeTargetId: flip(delta.activeTargetId),
    settings: flip(delta.settings),
    providers: flip(delta.providers),
    skills: flip(delta.skills),
    plan: flipList(delta.plan),
    log: flipList(delta.log),
    awards: flipList(delta.awards),
    person: flip(delta.person),
  };
}

export function isEmptyDelta(delta: ProfileDelta): boolean {
  return (
    delta.roles.length +
      delta.projects.length +
      delta.certificates.length +
      delta.targets.length +
      delta.dismissedFindings.length +
      delta.plan.length +
      delta.log.length +
      delta.awards.length ===
      0 &&
    delta.activeTargetId === null &&
    delta.settings === null &&
    delta.providers === null &&
    delta.skills === null &&
    delta.person === null
  );
}

/** Moves one list from one side of its changes to the other, restoring positions exactly. */
function patchList<T>(list: T[], changes: readonly Change<T>[], idOf: (entity: T) => string, forward: boolean): T[] {
  // The same list, not a copy: the lens and the timeline keep what they worked out per list by
  // identity, and an undo that copied every list made them redo all of it.
  if (changes.length === 0) return list;
  const changed = new Set(changes.map((change) => change.id));
  const result = list.filter((entity) => !changed.has(idOf(entity)));
  const placed = changes
    .map((change) =>
      forward
        ? { entity: change.after, index: change.afterIndex }
        : { entity: change.before, index: change.beforeIndex },
    )
    .filter((entry): entry is { entity: T; index: number } => entry.entity !== null)
    .sort((a, b) => a.index - b.index);
  for (const { entity, index } of placed) result.splice(Math.min(index, result.length), 0, entity);
  return result;
}

export function applyDelta(profile: Profile, delta: ProfileDelta, direction: 'undo' | 'redo'): Profile {
  const forward = direction === 'redo';
  return {
    ...profile,
    roles: patchList(profile.roles, delta.roles, byId, forward),
    projects: patchList(profile.projects, delta.projects, byId, forward),
    certificates: patchList(profile.certificates, delta.certificates, byId, forward),
    targets: patchList(profile.targets, delta.targets, byId, forward),
    dismissedFindings: patchList(profile.dismissedFindings, delta.dismissedFindings, byKey, forward),
    activeTargetId:
      delta.activeTargetId === null
        ? profile.activeTargetId
        : forward
          ? delta.activeTargetId.after
          : delta.activeTargetId.before,
    settings: delta.settings === null ? profile.settings : forward ? delta.settings.after : delta.settings.before,
    providers: delta.providers === null ? profile.providers : forward ? delta.providers.after : delta.providers.before,
    skills: delta.skills === null ? profile.skills : forward ? delta.skills.after : delta.skills.before,
    plan: patchList(profile.plan, delta.plan, byId, forward),
    log: patchList(profile.log, delta.log, byId, forward),
    awards: patchList(profile.awards, delta.awards, byId, forward),
    person: delta.person === null ? profile.person : forward ? delta.person.after : delta.person.before,
  };
}
