import { z } from 'zod';
import {
  AwardSchema,
  CertificateSchema,
  CertificateStatusSchema,
  EvidenceLinkSchema,
  PersonSchema,
  ProjectSchema,
  RoleSchema,
  type Award,
  type Certificate,
  type Person,
  type Project,
  type Role,
} from '../../../shared/domain/profile';
import { parseRefKey, WorkKindSchema } from '../../../shared/domain/refs';
import { skillKey } from '../../../shared/domain/skills';
import type { Command } from '../../../shared/profile/commands';
import { text } from '../i18n/text';
import type { EntryFormTarget } from './entry-form-target';

/**
 * The entry forms' and the person form's schemas, derived from the domain schemas: the domain decides what is valid,
 * these add what the form needs (months as YYYY-MM, "still going" boxes, one highlight per line)
 * and say at which field a problem belongs. Pure: no React, so it is unit-tested on its own.
 */

const problems = text.editor.problems;

/** Required text, trimmed, that the domain accepts; the message says which is wrong. */
function requiredText(domain: z.ZodType, message: string) {
  return z
    .string()
    .trim()
    .min(1, { error: message, abort: true })
    .refine((value) => domain.safeParse(value).success, problems.tooLong);
}

/** Optional text the domain accepts (length limits). */
function optionalText(domain: z.ZodType) {
  return z
    .string()
    .trim()
    .refine((value) => domain.safeParse(value).success, problems.tooLong);
}

/** A web address the domain accepts, or '' for none. */
function optionalUrl(domain: z.ZodType) {
  return z
    .string()
    .trim()
    .refine((value) => value === '' || domain.safeParse(value).success, problems.url);
}

/** One entry per non-empty line, each as the domain accepts it (the list's and each line's limits). */
function lineList(domain: z.ZodType) {
  return z.string().refine((value) => domain.safeParse(lines(value)).success, problems.tooLong);
}

/** What `<input type="month">` gives: YYYY-MM, or '' when empty. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthOrEmpty = z.string().refine((value) => value === '' || MONTH.test(value), problems.month);
const requiredMonth = (message: string) =>
  z
    .string()
    .min(1, { error: message, abort: true })
    .refine((value) => MONTH.test(value), problems.month);

/** Checks the end of a period against its start, and that an unfinished period has an end. */
function checkPeriod(
  value: { start: string; end: string; current: boolean },
  context: z.core.$RefinementCtx,
  missingEnd: string,
) {
  if (value.current) return;
  if (value.end === '') context.addIssue({ code: 'custom', path: ['end'], message: missingEnd });
  else if (value.start !== '' && value.end < value.start.slice(0, 7))
    context.addIssue({ code: 'custom', path: ['end'], message: problems.endBeforeStart });
}

export const RoleFormSchema = RoleSchema.pick({ kind: true, skills: true })
  .extend({
    title: requiredText(RoleSchema.shape.title, problems.title),
    organization: optionalText(RoleSchema.shape.organization),
    location: optionalText(RoleSchema.shape.location),
    summary: optionalText(RoleSchema.shape.summary),
    field: optionalText(RoleSchema.shape.field),
    url: optionalUrl(RoleSchema.shape.url),
    organizationDescription: optionalText(RoleSchema.shape.organizationDescription),
    start: requiredMonth(problems.start),
    end: monthOrEmpty,
    current: z.boolean(),
    highlights: z
      .string()
      .refine((value) => RoleSchema.shape.highlights.safeParse(lines(value)).success, problems.tooLong),
  })
  .superRefine((value, context) => checkPeriod(value, context, problems.end));
export type RoleFormInput = z.input<typeof RoleFormSchema>;
export type RoleFormValues = z.output<typeof RoleFormSchema>;

const UrlEvidenceSchema = EvidenceLinkSchema.options[0];

export const ProjectFormSchema = ProjectSchema.pick({ kind: true, skills: true })
  .extend({
    title: requiredText(ProjectSchema.shape.title, problems.title),
    start: requiredMonth(problems.start),
    end: monthOrEmpty,
    current: z.boolean(),
    /** '' for none. */
    roleId: z.string(),
    organization: optionalText(ProjectSchema.shape.organization),
    /** The person's part in it, one per line. */
    roles: lineList(ProjectSchema.shape.roles),
    outcome: optionalText(ProjectSchema.shape.outcome),
    highlights: z
      .string()
      .refine((value) => ProjectSchema.shape.highlights.safeParse(lines(value)).success, problems.tooLong),
    evidence: z.array(
      z.object({
        label: optionalText(UrlEvidenceSchema.shape.label),
        url: z
          .string()
          .trim()
          .min(1, { error: problems.urlMissing, abort: true })
          .refine((value) => UrlEvidenceSchema.shape.url.safeParse(value).success, problems.url),
      }),
    ),
  })
  .superRefine((value, context) => checkPeriod(value, context, problems.end));
