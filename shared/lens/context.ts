import {
  isLifePeriod,
  type Certificate,
  type Profile,
  type Project,
  type Role,
  type SkillRef,
  type SkilledKind,
  type TargetRole,
} from '../domain/profile';
import type { FieldPace } from '../domain/profile';
import { isRole } from '../domain/entries';
import { refKey } from '../domain/refs';
import { compareText } from '../taxonomy/text';
import { endMonthIndex, monthIndex } from '../domain/months';
import type { FindingCode, Subject } from './result';
import { createSkillSpace, type SkillSpace } from './skills';
import { targetReading, type TargetReading } from './target-reading';
import type { LensTaxonomy } from './taxonomy-port';
import { createEditTracker, rememberRecent, rememberWhile, type IdSet } from './memo';

export interface LensOptions {
  /** Today, as YYYY-MM-DD: the lens is deterministic for a given date. */
  now: string;
  /** Defaults to the profile's active target. */
  targetId?: string | null;
}

export type Facts = Record<string, string | number>;
export type Add = (code: FindingCode, subject: Subject, facts: Facts) => void;

/** Everything one analysis reads, worked out once. */
export interface Context {
  profile: Profile;
  taxonomy: LensTaxonomy;
  skills: SkillSpace;
  now: number;
  target: TargetRole | null;
  /** How the target reads each concept, and its pace; null without a target. */
  reading: TargetReading | null;
  pace: FieldPace | null;
  rolesById: Map<string, Role>;
  certificatesById: Map<string, Certificate>;
  projectsById: Map<string, Project>;
  /** Each entity's skills as concept keys (an award names none). */
  keysOf: Record<SkilledKind, Map<string, string[]>>;
  /**
   * The roles and projects an award was given for by today, as `kind:id`: recognition someone else
   * gave that work, which a reader takes as evidence of it, like a link to what it produced.
   */
  recognised: ReadonlySet<string>;
  /** For each month, the working role that covers it (the first by id), for "earned while working". */
  roleByMonth: Map<number, Role>;
  /** A profile being edited, whose readings are worth keeping for the next analysis. */
  editing: boolean;
}

export const endOf = (entity: { end: string | null }, now: number) =>
  entity.end === null ? now : endMonthIndex(entity.end);

export const keysOf = (context: Context, kind: SkilledKind, id: string) => context.keysOf[kind].get(id) ?? [];

/** Month → the working role covering it (lowest id wins), built in one pass over the roles; a career break is not work. */
function roleCover(roles: readonly Role[], now: number): Map<number, Role> {
  const cover = new Map<number, Role>();
  const working = roles
    .filter((candidate) => candidate.kind !== 'volunteer' && !isLifePeriod(candidate.kind))
    .sort((a, b) => compareText(a.id, b.id));
  for (const role of working) {
    const end = endOf(role, now);
    for (let month = monthIndex(role.start); month <= end; month += 1) if (!cover.has(month)) cover.set(month, role);
  }
  return cover;
}

type Entity = Role | Project | Certificate;
function keyMap(entities: readonly Entity[], skills: SkillSpace): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const entity of entities)
    keys.set(
      entity.id,
      entity.skills.map((skill) => skills.keyOf(skill)),
    );
  return keys;
}

/**
 * Whether two skill lists name the same skills in order. An edit arrives parsed from its request,
 * so an entity whose title changed carries an equal skill list that is another object.
 */
