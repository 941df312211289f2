import type { PlanStep } from '../domain/plan';
import type { Award, Certificate, DeclaredSkill, Person, Profile, Project, Role, SkillRef } from '../domain/profile';
import {
  EXTENSION_KEY,
  showsLine,
  type AwardExtension,
  type BasicsExtension,
  type CertificateExtension,
  type LanguageExtension,
  type ProjectExtension,
  type PublicationExtension,
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
  url: string;
  description: string;
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
  roles: string[];
  entity: string;
  type: string;
}> &
  Extended<ProjectExtension>;

export type JsonResumePublication = Optional<{
  name: string;
  publisher: string;
  releaseDate: string;
  url: string;
  summary: string;
}> &
  Extended<PublicationExtension>;

export type JsonResumeAward = Optional<{ title: string; date: string; awarder: string; summary: string }> &
  Extended<AwardExtension>;

export type JsonResumeLanguage = { language: string; fluency?: string } & Partial<Extended<LanguageExtension>>;

export type JsonResumeBasics = Optional<{
  name: string;
  label: string;
  image: string;
  email: string;
  phone: string;
  url: string;
  summary: string;
  location: Optional<Person['location']>;
  profiles: Array<Optional<{ network: string; username: string; url: string }>>;
}> &
  Partial<Extended<BasicsExtension>>;

export type JsonResumeCertificate = Optional<{ name: string; date: string; url: string; issuer: string }> &
  Extended<CertificateExtension>;

export type JsonResumeEducation = Optional<{
  institution: string;
  url: string;
  studyType: string;
  startDate: string;
  endDate: string;
  score: string;
  courses: string[];
}> &
  Extended<CertificateExtension>;

export interface JsonResumeDocument {
  basics?: JsonResumeBasics;
  work: JsonResumeWork[];
  volunteer: JsonResumeWork[];
  projects: JsonResumeProject[];
  publications?: JsonResumePublication[];
  certificates: JsonResumeCertificate[];
  education: JsonResumeEducation[];
  awards?: JsonResumeAward[];
  skills: Array<{ name: string; level?: string; keywords: string[] }>;
  languages?: JsonResumeLanguage[];
  interests?: Person['interests'];
  references?: Person['references'];
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
    ...given('url', role.url),
    // JSON Resume names it on work only; on volunteering it is an extra field, which the schema allows.
    ...given('description', role.organizationDescription),
    startDate: role.start,
    ...given('endDate', role.end),
    highlights: tailored.highlights,
    [EXTENSION_KEY]: { kind: role.kind, field: role.field, skills: labels(role.skills), ...tailored.extension },
  };
}

const firstUrl = (project: Project) => {
  const link = project.evidence.find((evidence) => evidence.kind === 'url');
  return link?.kind === 'url' ? link.url : null;
};

function projectEntry(
  project: Project,
  roles: ReadonlyMap<string, { ref: string; role: Role }>,
  shows?: readonly string[],
): JsonResumeProject {
  const tailored = shown(project.highlights, shows);
  const owner = project.roleId === null ? undefined : roles.get(project.roleId);
  return {
    name: project.title,
    ...given('description', project.outcome),
    highlights: tailored.highlights,
    keywords: labels(project.skills),
    startDate: project.start,
    ...given('endDate', project.end),
    ...given('url', firstUrl(project)),
    ...(project.roles.length === 0 ? {} : { roles: [...project.roles] }),
    // Its own organisation when it has one (a client, a capstone), else the organisation of its role.
    ...given('entity', project.organization === '' ? (owner?.role.organization ?? null) : project.organization),
    type: project.kind,
    [EXTENSION_KEY]: {
      kind: project.kind,
      roleRef: owner?.ref ?? null,
      organization: project.organization,
      evidence: project.evidence,
      ...tailored.extension,
    },
  };
}

/** A publication as JSON Resume lists it; what its publication has no field for rides in the extension. */
function publicationEntry(
  project: Project,
  roles: ReadonlyMap<string, { ref: string; role: Role }>,
): JsonResumePublication {
  const owner = project.roleId === null ? undefined : roles.get(project.roleId);
  return {
    name: project.title,
    ...given('publisher', project.organization),
    releaseDate: project.start,
    ...given('url', firstUrl(project)),
    ...given('summary', project.outcome),
    [EXTENSION_KEY]: {
      kind: project.kind,
      roleRef: owner?.ref ?? null,
      organization: project.organization,
      evidence: project.evidence,
      end: project.end,
      skills: labels(project.skills),
      highlights: project.highlights,
      roles: project.roles,
    },
  };
}

/** A link to an entity that no longer exists has nowhere to point in the file. */
const linkRefs = (links: Certificate['appliedIn'], refs: ReadonlyMap<string, string>) =>
  links.flatMap((link) => {
    const ref = refs.get(link.id);
    return ref === undefined ? [] : [{ kind: link.kind, ref, note: link.note }];
  });

function awardEntry(award: Award, refs: ReadonlyMap<string, string>): JsonResumeAward {
  return {
    title: award.title,
    ...given('date', award.date),
    ...given('awarder', award.awarder),
    ...given('summary', award.summary),
    [EXTENSION_KEY]: { appliedIn: linkRefs(award.appliedIn, refs) },
  };
}

