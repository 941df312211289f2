import { z } from 'zod';
import {
  AppliedInSchema,
  AwardSchema,
  CertificateSchema,
  CustomProviderSchema,
  DismissedFindingSchema,
  EntityIdSchema,
  PersonSchema,
  ProfileSchema,
  ProjectSchema,
  RoleSchema,
  SettingsSchema,
  TargetRoleSchema,
  WorkKindSchema,
  type Profile,
  type WorkKind,
} from '../domain/profile';
import { LearningSessionSchema, PlanStepSchema } from '../domain/plan';
import { sameRef, type EntityRef } from '../domain/refs';
import { integrityProblems } from './integrity';
import {
  describeLearningCommand,
  learningApplied,
  withoutPlanOf,
  withoutReferencesTo,
  type LearningCommand,
} from './plan-commands';

/** What happens to certificates linked to a role or project being deleted: the user chooses. */
export const LinkedCertificatesChoiceSchema = z.enum(['keep-unlinked', 'delete-certificates']);
export type LinkedCertificatesChoice = z.infer<typeof LinkedCertificatesChoiceSchema>;

const LinkTargetSchema = z.object({ kind: WorkKindSchema, id: EntityIdSchema }).strict();

/** Every edit the app can make to a profile. Ids are chosen by the caller, so a command can be replayed. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('role.add'), role: RoleSchema }).strict(),
  z.object({ type: z.literal('role.update'), role: RoleSchema }).strict(),
  z
    .object({
      type: z.literal('role.delete'),
      id: EntityIdSchema,
      linkedCertificates: LinkedCertificatesChoiceSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('project.add'), project: ProjectSchema }).strict(),
  z.object({ type: z.literal('project.update'), project: ProjectSchema }).strict(),
  z
    .object({
      type: z.literal('project.delete'),
      id: EntityIdSchema,
      linkedCertificates: LinkedCertificatesChoiceSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('certificate.add'), certificate: CertificateSchema }).strict(),
  z.object({ type: z.literal('certificate.update'), certificate: CertificateSchema }).strict(),
  z.object({ type: z.literal('certificate.delete'), id: EntityIdSchema }).strict(),
  z.object({ type: z.literal('target.add'), target: TargetRoleSchema }).strict(),
  z.object({ type: z.literal('target.update'), target: TargetRoleSchema }).strict(),
  z.object({ type: z.literal('target.delete'), id: EntityIdSchema }).strict(),
  z.object({ type: z.literal('target.setActive'), id: EntityIdSchema.nullable() }).strict(),
  z
    .object({
      type: z.literal('link.attach'),
      certificateId: EntityIdSchema,
      to: LinkTargetSchema,
      note: AppliedInSchema.shape.note,
    })
    .strict(),
  z.object({ type: z.literal('link.detach'), certificateId: EntityIdSchema, to: LinkTargetSchema }).strict(),
  z.object({ type: z.literal('award.add'), award: AwardSchema }).strict(),
  z.object({ type: z.literal('award.update'), award: AwardSchema }).strict(),
  z.object({ type: z.literal('award.delete'), id: EntityIdSchema }).strict(),
  // An award is linked to the work it was given for as a certificate is to where it was used.
  z
    .object({
      type: z.literal('award.attach'),
      awardId: EntityIdSchema,
      to: LinkTargetSchema,
      note: AppliedInSchema.shape.note,
    })
    .strict(),
  z.object({ type: z.literal('award.detach'), awardId: EntityIdSchema, to: LinkTargetSchema }).strict(),
  z.object({ type: z.literal('person.update'), person: PersonSchema }).strict(),
  z.object({ type: z.literal('finding.dismiss'), finding: DismissedFindingSchema }).strict(),
  z.object({ type: z.literal('finding.restore'), key: z.string().min(1).max(500) }).strict(),
  // Several findings put aside at once ("keep these as background"), undone as one step.
  z
    .object({ type: z.literal('finding.dismissMany'), findings: z.array(DismissedFindingSchema).min(1).max(1000) })
    .strict(),
  z.object({ type: z.literal('settings.update'), settings: SettingsSchema }).strict(),
  z.object({ type: z.literal('provider.add'), provider: CustomProviderSchema }).strict(),
  z.object({ type: z.literal('provider.update'), provider: CustomProviderSchema }).strict(),
  z.object({ type: z.literal('provider.delete'), id: EntityIdSchema }).strict(),
  z
    .object({
      type: z.literal('provider.setRecognised'),
      providerId: z.string().min(1).max(100),
      recognised: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('plan.add'), step: PlanStepSchema }).strict(),
  z.object({ type: z.literal('plan.update'), step: PlanStepSchema }).strict(),
  z.object({ type: z.literal('plan.delete'), id: EntityIdSchema }).strict(),
  // A session can carry the certificate's new percent done, so logging and progress undo as one step.
  z
    .object({
      type: z.literal('log.add'),
      session: LearningSessionSchema,
      percentDone: z.number().int().min(0).max(100).optional(),
    })
    .strict(),
  z.object({ type: z.literal('log.update'), session: LearningSessionSchema }).strict(),
  z.object({ type: z.literal('log.delete'), id: EntityIdSchema }).strict(),
  z.object({ type: z.literal('profile.replace'), profile: ProfileSchema, label: z.string().max(200) }).strict(),
]);
export type Command = z.infer<typeof CommandSchema>;

type ApplyResult = { ok: true; profile: Profile } | { ok: false; message: string };

/** Long titles are clipped so a label stays one readable line in the undo notice. */
const LABEL_TITLE_MAX = 60;

