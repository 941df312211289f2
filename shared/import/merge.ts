import type {
  Award,
  Certificate,
  CredentialCheck,
  DeclaredSkill,
  Person,
  Project,
  Role,
  SkillRef,
} from '../domain/profile';
import { comparePartial } from '../domain/dates';
import { refKey } from '../domain/refs';
import { skillKey } from '../domain/skills';
import { textKey } from '../taxonomy/text';

/**
 * How an imported entry is folded into one already in the profile: what the user wrote stays, empty
 * fields are filled, lists gain what they lack. An import never overwrites the user's own words.
 */

/**
 * "Same" as a person would judge it: case, accents and spacing do not make two entries different,
 * while text in any script, or made only of emoji or punctuation, is compared as itself.
 */
export const sameText = (a: string, b: string) => textKey(a) === textKey(b);

/** A bare year matches any month of that year, a month any day of it: the sources differ in precision. */
export function sameDate(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two dates that agree (see sameDate); the kept one when they do not. */
function preciser(kept: string, incoming: string): string {
  return sameDate(kept, incoming) && incoming.length > kept.length ? incoming : kept;
}

const filled = (kept: string, incoming: string) => (kept.trim() === '' ? incoming : kept);

function union<T>(kept: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(kept.map(key));
  const added = incoming.filter((item) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) return false;
    seen.add(itemKey);
    return true;
  });
  return added.length === 0 ? [...kept] : [...kept, ...added];
}

export function mergeRole(kept: Role, incoming: Role): Role {
  return {
    ...kept,
    organization: filled(kept.organization, incoming.organization),
    location: filled(kept.location, incoming.location),
    summary: filled(kept.summary, incoming.summary),
    field: filled(kept.field, incoming.field),
    url: kept.url ?? incoming.url,
    organizationDescription: filled(kept.organizationDescription, incoming.organizationDescription),
    start: preciser(kept.start, incoming.start),
    end: kept.end === null ? null : incoming.end === null ? kept.end : preciser(kept.end, incoming.end),
    skills: union(kept.skills, incoming.skills, skillKey),
    highlights: union(kept.highlights, incoming.highlights, textKey),
  };
}

export function mergeProject(kept: Project, incoming: Project): Project {
  return {
    ...kept,
    start: preciser(kept.start, incoming.start),
    end: kept.end === null ? null : incoming.end === null ? kept.end : preciser(kept.end, incoming.end),
    roleId: kept.roleId ?? incoming.roleId,
    organization: filled(kept.organization, incoming.organization),
    roles: union(kept.roles, incoming.roles, textKey),
    skills: union(kept.skills, incoming.skills, skillKey),
    outcome: filled(kept.outcome, incoming.outcome),
    highlights: union(kept.highlights, incoming.highlights, textKey),
    evidence: union(kept.evidence, incoming.evidence, (link) => (link.kind === 'url' ? link.url : link.path)),
  };
}

/** Either date when only one is known, the more precise when both are (see preciser). */
function mergedDate(kept: string | null, incoming: string | null): string | null {
  if (kept === null) return incoming;
  return incoming === null ? kept : preciser(kept, incoming);
}

/** The merged start, unless it would fall after the issue date: then the kept one, or none. */
function startBy(issued: string | null, candidates: ReadonlyArray<string | null>): string | null {
  const fits = (started: string | null) =>
    started !== null && (issued === null || comparePartial(started, issued) <= 0);
  return candidates.find(fits) ?? null;
}

export function mergeCertificate(kept: Certificate, incoming: Certificate): Certificate {
  const issued = mergedDate(kept.issued, incoming.issued);
  return {
    ...kept,
    provider: filled(kept.provider, incoming.provider),
    started: startBy(issued, [mergedDate(kept.started, incoming.started), kept.started]),
    issued,
    expires: kept.expires ?? incoming.expires,
    credentialId: filled(kept.credentialId, incoming.credentialId),
    credentialUrl: kept.credentialUrl ?? incoming.credentialUrl,
    providerUrl: kept.providerUrl ?? incoming.providerUrl,
    skills: union(kept.skills, incoming.skills, skillKey),
    hours: kept.hours ?? incoming.hours,
    courses: union(kept.courses, incoming.courses, textKey),
    score: filled(kept.score, incoming.score),
    description: filled(kept.description, incoming.description),
    appliedIn: union(kept.appliedIn, incoming.appliedIn, refKey),
    credential: mergedCheck(kept.credential, incoming.credential),
  };
}