export type ProjectFormInput = z.input<typeof ProjectFormSchema>;
export type ProjectFormValues = z.output<typeof ProjectFormSchema>;

export type CertificateState = Certificate['status']['state'];
/** Read from the status schema, in its order, so a state added there is offered in the form too. */
export const CERTIFICATE_STATES: readonly CertificateState[] = CertificateStatusSchema.options.map(
  (option) => option.shape.state.value,
);
export const CERTIFICATE_KINDS = ['derived', ...CertificateSchema.shape.kindOverride.unwrap().options] as const;

export const CertificateFormSchema = CertificateSchema.pick({ skills: true })
  .extend({
    title: requiredText(CertificateSchema.shape.title, problems.title),
    provider: optionalText(CertificateSchema.shape.provider),
    state: z.enum(CERTIFICATE_STATES),
    /** Only read while in progress. */
    percentDone: z.string(),
    /** When the study or course began; optional. */
    started: monthOrEmpty,
    issued: monthOrEmpty,
    expires: monthOrEmpty,
    credentialId: optionalText(CertificateSchema.shape.credentialId),
    credentialUrl: optionalUrl(CertificateSchema.shape.credentialUrl),
    providerUrl: optionalUrl(CertificateSchema.shape.providerUrl),
    /** One course per line. */
    courses: lineList(CertificateSchema.shape.courses),
    score: optionalText(CertificateSchema.shape.score),
    hours: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || CertificateSchema.shape.hours.safeParse(Number(value)).success,
        problems.hours,
      ),
    description: optionalText(CertificateSchema.shape.description),
    kind: z.enum(CERTIFICATE_KINDS),
  })
  .superRefine((value, context) => {
    if (value.state === 'in-progress' && !isPercent(value.percentDone))
      context.addIssue({ code: 'custom', path: ['percentDone'], message: problems.percent });
    if (value.started !== '' && value.issued !== '' && value.started > value.issued)
      context.addIssue({ code: 'custom', path: ['started'], message: problems.startedAfterIssued });
    if (value.issued !== '' && value.expires !== '' && value.expires < value.issued.slice(0, 7))
      context.addIssue({ code: 'custom', path: ['expires'], message: problems.expiresBeforeIssued });
  });
export type CertificateFormInput = z.input<typeof CertificateFormSchema>;
export type CertificateFormValues = z.output<typeof CertificateFormSchema>;

export const AwardFormSchema = z.object({
  title: requiredText(AwardSchema.shape.title, problems.title),
  awarder: optionalText(AwardSchema.shape.awarder),
  date: monthOrEmpty,
  summary: optionalText(AwardSchema.shape.summary),
  /** A new award's first link, as `kind:id`; '' for none. Later links are made from the details. */
  givenFor: z.string(),
});
export type AwardFormInput = z.input<typeof AwardFormSchema>;
export type AwardFormValues = z.output<typeof AwardFormSchema>;

const location = PersonSchema.shape.location.shape;
const ProfileLinkSchema = PersonSchema.shape.profiles.element;

export const PersonFormSchema = z.object({
  name: optionalText(PersonSchema.shape.name),
  label: optionalText(PersonSchema.shape.label),
  email: optionalText(PersonSchema.shape.email).refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value),
    problems.email,
  ),
  phone: optionalText(PersonSchema.shape.phone),
  url: optionalUrl(PersonSchema.shape.url),
  summary: optionalText(PersonSchema.shape.summary),
  address: optionalText(location.address),
  postalCode: optionalText(location.postalCode),
  city: optionalText(location.city),
  region: optionalText(location.region),
  countryCode: optionalText(location.countryCode),
  profiles: z.array(
    z.object({
      network: optionalText(ProfileLinkSchema.shape.network),
      username: optionalText(ProfileLinkSchema.shape.username),
      url: optionalUrl(ProfileLinkSchema.shape.url),
    }),
  ),
});
export type PersonFormInput = z.input<typeof PersonFormSchema>;
export type PersonFormValues = z.output<typeof PersonFormSchema>;