function languageEntry(declared: DeclaredSkill): JsonResumeLanguage {
  return {
    language: declared.skill.label,
    ...given('fluency', declared.level),
    ...(declared.keywords.length === 0 ? {} : { [EXTENSION_KEY]: { keywords: declared.keywords } }),
  };
}

/**
 * The format JSON Resume's schema checks an email against (ajv-formats' "email"): an address it would
 * (in its default, full mode) refuse travels in the extension instead, so the resume stays valid and the person's words are kept.
 */
const SCHEMA_EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function givenAll<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as Partial<T>;
}

/**
 * The person as a resume heads it. A resume written for a target is headed by the target's title; the
 * person's own headline then travels in the extension, so reading the file back does not take the
 * target's title for theirs. Undefined when there is nothing to say.
 */
function basicsEntry(person: Person, targetTitle: string | undefined): JsonResumeBasics | undefined {
  const emailFits = person.email === '' || SCHEMA_EMAIL.test(person.email);
  const labelFromTarget = targetTitle !== undefined && targetTitle !== person.label;
  const extension: BasicsExtension = {
    ...(labelFromTarget ? { label: person.label } : {}),
    ...(emailFits ? {} : { email: person.email }),
  };
  const location = givenAll(person.location);
  const basics: JsonResumeBasics = {
    ...givenAll({ name: person.name, label: targetTitle ?? person.label, image: person.image }),
    ...(emailFits ? given('email', person.email) : {}),
    ...given('phone', person.phone),
    ...given('url', person.url),
    ...given('summary', person.summary),
    ...(Object.keys(location).length === 0 ? {} : { location }),
    ...(person.profiles.length === 0
      ? {}
      : {
          profiles: person.profiles.map((profile) => ({
            ...givenAll({ network: profile.network, username: profile.username }),
            ...given('url', profile.url),
          })),
        }),
    ...(Object.keys(extension).length === 0 ? {} : { [EXTENSION_KEY]: extension }),
  };
  return Object.keys(basics).length === 0 ? undefined : basics;
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
    appliedIn: linkRefs(certificate.appliedIn, refs),
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
  const allProjects = tailoring.first(profile.projects);
  const projects = allProjects.filter((project) => project.kind !== 'publication');
  const publications = allProjects.filter((project) => project.kind === 'publication');
  const refs = new Map<string, string>([...roleRefs].map(([id, { ref }]) => [id, ref]));
  projects.forEach((project, index) => refs.set(project.id, `projects[${index}]`));
  publications.forEach((project, index) => refs.set(project.id, `publications[${index}]`));

  const ordered = inShowingOrder(profile.certificates, options.curated);
  const certificates = ordered
    .filter((certificate) => certificate.learning === 'certificate')
    .map((certificate): JsonResumeCertificate => ({
      name: certificate.title,
      ...given('date', certificate.issued),
      ...given('url', certificate.credentialUrl),
      ...given('issuer', certificate.provider),
      // JSON Resume's certificates have no start date, provider URL, courses or score: they travel with
      // the rest of what they lack.
      [EXTENSION_KEY]: {
        ...learningExtension(certificate, refs),
        started: certificate.started,
        ...(certificate.providerUrl === null ? {} : { providerUrl: certificate.providerUrl }),
        ...(certificate.courses.length === 0 ? {} : { courses: certificate.courses }),
        ...(certificate.score === '' ? {} : { score: certificate.score }),
      },
    }));
  const education = ordered
    .filter((certificate) => certificate.learning === 'education')
    .map((certificate): JsonResumeEducation => ({
      ...given('institution', certificate.provider),
      ...given('url', certificate.providerUrl),
      studyType: certificate.title,
      ...given('startDate', certificate.started),
      ...given('endDate', certificate.issued),
      ...given('score', certificate.score),
      ...(certificate.courses.length === 0 ? {} : { courses: certificate.courses }),
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
  const basics = basicsEntry(profile.person, target?.title);
  const languages = profile.skills.filter((declared) => declared.kind === 'language');
  const { interests, references } = profile.person;
  return {
    ...(basics === undefined ? {} : { basics }),
    work,
    volunteer,
    projects: projects.map((project) => projectEntry(project, roleRefs, tailoring.shows.get(project))),
    ...(publications.length === 0
      ? {}
      : { publications: publications.map((project) => publicationEntry(project, roleRefs)) }),
    certificates,
    education,
    ...(profile.awards.length === 0 ? {} : { awards: profile.awards.map((award) => awardEntry(award, refs)) }),
    skills: profile.skills
      .filter((declared) => declared.kind === 'skill')
      .map((declared) => ({
        name: declared.skill.label,
        ...given('level', declared.level),
        keywords: declared.keywords,
      })),
    ...(languages.length === 0 ? {} : { languages: languages.map(languageEntry) }),
    ...(interests.length === 0 ? {} : { interests }),
    ...(references.length === 0 ? {} : { references }),
    // The plan is the person's, not part of the resume a theme renders: it rides along, for Throughline.
    ...(Object.keys(extension).length === 0 ? {} : { [EXTENSION_KEY]: extension }),
  };
}