function quoted(title: string): string {
  const clipped = title.length > LABEL_TITLE_MAX ? `${title.slice(0, LABEL_TITLE_MAX - 1).trimEnd()}…` : title;
  return `“${clipped}”`;
}

function titleIn(list: ReadonlyArray<{ id: string; title: string }>, id: string): string | null {
  const found = list.find((entity) => entity.id === id);
  return found === undefined ? null : quoted(found.title);
}

/** `edited role “New”`, and the old title with it when the edit renamed it, which undo brings back. */
function edited(kind: string, title: string, before: string | null): string {
  const now = quoted(title);
  return before === null || before === now ? `edited ${kind} ${now}` : `edited ${kind} ${now} (was ${before})`;
}

/** A role or project being deleted, with the certificates that go with it when the user chose so. */
function deleted(before: Profile, kind: WorkKind, id: string, choice: LinkedCertificatesChoice | undefined) {
  const title = titleIn(kind === 'role' ? before.roles : before.projects, id);
  const what = title === null ? `a ${kind}` : `${kind} ${title}`;
  if (choice !== 'delete-certificates') return `deleted ${what}`;
  const linked = before.certificates.filter((certificate) =>
    certificate.appliedIn.some((link) => sameRef(link, { kind, id })),
  ).length;
  if (linked === 0) return `deleted ${what}`;
  return `deleted ${what} and ${linked === 1 ? 'its certificate' : `its ${linked} certificates`}`;
}

function linkEnds(before: Profile, certificateId: string, to: z.infer<typeof LinkTargetSchema>) {
  return {
    certificate: titleIn(before.certificates, certificateId) ?? 'a certificate',
    work: titleIn(to.kind === 'role' ? before.roles : before.projects, to.id) ?? `a ${to.kind}`,
  };
}

function awardLinkEnds(before: Profile, awardId: string, to: z.infer<typeof LinkTargetSchema>) {
  return {
    award: titleIn(before.awards, awardId) ?? 'an award',
    work: titleIn(to.kind === 'role' ? before.roles : before.projects, to.id) ?? `a ${to.kind}`,
  };
}

function providerName(before: Profile, id: string): string | null {
  const found = before.providers.custom.find((provider) => provider.id === id);
  return found === undefined ? null : quoted(found.name);
}

/**
 * A short label for a command, naming what it changed: a lower-case past-tense clause, so the
 * undo notice reads "Undone: attached “SQL Basics” to “Data analyst”". `before` is the profile the
 * command applies to; deletes and links take their titles from it.
 */
