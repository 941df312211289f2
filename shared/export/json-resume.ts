import type { PlanStep } from '../domain/plan';
import type { Certificate, Profile, Project, Role, SkillRef } from '../domain/profile';
import {
  EXTENSION_KEY,
  showsLine,
  type CertificateExtension,
  type ProjectExtension,
  type RoleExtension,
} from '../import/json-resume/extension';
import type { SkillEvidence } from '../lens/result';
import { workShowingSkills } from './posting-evidence';

export interface JsonResumeExportOptions {
  /** The target the resume is written for: its title becomes the resume's label. */
  targetId: string | null;
  /** Certificate ids to list first, in this order (the curated list for the target); the rest follow. */
  curated: readonly string[];
  /**
   * The lens's evidence per skill of the target. For a target made from a job posting, the roles and
   * projects that show the posting's skills come first, each opening with the skills it shows.
   */
  skillEvidence?: readonly SkillEvidence[];
}

type Extended<T> = { [EXTENSION_KEY]: T };
type Optional<T> = { [K in keyof T]?: T[K] };

export type JsonResumeWork = Optional<{
  name: string;
  organization: string;
  position: string;
  location: string;
  summary: string;
  startDate: string;
  endDate: string;
  highlights: string[];
}> &
  Extended<RoleExtension>;

export type JsonResumeProject = Optional<{
  name: string;
  description: string;
  highlights: string[];
  keywords: string[];
  startDate: string;
  endDate: string;
  url: string;
  entity: string;
  type: string;
}> &
  Extended<ProjectExtension>;

export type JsonResumeCertificate = Optional<{ name: string; date: string; url: string; issuer: string }> &
  Extended<CertificateExtension>;

export type JsonResumeEducation = Optional<{
  institution: string;
  studyType: string;
  startDate: string;
  endDate: string;
}> &
  Extended<CertificateExtension>;

export interface JsonResumeDocument {
  basics?: { label: string };
  work: JsonResumeWork[];
  volunteer: JsonResumeWork[];
  projects: JsonResumeProject[];
  certificates: JsonResumeCertificate[];
  education: JsonResumeEducation[];
  skills: Array<{ name: string; level?: string; keywords: string[] }>;
  /**
   * The plan towards the resume's target (profile v6), for reading the file back into Throughline,
   * and the job posting the resume is tailored to, when it is.
   */
  [EXTENSION_KEY]?: { plan?: PlanStep[]; posting?: { title: string; company: string | null } };
}

/** Leaves out empty text and absent dates, as a hand-written resume would. */
const given = <K extends string>(key: K, value: string | null): Partial<Record<K, string>> =>
  value === null || value === '' ? {} : ({ [key]: value } as Record<K, string>);

const labels = (skills: readonly SkillRef[]) => skills.map((skill) => skill.label);

/** What a tailored entry adds: the posting's skills it shows, first among its highlights and in the extension. */
const shown = (highlights: string[], shows: readonly string[] | undefined) =>
  shows === undefined || shows.length === 0
    ? { highlights, extension: {} }
    : { highlights: [showsLine(shows), ...highlights], extension: { shows: [...shows] } };

function roleEntry(role: Role, shows?: readonly string[]): JsonResumeWork {
  const tailored = shown(role.highlights, shows);
  return {
    ...given(role.kind === 'volunteer' ? 'organization' : 'name', role.organization),
    position: role.title,
    ...given('location', role.location),
    ...given('summary', role.summary),
    startDate: role.start,
    ...given('endDate', role.end),
    highlights: tailored.highlights,
    [EXTENSION_KEY]: { kind: role.kind, field: role.field, skills: labels(role.skills), ...tailored.extension },
  };
}

function projectEntry(
  project: Project,
  roles: ReadonlyMap<string, { ref: string; role: Role }>,
  shows?: readonly string[],
): JsonResumeProject {
  const tailored = shown(project.highlights, shows);
  const owner = project.roleId === null ? undefined : roles.get(project.roleId);
  const firstUrl = project.evidence.find((link) => link.kind === 'url');
  return {
    name: project.title,
    ...given('description', project.outcome),
    highlights: tailored.highlights,
    keywords: labels(project.skills),
    startDate: project.start,
    ...given('endDate', project.end),
    ...given('url', firstUrl?.kind === 'url' ? firstUrl.url : null),
    ...given('entity', owner?.role.organization ?? null),
    type: project.kind,
    [EXTENSION_KEY]: {
      kind: project.kind,
      roleRef: owner?.ref ?? null,
      evidence: project.evidence,
      ...tailored.extension,
    },
  };
}

function learningExtension(certificate: Certificate, refs: ReadonlyMap<string, string>): CertificateExtension {
  return {
    status: certificate.status,
    expires: certificate.expires,
    credentialId: certificate.credentialId,
    skills: labels(certificate.skills),
    hours: certificate.hours,
    description: certificate.description,
    kindOverride: certificate.kindOverride,
    // A link to an entity that no longer exists has nowhere to point in the file.
    appliedIn: certificate.appliedIn.flatMap((link) => {
      const ref = refs.get(link.id);
      return ref === undefined ? [] : [{ kind: link.kind, ref, note: link.note }];
    }),
  };
}