function isPercent(value: string): boolean {
  const trimmed = value.trim();
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= 100;
}

/** One highlight per non-empty line. */
export function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A stored date as the month input shows it. A day, if any, is kept unless the month changes; a
 * bare year (from an import) shows as its January and stays a bare year unless the month changes.
 */
export function toMonth(date: string | null): string {
  if (date === null) return '';
  return date.length === 4 ? `${date}-01` : date.slice(0, 7);
}

function fromMonth(month: string, original: string | null | undefined): string | null {
  if (month === '') return null;
  if (original?.length === 4 && month === `${original}-01`) return original;
  return original !== null && original !== undefined && original.slice(0, 7) === month ? original : month;
}

function requiredFromMonth(month: string, original: string | undefined): string {
  return fromMonth(month, original) ?? month;
}

export function roleToForm(role: Role | null): RoleFormInput {
  return {
    title: role?.title ?? '',
    organization: role?.organization ?? '',
    location: role?.location ?? '',
    summary: role?.summary ?? '',
    kind: role?.kind ?? 'job',
    field: role?.field ?? '',
    url: role?.url ?? '',
    organizationDescription: role?.organizationDescription ?? '',
    start: toMonth(role?.start ?? null),
    end: toMonth(role?.end ?? null),
    current: role !== null && role.end === null,
    skills: role?.skills ?? [],
    highlights: role?.highlights.join('\n') ?? '',
  };
}

export function roleFromForm(values: RoleFormValues, id: string, original: Role | null): Role {
  return {
    id,
    title: values.title,
    organization: values.organization,
    location: values.location,
    summary: values.summary,
    kind: values.kind,
    start: requiredFromMonth(values.start, original?.start),
    end: values.current ? null : fromMonth(values.end, original?.end),
    field: values.field,
    skills: values.skills,
    highlights: lines(values.highlights),
    url: values.url === '' ? null : values.url,
    organizationDescription: values.organizationDescription,
  };
}

export function projectToForm(project: Project | null): ProjectFormInput {
  return {
    title: project?.title ?? '',
    kind: project?.kind ?? 'work',
    start: toMonth(project?.start ?? null),
    end: toMonth(project?.end ?? null),
    current: project !== null && project.end === null,
    roleId: project?.roleId ?? '',
    organization: project?.organization ?? '',
    roles: project?.roles.join('\n') ?? '',
    skills: project?.skills ?? [],
    outcome: project?.outcome ?? '',
    highlights: project?.highlights.join('\n') ?? '',
    evidence: (project?.evidence ?? []).flatMap((link) =>
      link.kind === 'url' ? [{ label: link.label, url: link.url }] : [],
    ),
  };
}

export function projectFromForm(values: ProjectFormValues, id: string, original: Project | null): Project {
  // The form edits web links; file references (from imports) are kept as they were.
  const files = (original?.evidence ?? []).filter((link) => link.kind === 'file');
  return {
    id,
    title: values.title,
    kind: values.kind,
    start: requiredFromMonth(values.start, original?.start),
    end: values.current ? null : fromMonth(values.end, original?.end),
    roleId: values.roleId === '' ? null : values.roleId,
    organization: values.organization,
    roles: lines(values.roles),
    skills: values.skills,
    outcome: values.outcome,
    highlights: lines(values.highlights),
    evidence: [...values.evidence.map((link) => ({ kind: 'url' as const, ...link })), ...files],
  };
}

export function certificateToForm(certificate: Certificate | null): CertificateFormInput {
  const status = certificate?.status ?? { state: 'earned' };
  return {
    title: certificate?.title ?? '',
    provider: certificate?.provider ?? '',
    state: status.state,
    percentDone: status.state === 'in-progress' ? String(status.percentDone) : '0',
    started: toMonth(certificate?.started ?? null),
    issued: toMonth(certificate?.issued ?? null),
    expires: toMonth(certificate?.expires ?? null),
    credentialId: certificate?.credentialId ?? '',
    credentialUrl: certificate?.credentialUrl ?? '',
    providerUrl: certificate?.providerUrl ?? '',
    courses: certificate?.courses.join('\n') ?? '',
    score: certificate?.score ?? '',
    skills: certificate?.skills ?? [],
    hours: certificate?.hours === null || certificate?.hours === undefined ? '' : String(certificate.hours),
    description: certificate?.description ?? '',
    kind: certificate?.kindOverride ?? 'derived',
  };
}