function sameSkills(before: readonly SkillRef[], after: readonly SkillRef[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  return before.every(
    (skill, index) => skill.label === after[index]?.label && skill.conceptId === after[index].conceptId,
  );
}

/** Whether two lists hold the same entities in order, each with the same skills. */
function sameSkillsThroughout(before: readonly Entity[], after: readonly Entity[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < after.length; index += 1) {
    const was = before[index];
    const is = after[index];
    if (was === is) continue;
    if (was === undefined || is === undefined || was.id !== is.id || !sameSkills(was.skills, is.skills)) return false;
  }
  return true;
}

/**
 * The skill keys per entity, per list. Most edits (a description, a date, a link) leave every
 * entity's skills as they were: the last map is then kept, so whatever was worked out from it
 * and the same entities (the learning groups) still holds.
 */
function keyMaps() {
  const lasts = rememberWhile<{ entities: readonly Entity[]; skills: SkillSpace; keys: Map<string, string[]> }>();
  return rememberRecent((entities: readonly Entity[], skills: SkillSpace) => {
    const last = lasts.find((entry) => entry.skills === skills && sameSkillsThroughout(entry.entities, entities));
    if (last !== undefined) {
      last.entities = entities;
      return last.keys;
    }
    const keys = keyMap(entities, skills);
    lasts.keep({ entities, skills, keys });
    return keys;
  });
}
const roleKeys = keyMaps();
const projectKeys = keyMaps();
const certificateKeys = keyMaps();
const rolesById = rememberRecent((roles: readonly Role[]) => new Map(roles.map((role) => [role.id, role])));
const projectsById = rememberRecent(
  (projects: readonly Project[]) => new Map(projects.map((project) => [project.id, project])),
);
const certificatesById = rememberRecent(
  (certificates: readonly Certificate[]) => new Map(certificates.map((certificate) => [certificate.id, certificate])),
);
const beingEdited = createEditTracker();
/** Kept while the awards and today are the same: an edit elsewhere leaves the set as it was. */
const recognisedWork = rememberRecent((awards: Profile['awards'], now: number): ReadonlySet<string> => {
  const recognised = new Set<string>();
  for (const award of awards) {
    if (award.date !== null && monthIndex(award.date) > now) continue;
    for (const link of award.appliedIn) recognised.add(refKey(link));
  }
  return recognised;
});

/** Whether an award was given for this role or project (see Context.recognised). */
export function isRecognised(context: Pick<Context, 'recognised'>, entity: Role | Project): boolean {
  return (
    context.recognised.size > 0 &&
    context.recognised.has(refKey({ kind: isRole(entity) ? 'role' : 'project', id: entity.id }))
  );
}
const rememberedRoleCover = rememberRecent(roleCover);

export function buildContext(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions): Context {
  const skills = createSkillSpace(taxonomy);
  const now = monthIndex(options.now);
  const targetId = options.targetId === undefined ? profile.activeTargetId : options.targetId;
  const target = profile.targets.find((candidate) => candidate.id === targetId) ?? null;
  const reading = target === null ? null : targetReading(target, skills, taxonomy);
  return {
    profile,
    taxonomy,
    skills,
    now,
    target,
    reading,
    pace: reading?.pace ?? null,
    rolesById: rolesById(profile.roles),
    certificatesById: certificatesById(profile.certificates),
    projectsById: projectsById(profile.projects),
    keysOf: {
      role: roleKeys(profile.roles, skills),
      project: projectKeys(profile.projects, skills),
      certificate: certificateKeys(profile.certificates, skills),
    },
    recognised: recognisedWork(profile.awards, now),
    roleByMonth: rememberedRoleCover(profile.roles, now),
    editing: beingEdited([profile.roles, profile.projects, profile.certificates]),
  };
}

type Linked = {
  certificate: Certificate;
  rolesById: Context['rolesById'];
  projectsById: Context['projectsById'];
  entities: Array<Role | Project>;
};
/**
 * Each certificate's links, resolved, by id: kept while the certificate and the roles and projects
 * are the same objects. One long-lived map rather than one per analysis: a map built afresh for
 * every analysis of a large profile cost more to grow than the lookups it saved.
 */
const linkedKept = new Map<string, Linked>();

/** The roles and projects a certificate is linked to. */
export function linkedEntities(certificate: Certificate, context: Context): Array<Role | Project> {
  const { rolesById, projectsById } = context;
  const kept = linkedKept.get(certificate.id);
  if (
    kept !== undefined &&
    kept.certificate === certificate &&
    kept.rolesById === rolesById &&
    kept.projectsById === projectsById
  )
    return kept.entities;
  const entities: Array<Role | Project> = [];
  for (const link of certificate.appliedIn) {
    const entity = link.kind === 'role' ? rolesById.get(link.id) : projectsById.get(link.id);
    if (entity !== undefined) entities.push(entity);
  }
  linkedKept.set(certificate.id, { certificate, rolesById, projectsById, entities });
  return entities;
}

/** Lets go of the links of certificates no longer in the profile. */
export function keepLinksOf(ids: IdSet): void {
  if (linkedKept.size <= ids.size * 2 + 64) return;
  for (const id of linkedKept.keys()) if (!ids.has(id)) linkedKept.delete(id);
}

// The findings' modules take these from the context they already import.
export { isRole };

export function listOf(labels: readonly string[], max = 6): string {
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown} and ${labels.length - max} more` : shown;
}