export function describeCommand(command: Command, before: Profile): string {
  switch (command.type) {
    case 'role.add':
      return `added role ${quoted(command.role.title)}`;
    case 'role.update':
      return edited('role', command.role.title, titleIn(before.roles, command.role.id));
    case 'role.delete':
      return deleted(before, 'role', command.id, command.linkedCertificates);
    case 'project.add':
      return `added project ${quoted(command.project.title)}`;
    case 'project.update':
      return edited('project', command.project.title, titleIn(before.projects, command.project.id));
    case 'project.delete':
      return deleted(before, 'project', command.id, command.linkedCertificates);
    case 'certificate.add':
      return `added certificate ${quoted(command.certificate.title)}`;
    case 'certificate.update':
      return edited('certificate', command.certificate.title, titleIn(before.certificates, command.certificate.id));
    case 'certificate.delete': {
      const title = titleIn(before.certificates, command.id);
      return title === null ? 'deleted a certificate' : `deleted certificate ${title}`;
    }
    case 'target.add':
      return `added target role ${quoted(command.target.title)}`;
    case 'target.update':
      return edited('target role', command.target.title, titleIn(before.targets, command.target.id));
    case 'target.delete': {
      const title = titleIn(before.targets, command.id);
      return title === null ? 'deleted a target role' : `deleted target role ${title}`;
    }
    case 'target.setActive':
      return command.id === null
        ? 'cleared the active target'
        : `made ${titleIn(before.targets, command.id) ?? 'a target role'} the active target`;
    case 'link.attach': {
      const { certificate, work } = linkEnds(before, command.certificateId, command.to);
      // Attaching again only changes the note on an existing link.
      const linked = before.certificates
        .find((entry) => entry.id === command.certificateId)
        ?.appliedIn.some((link) => sameRef(link, command.to));
      return linked === true ? `edited how ${certificate} was used in ${work}` : `attached ${certificate} to ${work}`;
    }
    case 'link.detach': {
      const { certificate, work } = linkEnds(before, command.certificateId, command.to);
      return `unlinked ${certificate} from ${work}`;
    }
    case 'award.add':
      return `added award ${quoted(command.award.title)}`;
    case 'award.update':
      return edited('award', command.award.title, titleIn(before.awards, command.award.id));
    case 'award.delete': {
      const title = titleIn(before.awards, command.id);
      return title === null ? 'deleted an award' : `deleted award ${title}`;
    }
    case 'award.attach': {
      const { award, work } = awardLinkEnds(before, command.awardId, command.to);
      const linked = before.awards
        .find((entry) => entry.id === command.awardId)
        ?.appliedIn.some((link) => sameRef(link, command.to));
      return linked === true ? `edited why ${award} was given for ${work}` : `attached ${award} to ${work}`;
    }
    case 'award.detach': {
      const { award, work } = awardLinkEnds(before, command.awardId, command.to);
      return `unlinked ${award} from ${work}`;
    }
    case 'person.update':
      return 'edited your details';
    case 'finding.dismiss':
      return 'dismissed a finding';
    case 'finding.dismissMany':
      return command.findings.length === 1 ? 'dismissed a finding' : `put ${command.findings.length} findings aside`;
    case 'finding.restore':
      return 'brought back a finding';
    case 'settings.update':
      return 'changed settings';
    case 'provider.add':
      return `added provider ${quoted(command.provider.name)}`;
    case 'provider.update':
      return edited('provider', command.provider.name, providerName(before, command.provider.id));
    case 'provider.delete': {
      const name = providerName(before, command.id);
      return name === null ? 'deleted a provider' : `deleted provider ${name}`;
    }
    case 'provider.setRecognised': {
      const name = providerName(before, command.providerId) ?? 'a provider';
      return command.recognised ? `marked ${name} as recognised` : `marked ${name} as not recognised`;
    }
    case 'plan.add':
    case 'plan.update':
    case 'plan.delete':
    case 'log.add':
    case 'log.update':
    case 'log.delete':
      return describeLearningCommand(command, before);
    case 'profile.replace':
      return command.label;
  }
}

/**
 * Applies one edit. Pure: the input profile is never mutated, and entities the command does not
 * touch keep their identity, which is what makes undo deltas cheap. Any result that would leave
 * a dangling link is refused with the reason.
 */
export function apply(profile: Profile, command: Command): ApplyResult {
  const next = applyUnchecked(profile, command);
  if (typeof next === 'string') return { ok: false, message: next };
  const problems = integrityProblems(next);
  if (problems.length > 0) return { ok: false, message: problems.join(' ') };
  return { ok: true, profile: next };
}

type Entity = { id: string };

function added<T extends Entity>(list: readonly T[], entity: T, kind: string): T[] | string {
  if (list.some((existing) => existing.id === entity.id)) return `A ${kind} with the id ${entity.id} already exists.`;
  return [...list, entity];
}

function updated<T extends Entity>(list: readonly T[], entity: T, kind: string): T[] | string {
  const index = list.findIndex((existing) => existing.id === entity.id);
  if (index === -1) return `There is no ${kind} with the id ${entity.id}.`;
  return list.with(index, entity);
}

function removed<T extends Entity>(list: readonly T[], id: string, kind: string): T[] | string {
  if (!list.some((existing) => existing.id === id)) return `There is no ${kind} with the id ${id}.`;
  return list.filter((existing) => existing.id !== id);
}

/** Puts a changed list back into the profile, or passes a refusal through. */
function withList<K extends 'roles' | 'projects' | 'certificates' | 'awards' | 'targets'>(
  profile: Profile,
  key: K,
  list: Profile[K] | string,
): Profile | string {
  return typeof list === 'string' ? list : { ...profile, [key]: list };
}

