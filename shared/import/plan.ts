import { z } from 'zod';
import type { LearningSession } from '../domain/plan';
import {
  CredentialCheckSchema,
  DeclaredSkillSchema,
  EntityKindSchema,
  type Award,
  type Certificate,
  type Profile,
  type Project,
  type Role,
} from '../domain/profile';
import { TitleSchema } from '../domain/refs';
import type { PartialDate } from '../domain/dates';
import { readableDate } from '../domain/months';
import { integrityProblems } from '../profile/integrity';
import { draftRefOf, EntryProblemSchema, ImportFormatSchema, type DraftEntry, type ImportDraft } from './draft';
import {
  mergeAward,
  mergeCertificate,
  mergeDeclaredSkill,
  mergePerson,
  mergeProject,
  mergeRole,
  personFieldsKept,
  sameDate,
  sameListedSkill,
  whatMergeAdds,
} from './merge';
import { textKey } from '../taxonomy/text';
import { IndexedList } from './indexed-list';
import { holdsValue } from './plain-data';
import { planWording as words } from './plan-wording';

export const PlanActionSchema = z.enum(['add', 'merge', 'skip']);
export type PlanAction = z.infer<typeof PlanActionSchema>;

/** One line of the preview: what will happen to one entry of the file, and why. */
export const PlanItemSchema = z
  .object({
    ref: z.string(),
    /** A declared language is listed as one ('language'), though it is imported as a declared skill. */
    kind: z.enum([
      ...EntityKindSchema.options,
      ...DeclaredSkillSchema.shape.kind.options,
      'person',
      'session',
      'unreadable',
    ]),
    title: z.string(),
    place: z.string(),
    action: PlanActionSchema,
    reason: z.string(),
    problems: z.array(EntryProblemSchema),
    /** An invalid or expired credential: imported only when the user says so. */
    needsConfirm: z.boolean(),
    /** Whether it is part of what "Import" will do, after the user's choices. */
    included: z.boolean(),
    credential: CredentialCheckSchema.nullable(),
    /** A degree or other formal education, shown as such rather than as a certificate. */
    education: z.boolean(),
    /**
     * Values the file lacks that the person types in the preview (see ImportChoice's completions). They stay
     * listed once typed, so the field stays editable; while one is missing the entry is skipped.
     */
    needs: z.array(z.literal('title')),
    /**
     * What the file does say about an entry that needs a title (who issued it, when, where it is
     * published), so the person can tell which course or badge they are naming; empty otherwise.
     */
    facts: z.array(z.string()),
  })
  .strict();
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const ImportPreviewSchema = z
  .object({
    /** Names the parsed file in main, so "Import" applies exactly what was previewed. */
    token: z.string(),
    format: ImportFormatSchema,
    fileName: z.string(),
    items: z.array(PlanItemSchema),
    problems: z.array(EntryProblemSchema),
    counts: z.object({ add: z.number(), merge: z.number(), skip: z.number() }).strict(),
  })
  .strict();
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** A value the file lacks, typed by the person for the entry `ref` (see PlanItem's needs). */
export const CompletionSchema = z.object({ ref: z.string().max(200), title: TitleSchema }).strict();
export type Completion = z.infer<typeof CompletionSchema>;

/**
 * The user's say on the preview: entries left out, invalid or expired credentials they accept, and the
 * titles they typed for entries whose file lacks one.
 */
export const ImportChoiceSchema = z
  .object({
    excluded: z.array(z.string().max(200)).max(20_000),
    confirmed: z.array(z.string().max(200)).max(20_000),
    completions: z.array(CompletionSchema).max(20_000).optional(),
  })
  .strict();
export type ImportChoice = z.infer<typeof ImportChoiceSchema>;
export const NO_CHOICE: ImportChoice = { excluded: [], confirmed: [] };

export interface ImportPlan {
  items: PlanItem[];
  /** The profile with everything included applied; equal to the input when nothing is. */
  profile: Profile;
  /**
   * The id in `profile` of the entity each entry of the file (by ref) became or matched: a role,
   * project, certificate, award or session. Skills and the person have no id.
   */
  ids: ReadonlyMap<string, string>;
}

type Placed = { id: string; action: PlanAction };

function titleOf(entry: DraftEntry): string {
  switch (entry.kind) {
    case 'role':
      return entry.role.organization === '' ? entry.role.title : `${entry.role.title}, ${entry.role.organization}`;
    case 'project':
      return entry.project.title;
    case 'certificate':
      return entry.certificate.title;
    case 'skill':
      return entry.skill.skill.label;
    case 'award':
      return entry.award.title;
    case 'person':
      return entry.person.name;
    case 'session':
      return entry.session.what;
    case 'unreadable':
      return entry.title;
  }
}

/** The entry with the title the person typed in place of the stand-in; entries that need nothing are as they are. */
function completed(entry: DraftEntry, title: string): DraftEntry {
  switch (entry.kind) {
    case 'role':
      return { ...entry, role: { ...entry.role, title } };
    case 'project':
      return { ...entry, project: { ...entry.project, title } };
    case 'certificate':
      return { ...entry, certificate: { ...entry.certificate, title } };
    case 'award':
      return { ...entry, award: { ...entry.award, title } };
    case 'skill':
      return { ...entry, skill: { ...entry.skill, skill: { label: title, conceptId: null } } };
    case 'session':
      return { ...entry, session: { ...entry.session, what: title } };
    case 'person':
      return { ...entry, person: { ...entry.person, name: title } };
    case 'unreadable':
      return entry;
  }
}

/** The typed title for each entry that needs one, or null while it is still missing. */
function withCompletions(entries: readonly DraftEntry[], completions: readonly Completion[]) {
  const typed = new Map(completions.map((completion) => [completion.ref, completion.title.trim()]));
  return entries.map((entry) => {
    const needs = entry.kind === 'unreadable' ? [] : (entry.needs ?? []);
    if (!needs.includes('title')) return { entry, needs, missing: false };
    const title = typed.get(entry.ref);
    return title === undefined || title === ''
      ? { entry, needs, missing: true }
      : { entry: completed(entry, title), needs, missing: false };
  });
}

/** The values an entry that needs a title does have, each as the preview shows it. */
function factsOf(entry: DraftEntry): string[] {
  const span = (from: PartialDate | null, to: PartialDate | null) =>
    [from, to].flatMap((date) => (date === null ? [] : [readableDate(date)])).join(' – ');
  const listed = (values: Array<string | null>) =>
    values.filter((value): value is string => value !== null && value.trim() !== '');
  switch (entry.kind) {
    case 'certificate': {
      const { provider, started, issued, credentialUrl, credentialId } = entry.certificate;
      return listed([provider, span(started, issued), credentialId, credentialUrl]);
    }
    case 'role':
      return listed([entry.role.organization, span(entry.role.start, entry.role.end)]);
    case 'project':
      return listed([entry.project.organization, span(entry.project.start, entry.project.end)]);
    case 'award':
      return listed([entry.award.awarder, entry.award.date === null ? null : readableDate(entry.award.date)]);
    default:
      return [];
  }
}

/** What makes two sessions of the log the same sitting, whatever their ids. */
const sessionKey = (session: LearningSession, key: (text: string) => string) =>
  `${session.date}|${String(session.minutes)}|${key(session.what)}`;

/**
 * Each entry of the file is compared with every entry placed so far, so the same titles are compared
 * thousands of times on a large file: their normal forms are worked out once per plan, not per pair.
 */
function matchers(same: (a: string, b: string) => boolean) {
  return {
    role: (a: Role, b: Role) =>
      same(a.title, b.title) && same(a.organization, b.organization) && sameDate(a.start, b.start),
    project: (a: Project, b: Project) => same(a.title, b.title) && sameDate(a.start, b.start),
    certificate: (a: Certificate, b: Certificate): boolean => {
      if (a.credentialId.trim() !== '' && a.credentialId.trim() === b.credentialId.trim()) return true;
      if (a.credentialUrl !== null && a.credentialUrl === b.credentialUrl) return true;
      return same(a.title, b.title) && same(a.provider, b.provider) && sameDate(a.issued, b.issued);
    },
    award: (a: Award, b: Award) => same(a.title, b.title) && same(a.awarder, b.awarder) && sameDate(a.date, b.date),
  };
}

function memoizedSameText() {
  const keys = new Map<string, string>();
  const of = (text: string) => {
    let found = keys.get(text);
    if (found === undefined) {
      found = textKey(text);
      keys.set(text, found);
    }
    return found;
  };
  return { key: of, equal: (a: string, b: string) => a === b || of(a) === of(b) };
}

/**
 * Compares a parsed file with the profile: each entry is added, merged into the entry it matches
 * (same title + organisation + start; for certificates the same credential id or URL), or skipped,
 * with the reason. Pure and deterministic given `newId`, so main can preview and later apply the
 * same file against whatever the profile is by then.
 */
export function planImport(
  profile: Profile,
  draft: ImportDraft,
  choice: ImportChoice,
  newId: () => string,
): ImportPlan {
  const same = memoizedSameText();
  const { role: sameRole, project: sameProject, certificate: sameCertificate, award: sameAward } = matchers(same.equal);
  // A blank title names nothing, so it is looked up under no key and never matches another entry.
  const keyed = (prefix: string, text: string) => {
    const key = same.key(text);
    return key === '' ? null : `${prefix}${key}`;
  };
  const titleKey = (title: string) => keyed('t:', title);
  const excluded = new Set(choice.excluded);
  const confirmed = new Set(choice.confirmed);
  const roles = new IndexedList(profile.roles, (role) => [titleKey(role.title)]);
  const projects = new IndexedList(profile.projects, (project) => [titleKey(project.title)]);
  const certificates = new IndexedList(profile.certificates, (certificate) => [
    titleKey(certificate.title),
    certificate.credentialId.trim() === '' ? null : `i:${certificate.credentialId.trim()}`,
    certificate.credentialUrl === null ? null : `u:${certificate.credentialUrl}`,
  ]);
  const skills = new IndexedList(profile.skills, ({ skill }) => [
    skill.conceptId === null ? null : `c:${skill.conceptId}`,
    keyed('l:', skill.label),
  ]);
  const awards = new IndexedList(profile.awards, (award) => [titleKey(award.title)]);
  // A badge already imported is known by its credential id or URL: the person is not asked its title again.
  const knownCertificate = (certificate: Certificate) =>
    certificates.find(certificate, (kept) => sameCertificate(kept, certificate))?.item;
  const sessionKeys = new Set(profile.log.map((session) => sessionKey(session, same.key)));
  const log: LearningSession[] = [];
  let person = profile.person;
  const kindOf = new Map(draft.entries.map((entry) => [entry.ref, entry.kind]));
  const placed = new Map<string, Placed>();
  const items: PlanItem[] = [];

  const makeItem = (entry: DraftEntry, action: PlanAction, reason: string, extra?: Partial<PlanItem>): PlanItem => {
    const planned: PlanItem = {
      ref: entry.ref,
      kind: entry.kind === 'skill' && entry.skill.kind === 'language' ? 'language' : entry.kind,
      title: titleOf(entry),
      place: entry.place,
      action,
      reason,
      problems: entry.problems,
      needsConfirm: false,
      included: action !== 'skip' && !excluded.has(entry.ref),
      credential: null,
      education: false,
      needs: [],
      facts: [],
      ...extra,
    };
    items.push(planned);
    return planned;
  };
  const blocked = (entry: DraftEntry) => entry.problems.find((problem) => problem.blocking);

  /** Links to roles and projects of the same file, by the ids they were given (or matched) in this plan. */
  const linksOf = (links: ReadonlyArray<{ ref: string; note: string }>) =>
    links.flatMap((link) => {
      const target = placed.get(link.ref);
      const draftKind = kindOf.get(link.ref);
      if (target === undefined || (draftKind !== 'role' && draftKind !== 'project')) return [];
      return [{ kind: draftKind, id: target.id, note: link.note }];
    });

  const certificateIds = (ref: string) => (kindOf.get(ref) === 'certificate' ? placed.get(ref)?.id : undefined);

  // Roles first, then projects (they name roles), then certificates and awards (they name both), and
  // sessions last (they may name a certificate of the same file).
  // A language is a declared skill (the draft never names one apart); it takes the skills' place.
  const order: Record<PlanItem['kind'], number> = {
    role: 0,
    project: 1,
    certificate: 2,
    award: 3,
    skill: 4,
    language: 4,
    person: 5,
    session: 6,
    unreadable: 7,
  };
  const entries = withCompletions(draft.entries, choice.completions ?? []).sort(
    (a, b) => order[a.entry.kind] - order[b.entry.kind],
  );

  for (const listed of entries) {
    // A certificate already in the profile (the same badge again) takes the title it has there.
    const known =
      listed.missing && listed.entry.kind === 'certificate' ? knownCertificate(listed.entry.certificate) : undefined;
    const entry = known === undefined ? listed.entry : completed(listed.entry, known.title);
    const needs = known === undefined ? listed.needs : [];
    const item = (action: PlanAction, reason: string, extra?: Partial<PlanItem>) =>
      makeItem(entry, action, reason, { needs, ...extra });
    const blocker = blocked(entry);
    if (entry.kind === 'unreadable' || blocker !== undefined) {
      item('skip', blocker?.message ?? entry.problems[0]?.message ?? words.unreadable);
      continue;
    }
    if (listed.missing && known === undefined) {
      const check = entry.kind === 'certificate' ? entry.certificate.credential : null;
      item('skip', words.needsTitle, {
        education: entry.kind === 'certificate' && entry.certificate.learning === 'education',
        credential: check,
        needsConfirm: check !== null && (check.status === 'invalid' || check.expired),
        facts: factsOf(entry),
      });
      continue;
    }
    switch (entry.kind) {
      case 'role': {
        const match = roles.find(entry.role, (role) => sameRole(role, entry.role));
        if (match === undefined) {
          const planned = item('add', words.newEntry);
          if (planned.included) {
            const id = newId();
            roles.add({ ...entry.role, id });
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeRole(match.item, entry.role);
        const adds = whatMergeAdds(match.item, merged);
        const planned = mergeOrSkip(item, match.item.title, adds, words.sameRole);
        placed.set(entry.ref, { id: match.item.id, action: planned.action });
        if (planned.included) roles.replace(match.at, merged);
        break;
      }
      case 'project': {
        const roleId = entry.roleRef === null ? null : (placed.get(entry.roleRef)?.id ?? null);
        const incoming = { ...entry.project, roleId };
        const match = projects.find(incoming, (project) => sameProject(project, incoming));
        if (match === undefined) {
          const planned = item('add', words.newEntry);
          if (planned.included) {
            const id = newId();
            projects.add({ ...incoming, id });
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeProject(match.item, incoming);
        const adds = whatMergeAdds(match.item, merged);
        const planned = mergeOrSkip(item, match.item.title, adds, words.sameProject);
        placed.set(entry.ref, { id: match.item.id, action: planned.action });
        if (planned.included) projects.replace(match.at, merged);
        break;
      }
      case 'certificate': {
        const incoming = { ...entry.certificate, appliedIn: linksOf(entry.links) };
        const check = incoming.credential;
        const needsConfirm = check !== null && (check.status === 'invalid' || check.expired);
        const confirmedByUser = needsConfirm && confirmed.has(entry.ref);
        const match = certificates.find(incoming, (certificate) => sameCertificate(certificate, incoming));
        const extra = { credential: check, needsConfirm, education: incoming.learning === 'education' };
        if (match === undefined) {
          const planned = item('add', needsConfirm ? words.needsConfirm(check) : words.newEntry, extra);
          if (needsConfirm && !confirmedByUser) planned.included = false;
          if (planned.included) {
            const id = newId();
            certificates.add({ ...incoming, id });
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeCertificate(match.item, incoming);
        const adds = whatMergeAdds(match.item, merged);
        const planned = mergeOrSkip(item, match.item.title, adds, words.sameCertificate, extra);
        if (needsConfirm && !confirmedByUser) planned.included = false;
        else placed.set(entry.ref, { id: match.item.id, action: planned.action });
        if (planned.included) certificates.replace(match.at, merged);
        break;
      }
      case 'award': {
        const incoming = { ...entry.award, appliedIn: linksOf(entry.links) };
        const match = awards.find(incoming, (award) => sameAward(award, incoming));
        if (match === undefined) {
          const planned = item('add', words.newEntry);
          if (planned.included) {
            const id = newId();
            awards.add({ ...incoming, id });
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeAward(match.item, incoming);
        const adds = whatMergeAdds(match.item, merged);
        const planned = mergeOrSkip(item, match.item.title, adds, words.sameAward);
        placed.set(entry.ref, { id: match.item.id, action: planned.action });
        if (planned.included) awards.replace(match.at, merged);
        break;
      }
      case 'skill': {
        const match = skills.find(entry.skill, (skill) => sameListedSkill(skill.skill, entry.skill.skill));
        if (match === undefined) {
          const planned = item('add', words.newSkill);
          if (planned.included) skills.add(entry.skill);
          break;
        }
        const merged = mergeDeclaredSkill(match.item, entry.skill);
        const adds = whatMergeAdds(match.item, merged);
        const planned = mergeOrSkip(item, match.item.skill.label, adds, words.sameSkill);
        if (planned.included) skills.replace(match.at, merged);
        break;
      }
      case 'person': {
        const merged = mergePerson(person, entry.person);
        const adds = whatMergeAdds(person, merged);
        const kept = words.personKept(personFieldsKept(person, entry.person));
        let planned: PlanItem;
        if (adds.length === 0) planned = item('skip', `${words.personNothingNew}${kept}`);
        else if (!holdsValue(person)) planned = item('add', words.personNew);
        else planned = item('merge', `${words.personAdds(adds)}${kept}`);
        if (planned.included) person = merged;
        break;
      }
      case 'session': {
        const incoming = sessionFor(entry.session, certificateIds, profile);
        const key = sessionKey(incoming, same.key);
        if (sessionKeys.has(key)) {
          item('skip', words.sameSession);
          break;
        }
        if (profile.log.length + log.length >= MAX_LOG) {
          item('skip', words.logFull);
          break;
        }
        const planned = item('add', words.newSession);
        if (planned.included) {
          sessionKeys.add(key);
          const id = newId();
          log.push({ ...incoming, id });
          placed.set(entry.ref, { id, action: 'add' });
        }
        break;
      }
    }
  }

  const next = {
    roles: roles.result(profile.roles),
    projects: projects.result(profile.projects),
    certificates: certificates.result(profile.certificates),
    skills: skills.result(profile.skills),
    awards: awards.result(profile.awards),
    log: log.length === 0 ? profile.log : [...profile.log, ...log],
    person,
  };
  const unchanged =
    next.roles === profile.roles &&
    next.projects === profile.projects &&
    next.certificates === profile.certificates &&
    next.skills === profile.skills &&
    next.awards === profile.awards &&
    next.log === profile.log &&
    next.person === profile.person;
  const planned = unchanged ? profile : { ...profile, ...next };
  const problems = integrityProblems(planned);
  // The plan only links to entities it placed itself, so this would be a bug in the plan, not in the file.
  if (problems.length > 0) throw new Error(`The import plan would break the profile: ${problems.join(' ')}`);
  const ids = new Map([...placed].map(([ref, { id }]) => [ref, id]));
  return { items: restoreFileOrder(items, draft), profile: planned, ids };
}

type ItemMaker = (action: PlanAction, reason: string, extra?: Partial<PlanItem>) => PlanItem;

function mergeOrSkip(
  item: ItemMaker,
  existingTitle: string,
  adds: Array<{ field: string; count: number }>,
  same: (title: string) => string,
  extra?: Partial<PlanItem>,
): PlanItem {
  return adds.length === 0
    ? item('skip', words.nothingNew(same(existingTitle)), extra)
    : item('merge', words.mergeAdds(same(existingTitle), adds), extra);
}

/** The profile's cap on the learning log (ProfileSchema's log). */
const MAX_LOG = 20_000;

/**
 * A session names a certificate of the same file by its draft id (see draftId), or one of the profile by
 * its id; anything else, and any plan step (a file knows none), is let go rather than left dangling.
 */
function sessionFor(
  session: LearningSession,
  certificateIds: (ref: string) => string | undefined,
  profile: Profile,
): LearningSession {
  const named = session.certificateId;
  const ref = named === null ? null : draftRefOf(named);
  const fromFile = ref === null ? undefined : certificateIds(ref);
  const certificateId =
    fromFile ?? (named !== null && profile.certificates.some((certificate) => certificate.id === named) ? named : null);
  return { ...session, certificateId, stepId: null };
}

/** The preview lists entries in the order the file has them, whatever order they were planned in. */
function restoreFileOrder(items: PlanItem[], draft: ImportDraft): PlanItem[] {
  const position = new Map(draft.entries.map((entry, index) => [entry.ref, index]));
  return items.sort((a, b) => (position.get(a.ref) ?? 0) - (position.get(b.ref) ?? 0));
}

export function countActions(items: readonly PlanItem[]): Record<PlanAction, number> {
  const counts = { add: 0, merge: 0, skip: 0 };
  for (const planned of items) counts[planned.action] += 1;
  return counts;
}
