import type { Certificate, Project, Role } from '../domain/profile';
import { isRecognised, isRole, linkedEntities, type Context } from './context';
import { rememberRecent, rememberWhile, sameInputs } from './memo';
import { monthIndex } from '../domain/months';
import { compareSkillEvidence } from './evidence-level';
import type { SkillEvidence } from './result';
import type { TargetReading } from './target-reading';
import { isFreeKey } from './skills';

interface Holders {
  certificates: Certificate[];
  roles: Role[];
  projects: Project[];
}

/** Entities by the target skills (indexes into the reading's skills) they are evidence for. */
function holdersBySkill<T extends Certificate | Role | Project>(
  entities: readonly T[],
  keys: ReadonlyMap<string, string[]>,
  reading: TargetReading,
): T[][] {
  const bySkill: T[][] = reading.skills.map(() => []);
  for (const entity of entities) {
    for (const key of keys.get(entity.id) ?? [])
      for (const at of reading.evidenceFor(key)) {
        const holders = bySkill[at];
        // An entity naming two forms of one skill is one holder of it.
        if (holders !== undefined && holders[holders.length - 1] !== entity) holders.push(entity);
      }
  }
  return bySkill;
}

// Roles and projects rarely change while certificates are edited: their index is kept per list.
const roleHolders = rememberRecent(holdersBySkill<Role>);
const projectHolders = rememberRecent(holdersBySkill<Project>);

/**
 * Which target skills a language the person declares speaks for: the language itself, and each of
 * ESCO's skills of it (it files "interact verbally in Spanish" and "write Spanish" under
 * "Spanish"); a declared "speak Spanish" speaks for "Spanish" too. Declared skills that are not
 * languages count for nothing here: a recruiter wants to see those used.
 */
function spokenLanguages(context: Context, reading: TargetReading): boolean[] {
  const spoken = new Set<string>();
  for (const declared of context.profile.skills)
    if (declared.kind === 'language') spoken.add(context.skills.keyOf(declared.skill));
  if (spoken.size === 0) return reading.skills.map(() => false);
  const backed = reading.skills.map((entry) => context.skills.neighbourhood(entry.key).some((key) => spoken.has(key)));
  for (const key of spoken) for (const at of reading.evidenceFor(key)) backed[at] = true;
  return backed;
}

/**
 * For each target skill, the strongest evidence behind it and the entities that give it: the
 * skill itself, or a narrower form or tool of it ("pandas" backs "Python"), as a reader would accept.
 */
export function skillEvidence(context: Context, reading: TargetReading): SkillEvidence[] {
  const { profile, now } = context;
  const inputs = [
    reading,
    now,
    profile.roles,
    profile.projects,
    context.keysOf.role,
    context.keysOf.project,
    context.keysOf.certificate,
    profile.skills,
    context.recognised,
  ];
  const links = profile.certificates.map((certificate) => linkedEntities(certificate, context));
  const last = kept.find(
    (entry) => sameInputs(entry.inputs, inputs) && sameCertificateFacts(entry, profile.certificates, links),
  );
  if (last !== undefined) {
    // The newest lists, so the next edit's comparison mostly meets the same objects.
    last.certificates = profile.certificates;
    last.links = links;
    return last.result;
  }
  const result = readEvidence(context, reading);
  kept.keep({ inputs, certificates: profile.certificates, links, result });
  return result;
}

/**
 * The last evidence read, kept while nothing it reads has changed. A certificate counts here by
 * its skills (the keys map, kept while no skills change), its status and where it was used: a
 * new title or description, the commonest edit, leaves the evidence as it was.
 */
interface KeptEvidence {
  inputs: unknown[];
  certificates: readonly Certificate[];
  links: ReadonlyArray<ReadonlyArray<Role | Project>>;
  result: SkillEvidence[];
}
const kept = rememberWhile<KeptEvidence>();

function sameCertificateFacts(
  last: KeptEvidence,
  certificates: readonly Certificate[],
  links: ReadonlyArray<ReadonlyArray<Role | Project>>,
): boolean {
  if (last.certificates.length !== certificates.length) return false;
  for (let index = 0; index < certificates.length; index += 1) {
    const was = last.certificates[index];
    const is = certificates[index];
    if (was === is) continue;
    if (was === undefined || is === undefined || was.id !== is.id || was.status.state !== is.status.state) return false;
    if (!sameInputs(last.links[index] ?? [], links[index] ?? [])) return false;
  }
  return true;
}

function readEvidence(context: Context, reading: TargetReading): SkillEvidence[] {
  const { profile, now } = context;
  const certificates = holdersBySkill(profile.certificates, context.keysOf.certificate, reading);
  const roles = roleHolders(profile.roles, context.keysOf.role, reading);
  const projects = projectHolders(profile.projects, context.keysOf.project, reading);
  const spoken = spokenLanguages(context, reading);
  const holders: Holders[] = reading.skills.map((_, at) => ({
    certificates: certificates[at] ?? [],
    roles: roles[at] ?? [],
    projects: projects[at] ?? [],
  }));

  return reading.skills
    .map((entry, at): SkillEvidence => {
      const found = holders[at] ?? { certificates: [], roles: [], projects: [] };
      const earned = found.certificates.filter((certificate) => certificate.status.state === 'earned');
      // A certificate used somewhere carries its skills there, even when that role does not list them.
      const appliedRoles = new Set<string>();
      const appliedProjects = new Map<string, Project>();
      for (const role of found.roles) appliedRoles.add(role.id);
      for (const project of found.projects) appliedProjects.set(project.id, project);
      for (const certificate of earned) {
        for (const entity of linkedEntities(certificate, context)) {
          if (isRole(entity)) appliedRoles.add(entity.id);
          else appliedProjects.set(entity.id, entity);
        }
      }
      // Evidence is what someone can check: a link to what a project produced, or an award given for the work.
      let withLink = false;
      for (const project of appliedProjects.values())
        if ((project.evidence.length > 0 && monthIndex(project.start) <= now) || isRecognised(context, project))
          withLink = true;
      for (const id of appliedRoles) {
        const role = context.rolesById.get(id);
        if (role !== undefined && isRecognised(context, role)) withLink = true;
      }
      const level: SkillEvidence['level'] = withLink
        ? 'applied-with-evidence'
        : appliedRoles.size + appliedProjects.size > 0
          ? 'applied'
          : earned.length > 0
            ? 'certified'
            : spoken[at] === true
              ? 'declared'
              : found.certificates.length > 0
                ? 'planned'
                : 'none';
      return {
        skill: entry.label,
        conceptId: isFreeKey(entry.key) ? null : entry.key,
        importance: entry.importance,
        level,
        certificates: found.certificates.map((certificate) => certificate.id).sort(),
        roles: [...appliedRoles].sort(),
        projects: [...appliedProjects.keys()].sort(),
      };
    })
    .sort(compareSkillEvidence);
}