/**
 * Removes a role or project and settles every certificate that pointed at it, as the user chose.
 * An award given for it stays (the recognition happened) and loses only its link to it.
 */
function removeLinked(
  profile: Profile,
  kind: WorkKind,
  id: string,
  choice: LinkedCertificatesChoice | undefined,
): Profile | string {
  const pointsHere = (link: EntityRef) => sameRef(link, { kind, id });
  const linked = profile.certificates.filter((certificate) => certificate.appliedIn.some(pointsHere));
  if (linked.length > 0 && choice === undefined) {
    return `${linked.length} certificate(s) are linked to this ${kind}: choose whether to keep them unlinked or delete them.`;
  }
  const without =
    kind === 'role'
      ? withList(profile, 'roles', removed(profile.roles, id, kind))
      : withList(profile, 'projects', removed(profile.projects, id, kind));
  if (typeof without === 'string') return without;
  const linkedIds = new Set(linked.map((certificate) => certificate.id));
  const certificates =
    choice === 'delete-certificates'
      ? without.certificates.filter((certificate) => !linkedIds.has(certificate.id))
      : without.certificates.map((certificate) =>
          linkedIds.has(certificate.id)
            ? {
                ...certificate,
                appliedIn: certificate.appliedIn.filter((link) => !pointsHere(link)),
              }
            : certificate,
        );
  const projects =
    kind === 'role'
      ? without.projects.map((project) => (project.roleId === id ? { ...project, roleId: null } : project))
      : without.projects;
  const awards = without.awards.some((award) => award.appliedIn.some(pointsHere))
    ? without.awards.map((award) =>
        award.appliedIn.some(pointsHere)
          ? { ...award, appliedIn: award.appliedIn.filter((link) => !pointsHere(link)) }
          : award,
      )
    : without.awards;
  const gone = [
    { kind, id },
    ...(choice === 'delete-certificates' ? linked : []).map((certificate) => ({
      kind: 'certificate' as const,
      id: certificate.id,
    })),
  ];
  return withoutReferencesTo({ ...without, certificates, projects, awards }, gone);
}

function withCertificate(
  profile: Profile,
  certificateId: string,
  change: (
    appliedIn: Profile['certificates'][number]['appliedIn'],
  ) => Profile['certificates'][number]['appliedIn'] | string,
): Profile | string {
  const index = profile.certificates.findIndex((certificate) => certificate.id === certificateId);
  const certificate = profile.certificates[index];
  if (certificate === undefined) return `There is no certificate with the id ${certificateId}.`;
  const appliedIn = change(certificate.appliedIn);
  if (typeof appliedIn === 'string') return appliedIn;
  return { ...profile, certificates: profile.certificates.with(index, { ...certificate, appliedIn }) };
}

type Links = Profile['certificates'][number]['appliedIn'];

function withAward(profile: Profile, awardId: string, change: (appliedIn: Links) => Links | string): Profile | string {
  const index = profile.awards.findIndex((award) => award.id === awardId);
  const award = profile.awards[index];
  if (award === undefined) return `There is no award with the id ${awardId}.`;
  const appliedIn = change(award.appliedIn);
  if (typeof appliedIn === 'string') return appliedIn;
  return { ...profile, awards: profile.awards.with(index, { ...award, appliedIn }) };
}

/** A link made again only changes its note. */
function attached(appliedIn: Links, to: z.infer<typeof LinkTargetSchema>, note: string): Links {
  const index = appliedIn.findIndex((link) => sameRef(link, to));
  const link = { ...to, note };
  return index === -1 ? [...appliedIn, link] : appliedIn.with(index, link);
}

function detached(appliedIn: Links, to: z.infer<typeof LinkTargetSchema>, what: string): Links | string {
  const kept = appliedIn.filter((link) => !sameRef(link, to));
  return kept.length === appliedIn.length ? `That ${what} is not linked to this ${to.kind}.` : kept;
}