export function certificateFromForm(
  values: CertificateFormValues,
  id: string,
  original: Certificate | null,
): Certificate {
  const status: Certificate['status'] =
    values.state === 'in-progress'
      ? { state: 'in-progress', percentDone: Number(values.percentDone.trim()) }
      : { state: values.state };
  return {
    id,
    title: values.title,
    learning: original?.learning ?? 'certificate',
    provider: values.provider,
    status,
    started: fromMonth(values.started, original?.started),
    issued: fromMonth(values.issued, original?.issued),
    expires: fromMonth(values.expires, original?.expires),
    credentialId: values.credentialId,
    credentialUrl: values.credentialUrl === '' ? null : values.credentialUrl,
    providerUrl: values.providerUrl === '' ? null : values.providerUrl,
    skills: values.skills,
    hours: values.hours === '' ? null : Number(values.hours),
    courses: lines(values.courses),
    score: values.score,
    description: values.description,
    kindOverride: values.kind === 'derived' ? null : values.kind,
    // Links are made from the details panel; editing the certificate keeps them.
    appliedIn: original?.appliedIn ?? [],
    // The check of an imported credential belongs to the credential as issued; it stays with it.
    credential: original?.credential ?? null,
  };
}

export function awardToForm(award: Award | null): AwardFormInput {
  return {
    title: award?.title ?? '',
    awarder: award?.awarder ?? '',
    date: toMonth(award?.date ?? null),
    summary: award?.summary ?? '',
    givenFor: '',
  };
}

export function awardFromForm(values: AwardFormValues, awardId: string, original: Award | null): Award {
  const first = parseRefKey(values.givenFor, WorkKindSchema);
  return {
    id: awardId,
    title: values.title,
    awarder: values.awarder,
    date: fromMonth(values.date, original?.date),
    summary: values.summary,
    // Links are made from the details panel; a new award may come with the one it was given for.
    appliedIn: original?.appliedIn ?? (first === null ? [] : [{ ...first, note: '' }]),
  };
}

export function personToForm(person: Person): PersonFormInput {
  return {
    name: person.name,
    label: person.label,
    email: person.email,
    phone: person.phone,
    url: person.url ?? '',
    summary: person.summary,
    ...person.location,
    profiles: person.profiles.map((profile) => ({ ...profile, url: profile.url ?? '' })),
  };
}

/** The person as edited; what the form does not show (a picture, interests, references) is kept. */
export function personFromForm(values: PersonFormValues, original: Person): Person {
  const { address, postalCode, city, region, countryCode } = values;
  return {
    ...original,
    name: values.name,
    label: values.label,
    email: values.email,
    phone: values.phone,
    url: values.url === '' ? null : values.url,
    summary: values.summary,
    location: { address, postalCode, city, countryCode, region },
    // A row left wholly empty is no profile.
    profiles: values.profiles
      .filter((profile) => profile.network !== '' || profile.username !== '' || profile.url !== '')
      .map((profile) => ({ ...profile, url: profile.url === '' ? null : profile.url })),
  };
}

export type EntryDraft =
  | { kind: 'role'; role: Role }
  | { kind: 'project'; project: Project }
  | { kind: 'certificate'; certificate: Certificate }
  | { kind: 'award'; award: Award };

/** The command that saves an entry: an add for a new one, an update for an existing one. */
export function saveCommand(draft: EntryDraft, mode: EntryFormTarget['mode']): Command {
  switch (draft.kind) {
    case 'role':
      return { type: mode === 'create' ? 'role.add' : 'role.update', role: draft.role };
    case 'project':
      return { type: mode === 'create' ? 'project.add' : 'project.update', project: draft.project };
    case 'certificate':
      return { type: mode === 'create' ? 'certificate.add' : 'certificate.update', certificate: draft.certificate };
    case 'award':
      return { type: mode === 'create' ? 'award.add' : 'award.update', award: draft.award };
  }
}

/** Adds a skill unless the same concept (or, for free labels, the same label) is already there. */
export function withSkill(skills: readonly Role['skills'][number][], skill: Role['skills'][number]) {
  const key = skillKey(skill);
  return skills.some((entry) => skillKey(entry) === key) ? [...skills] : [...skills, skill];
}
