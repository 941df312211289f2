import { z } from 'zod';
import { CredentialCheckSchema, type Certificate, type Profile, type Project, type Role } from '../domain/profile';
import { integrityProblems } from '../profile/integrity';
import { EntryProblemSchema, ImportFormatSchema, type DraftEntry, type ImportDraft } from './draft';
import {
  mergeCertificate,
  mergeDeclaredSkill,
  mergeProject,
  mergeRole,
  sameDate,
  sameSkill,
  whatMergeAdds,
} from './merge';
import { normalizeText } from '../taxonomy/text';
import { planWording as words } from './plan-wording';

export const PlanActionSchema = z.enum(['add', 'merge', 'skip']);
export type PlanAction = z.infer<typeof PlanActionSchema>;

/** One line of the preview: what will happen to one entry of the file, and why. */
export const PlanItemSchema = z
  .object({
    ref: z.string(),
    kind: z.enum(['role', 'project', 'certificate', 'skill', 'unreadable']),
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

/** The user's say on the preview: entries left out, and invalid or expired credentials they accept. */
export const ImportChoiceSchema = z
  .object({
    excluded: z.array(z.string().max(200)).max(20_000),
    confirmed: z.array(z.string().max(200)).max(20_000),
  })
  .strict();
export type ImportChoice = z.infer<typeof ImportChoiceSchema>;
export const NO_CHOICE: ImportChoice = { excluded: [], confirmed: [] };

export interface ImportPlan {
  items: PlanItem[];
  /** The profile with everything included applied; equal to the input when nothing is. */
  profile: Profile;
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
    case 'unreadable':
      return entry.title;
  }
}

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
  };
}