/** Worst first: a mark an earlier check left must never be lifted by a file that merely matches it. */
const STATUS_RANK: Record<CredentialCheck['status'], number> = {
  invalid: 3,
  unverifiable: 2,
  unsigned: 1,
  verified: 0,
};

/**
 * A new check replaces none, or one that found the same; otherwise the worse finding stays, and an
 * expiry once seen stays seen. A tampered credential re-imported next to a valid one keeps its mark.
 */
function mergedCheck(kept: CredentialCheck | null, incoming: CredentialCheck | null): CredentialCheck | null {
  if (incoming === null) return kept;
  if (kept === null) return incoming;
  if (kept.status === incoming.status && kept.expired === incoming.expired) return kept;
  const worse = STATUS_RANK[incoming.status] > STATUS_RANK[kept.status] ? incoming : kept;
  const expired = kept.expired || incoming.expired;
  return worse.expired === expired ? worse : { ...worse, expired };
}

export function mergeAward(kept: Award, incoming: Award): Award {
  return {
    ...kept,
    awarder: filled(kept.awarder, incoming.awarder),
    date: mergedDate(kept.date, incoming.date),
    summary: filled(kept.summary, incoming.summary),
    appliedIn: union(kept.appliedIn, incoming.appliedIn, refKey),
  };
}

/**
 * The person's details are theirs: a resume fills only what is empty, and a profile link is added when
 * no link names the same page (or, without a page, the same network and username).
 */
export function mergePerson(kept: Person, incoming: Person): Person {
  const location = kept.location;
  return {
    name: filled(kept.name, incoming.name),
    label: filled(kept.label, incoming.label),
    image: filled(kept.image, incoming.image),
    email: filled(kept.email, incoming.email),
    phone: filled(kept.phone, incoming.phone),
    url: kept.url ?? incoming.url,
    summary: filled(kept.summary, incoming.summary),
    location: {
      address: filled(location.address, incoming.location.address),
      postalCode: filled(location.postalCode, incoming.location.postalCode),
      city: filled(location.city, incoming.location.city),
      countryCode: filled(location.countryCode, incoming.location.countryCode),
      region: filled(location.region, incoming.location.region),
    },
    profiles: union(kept.profiles, incoming.profiles, (profile) =>
      profile.url === null ? `${textKey(profile.network)}|${textKey(profile.username)}` : profile.url,
    ),
    interests: union(kept.interests, incoming.interests, (interest) => textKey(interest.name)),
    references: union(kept.references, incoming.references, (reference) => textKey(reference.reference)),
  };
}

/** The person's fields a resume holds that differ from a non-empty value the person already has. */
export function personFieldsKept(kept: Person, incoming: Person): string[] {
  const differs = (a: string | null, b: string | null) =>
    a !== null && a.trim() !== '' && b !== null && b.trim() !== '' && a.trim() !== b.trim();
  const plain = ['name', 'label', 'image', 'email', 'phone', 'url', 'summary'] as const;
  const places = ['address', 'postalCode', 'city', 'countryCode', 'region'] as const;
  return [
    ...plain.filter((field) => differs(kept[field], incoming[field])),
    ...places.filter((field) => differs(kept.location[field], incoming.location[field])),
  ];
}

export function mergeDeclaredSkill(kept: DeclaredSkill, incoming: DeclaredSkill): DeclaredSkill {
  return {
    kind: kept.kind,
    skill: kept.skill.conceptId === null && incoming.skill.conceptId !== null ? incoming.skill : kept.skill,
    level: filled(kept.level, incoming.level),
    keywords: union(kept.keywords, incoming.keywords, textKey),
  };
}

/**
 * Looser than domain/skills' sameSkill: the same words under two concepts still merge, since the
 * list shows a skill by its words and two identical ones would read as a duplicate.
 */
export const sameListedSkill = (a: SkillRef, b: SkillRef) => skillKey(a) === skillKey(b) || sameText(a.label, b.label);

/** The fields a merge changed, with how many items a list gained (0 for a plain field). */
export function whatMergeAdds<T extends object>(kept: T, merged: T): Array<{ field: string; count: number }> {
  const added: Array<{ field: string; count: number }> = [];
  for (const field of Object.keys(merged) as Array<keyof T & string>) {
    const before = kept[field];
    const after = merged[field];
    if (before === after) continue;
    if (Array.isArray(before) && Array.isArray(after)) {
      if (after.length > before.length) added.push({ field, count: after.length - before.length });
    } else if (JSON.stringify(before) !== JSON.stringify(after)) {
      added.push({ field, count: 0 });
    }
  }
  return added;
}