/**
 * For a target made from a posting (given the lens's evidence for it): the roles and projects that
 * show the posting's skills first, best first, and the skills each shows. Otherwise the profile's order.
 */
function tailoringFor(profile: Profile, skillEvidence: readonly SkillEvidence[] | undefined) {
  const showing = skillEvidence === undefined ? [] : workShowingSkills(profile, skillEvidence);
  const rank = new Map<Role | Project, number>(showing.map((entry, at) => [entry.entity, at]));
  return {
    shows: new Map<Role | Project, readonly string[]>(showing.map((entry) => [entry.entity, entry.shows])),
    first: <T extends Role | Project>(entries: readonly T[]): T[] => [
      ...entries.filter((entry) => rank.has(entry)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
      ...entries.filter((entry) => !rank.has(entry)),
    ],
  };
}

/** Curated certificates first, in the curated order; then every other one, in the profile's order. */
function inShowingOrder(certificates: readonly Certificate[], curated: readonly string[]): Certificate[] {
  const byId = new Map(certificates.map((certificate) => [certificate.id, certificate]));
  const first = [...new Set(curated)].flatMap((id) => byId.get(id) ?? []);
  const shown = new Set(first.map((certificate) => certificate.id));
  return [...first, ...certificates.filter((certificate) => !shown.has(certificate.id))];
}

/**
 * The profile as a valid JSON Resume (https://jsonresume.org/schema) that any resume theme can render.
 * What JSON Resume has no field for (kinds, fields, skills of roles, learning status, the links
 * between certificates and the roles and projects they were applied in) travels under `x-throughline`
 * on each entry, so reading the file back keeps everything Throughline models. Credential checks of
 * imported badges are not written: a check belongs to the badge, not to a text file.
 */
export function toJsonResume(profile: Profile, options: JsonResumeExportOptions): JsonResumeDocument {
  const target = profile.targets.find((candidate) => candidate.id === options.targetId);
  const tailoring = tailoringFor(
    profile,
    target === undefined || target.posting === null ? undefined : options.skillEvidence,
  );
  const roleRefs = new Map<string, { ref: string; role: Role }>();
  const work: JsonResumeWork[] = [];
  const volunteer: JsonResumeWork[] = [];
  for (const role of tailoring.first(profile.roles)) {
    const section = role.kind === 'volunteer' ? volunteer : work;
    roleRefs.set(role.id, { ref: `${role.kind === 'volunteer' ? 'volunteer' : 'work'}[${section.length}]`, role });
    section.push(roleEntry(role, tailoring.shows.get(role)));
  }
  const projects = tailoring.first(profile.projects);
  const refs = new Map<string, string>([...roleRefs].map(([id, { ref }]) => [id, ref]));
  projects.forEach((project, index) => refs.set(project.id, `projects[${index}]`));

  const ordered = inShowingOrder(profile.certificates, options.curated);
  const certificates = ordered
    .filter((certificate) => certificate.learning === 'certificate')
    .map((certificate): JsonResumeCertificate => ({
      name: certificate.title,
      ...given('date', certificate.issued),
      ...given('url', certificate.credentialUrl),
      ...given('issuer', certificate.provider),
      // JSON Resume's certificates have no start date: it travels with the rest of what they lack.
      [EXTENSION_KEY]: { ...learningExtension(certificate, refs), started: certificate.started },
    }));
  const education = ordered
    .filter((certificate) => certificate.learning === 'education')
    .map((certificate): JsonResumeEducation => ({
      ...given('institution', certificate.provider),
      studyType: certificate.title,
      ...given('startDate', certificate.started),
      ...given('endDate', certificate.issued),
      [EXTENSION_KEY]: {
        ...learningExtension(certificate, refs),
        title: certificate.title,
        credentialUrl: certificate.credentialUrl,
      },
    }));

  const plan = profile.plan.filter((step) => step.targetId === options.targetId);
  const posting =
    target === undefined || target.posting === null
      ? undefined
      : { title: target.title, company: target.posting.company };
  const extension = {
    ...(plan.length === 0 ? {} : { plan }),
    ...(posting === undefined ? {} : { posting }),
  };
  return {
    ...(target === undefined ? {} : { basics: { label: target.title } }),
    work,
    volunteer,
    projects: projects.map((project) => projectEntry(project, roleRefs, tailoring.shows.get(project))),
    certificates,
    education,
    skills: profile.skills.map((declared) => ({
      name: declared.skill.label,
      ...given('level', declared.level),
      keywords: declared.keywords,
    })),
    // The plan is the person's, not part of the resume a theme renders: it rides along, for Throughline.
    ...(Object.keys(extension).length === 0 ? {} : { [EXTENSION_KEY]: extension }),
  };
}