function memoizedSameText(): (a: string, b: string) => boolean {
  const normal = new Map<string, string>();
  const of = (text: string) => {
    let found = normal.get(text);
    if (found === undefined) {
      found = normalizeText(text);
      normal.set(text, found);
    }
    return found;
  };
  return (a, b) => a === b || of(a) === of(b);
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
  const { role: sameRole, project: sameProject, certificate: sameCertificate } = matchers(memoizedSameText());
  const excluded = new Set(choice.excluded);
  const confirmed = new Set(choice.confirmed);
  let roles = profile.roles;
  let projects = profile.projects;
  let certificates = profile.certificates;
  let skills = profile.skills;
  const placed = new Map<string, Placed>();
  const items: PlanItem[] = [];

  const item = (entry: DraftEntry, action: PlanAction, reason: string, extra?: Partial<PlanItem>): PlanItem => {
    const planned: PlanItem = {
      ref: entry.ref,
      kind: entry.kind,
      title: titleOf(entry),
      place: entry.place,
      action,
      reason,
      problems: entry.problems,
      needsConfirm: false,
      included: action !== 'skip' && !excluded.has(entry.ref),
      credential: null,
      ...extra,
    };
    items.push(planned);
    return planned;
  };
  const blocked = (entry: DraftEntry) => entry.problems.find((problem) => problem.blocking);

  // Roles first, then projects (they name roles), then certificates (they name both).
  const order = { role: 0, project: 1, certificate: 2, skill: 3, unreadable: 4 } as const;
  const entries = [...draft.entries].sort((a, b) => order[a.kind] - order[b.kind]);

  for (const entry of entries) {
    const blocker = blocked(entry);
    if (entry.kind === 'unreadable' || blocker !== undefined) {
      item(entry, 'skip', blocker?.message ?? entry.problems[0]?.message ?? words.unreadable);
      continue;
    }
    switch (entry.kind) {
      case 'role': {
        const match = roles.find((role) => sameRole(role, entry.role));
        if (match === undefined) {
          const planned = item(entry, 'add', words.newEntry);
          if (planned.included) {
            const id = newId();
            roles = [...roles, { ...entry.role, id }];
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeRole(match, entry.role);
        const planned = mergeOrSkip(item, entry, match.title, whatMergeAdds(match, merged), words.sameRole);
        placed.set(entry.ref, { id: match.id, action: planned.action });
        if (planned.included) roles = roles.map((role) => (role === match ? merged : role));
        break;
      }
      case 'project': {
        const roleId = entry.roleRef === null ? null : (placed.get(entry.roleRef)?.id ?? null);
        const incoming = { ...entry.project, roleId };
        const match = projects.find((project) => sameProject(project, incoming));
        if (match === undefined) {
          const planned = item(entry, 'add', words.newEntry);
          if (planned.included) {
            const id = newId();
            projects = [...projects, { ...incoming, id }];
            placed.set(entry.ref, { id, action: 'add' });
          }
          break;
        }
        const merged = mergeProject(match, incoming);
        const planned = mergeOrSkip(item, entry, match.title, whatMergeAdds(match, merged), words.sameProject);
        placed.set(entry.ref, { id: match.id, action: planned.action });
        if (planned.included) projects = projects.map((project) => (project === match ? merged : project));
        break;
      }
      case 'certificate': {
        const appliedIn = entry.links.flatMap((link) => {
          const target = placed.get(link.ref);
          const draftKind = draft.entries.find((other) => other.ref === link.ref)?.kind;
          if (target === undefined || (draftKind !== 'role' && draftKind !== 'project')) return [];
          return [{ kind: draftKind, id: target.id, note: link.note }];
        });
        const incoming = { ...entry.certificate, appliedIn };
        const check = incoming.credential;
        const needsConfirm = check !== null && (check.status === 'invalid' || check.expired);
        const confirmedByUser = needsConfirm && confirmed.has(entry.ref);
        const match = certificates.find((certificate) => sameCertificate(certificate, incoming));
        const extra = { credential: check, needsConfirm };
        if (match === undefined) {
          const planned = item(entry, 'add', needsConfirm ? words.needsConfirm(check) : words.newEntry, extra);
          if (needsConfirm && !confirmedByUser) planned.included = false;
          if (planned.included) certificates = [...certificates, { ...incoming, id: newId() }];
          break;
        }
        const merged = mergeCertificate(match, incoming);
        const planned = mergeOrSkip(
          item,
          entry,
          match.title,
          whatMergeAdds(match, merged),
          words.sameCertificate,
          extra,
        );
        if (needsConfirm && !confirmedByUser) planned.included = false;
        if (planned.included)
          certificates = certificates.map((certificate) => (certificate === match ? merged : certificate));
        break;
      }
      case 'skill': {
        const match = skills.find((skill) => sameSkill(skill.skill, entry.skill.skill));
        if (match === undefined) {
          const planned = item(entry, 'add', words.newSkill);
          if (planned.included) skills = [...skills, entry.skill];
          break;
        }
        const merged = mergeDeclaredSkill(match, entry.skill);
        const planned = mergeOrSkip(item, entry, match.skill.label, whatMergeAdds(match, merged), words.sameSkill);
        if (planned.included) skills = skills.map((skill) => (skill === match ? merged : skill));
        break;
      }
    }
  }

  const next =
    roles === profile.roles &&
    projects === profile.projects &&
    certificates === profile.certificates &&
    skills === profile.skills
      ? profile
      : { ...profile, roles, projects, certificates, skills };
  const problems = integrityProblems(next);
  // The plan only links to entities it placed itself, so this would be a bug in the plan, not in the file.
  if (problems.length > 0) throw new Error(`The import plan would break the profile: ${problems.join(' ')}`);
  return { items: restoreFileOrder(items, draft), profile: next };
}

type ItemMaker = (entry: DraftEntry, action: PlanAction, reason: string, extra?: Partial<PlanItem>) => PlanItem;

function mergeOrSkip(
  item: ItemMaker,
  entry: DraftEntry,
  existingTitle: string,
  adds: Array<{ field: string; count: number }>,
  same: (title: string) => string,
  extra?: Partial<PlanItem>,
): PlanItem {
  return adds.length === 0
    ? item(entry, 'skip', words.nothingNew(same(existingTitle)), extra)
    : item(entry, 'merge', words.mergeAdds(same(existingTitle), adds), extra);
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