function applyUnchecked(profile: Profile, command: Command): Profile | string {
  switch (command.type) {
    case 'role.add':
      return withList(profile, 'roles', added(profile.roles, command.role, 'role'));
    case 'role.update':
      return withList(profile, 'roles', updated(profile.roles, command.role, 'role'));
    case 'role.delete':
      return removeLinked(profile, 'role', command.id, command.linkedCertificates);
    case 'project.add':
      return withList(profile, 'projects', added(profile.projects, command.project, 'project'));
    case 'project.update':
      return withList(profile, 'projects', updated(profile.projects, command.project, 'project'));
    case 'project.delete':
      return removeLinked(profile, 'project', command.id, command.linkedCertificates);
    case 'certificate.add':
      return withList(profile, 'certificates', added(profile.certificates, command.certificate, 'certificate'));
    case 'certificate.update':
      return withList(profile, 'certificates', updated(profile.certificates, command.certificate, 'certificate'));
    case 'certificate.delete': {
      const without = withList(profile, 'certificates', removed(profile.certificates, command.id, 'certificate'));
      return typeof without === 'string'
        ? without
        : withoutReferencesTo(without, [{ kind: 'certificate', id: command.id }]);
    }
    case 'target.add':
      return withList(profile, 'targets', added(profile.targets, command.target, 'target role'));
    case 'target.update':
      return withList(profile, 'targets', updated(profile.targets, command.target, 'target role'));
    case 'target.delete': {
      const without = withList(profile, 'targets', removed(profile.targets, command.id, 'target role'));
      if (typeof without === 'string') return without;
      // The target's plan goes with it; undo brings both back as one step.
      const cleared = withoutPlanOf(without, command.id);
      return cleared.activeTargetId === command.id ? { ...cleared, activeTargetId: null } : cleared;
    }
    case 'target.setActive':
      if (command.id !== null && !profile.targets.some((target) => target.id === command.id)) {
        return `There is no target role with the id ${command.id}.`;
      }
      return { ...profile, activeTargetId: command.id };
    case 'link.attach':
      return withCertificate(profile, command.certificateId, (appliedIn) =>
        attached(appliedIn, command.to, command.note),
      );
    case 'link.detach':
      return withCertificate(profile, command.certificateId, (appliedIn) =>
        detached(appliedIn, command.to, 'certificate'),
      );
    case 'award.add':
      return withList(profile, 'awards', added(profile.awards, command.award, 'award'));
    case 'award.update':
      return withList(profile, 'awards', updated(profile.awards, command.award, 'award'));
    case 'award.delete': {
      const without = withList(profile, 'awards', removed(profile.awards, command.id, 'award'));
      return typeof without === 'string' ? without : withoutReferencesTo(without, [{ kind: 'award', id: command.id }]);
    }
    case 'award.attach':
      return withAward(profile, command.awardId, (appliedIn) => attached(appliedIn, command.to, command.note));
    case 'award.detach':
      return withAward(profile, command.awardId, (appliedIn) => detached(appliedIn, command.to, 'award'));
    case 'person.update':
      return { ...profile, person: command.person };
    case 'finding.dismiss': {
      const others = profile.dismissedFindings.filter((finding) => finding.key !== command.finding.key);
      return { ...profile, dismissedFindings: [...others, command.finding] };
    }
    case 'finding.dismissMany': {
      const added = new Map(command.findings.map((finding) => [finding.key, finding]));
      const others = profile.dismissedFindings.filter((finding) => !added.has(finding.key));
      return { ...profile, dismissedFindings: [...others, ...added.values()] };
    }
    case 'finding.restore': {
      const kept = profile.dismissedFindings.filter((finding) => finding.key !== command.key);
      if (kept.length === profile.dismissedFindings.length) return 'That finding is not dismissed.';
      return { ...profile, dismissedFindings: kept };
    }
    case 'settings.update':
      return { ...profile, settings: command.settings };
    case 'provider.add':
    case 'provider.update':
    case 'provider.delete': {
      const { custom } = profile.providers;
      const list =
        command.type === 'provider.add'
          ? added(custom, command.provider, 'provider')
          : command.type === 'provider.update'
            ? updated(custom, command.provider, 'provider')
            : removed(custom, command.id, 'provider');
      return typeof list === 'string' ? list : { ...profile, providers: { ...profile.providers, custom: list } };
    }
    case 'provider.setRecognised': {
      // A custom provider carries its own flag; a bundled one gets an override.
      const index = profile.providers.custom.findIndex((provider) => provider.id === command.providerId);
      const custom = profile.providers.custom[index];
      if (custom !== undefined) {
        const list = profile.providers.custom.with(index, { ...custom, recognised: command.recognised });
        return { ...profile, providers: { ...profile.providers, custom: list } };
      }
      const overrides = [
        ...profile.providers.overrides.filter((override) => override.providerId !== command.providerId),
        { providerId: command.providerId, recognised: command.recognised },
      ];
      return { ...profile, providers: { ...profile.providers, overrides } };
    }
    case 'plan.add':
    case 'plan.update':
    case 'plan.delete':
    case 'log.add':
    case 'log.update':
    case 'log.delete':
      return learningApplied(profile, command);
    case 'profile.replace':
      return command.profile;
  }
}

export type { LearningCommand };
