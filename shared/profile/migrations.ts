import { PROFILE_SCHEMA_VERSION, ProfileSchema, emptyPerson, type Profile } from '../domain/profile';
import { isRecord } from '../import/plain-data';
import { integrityProblems } from './integrity';

/** Turns a profile of version n (plain data) into version n + 1. */
export type Migration = (profile: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[n] upgrades version n to n + 1: one pure step per schema change, each with a
 * fixture in tests/fixtures/profile-v<n>.json.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** 1 → 2: providers the user adds or marks recognised; none yet. */
  1: (profile) => ({ ...profile, providers: { custom: [], overrides: [] } }),
  /** 2 → 3: fields that CVs and badges carry; none was known before, so each starts empty. */
  2: (profile) => ({
    ...profile,
    roles: records(profile['roles']).map((role) => ({ ...role, location: '', summary: '' })),
    projects: records(profile['projects']).map((project) => ({ ...project, highlights: [] })),
    certificates: records(profile['certificates']).map((certificate) => ({
      ...certificate,
      learning: 'certificate',
      credential: null,
    })),
    skills: [],
  }),
  /** 3 → 4: when study began; no earlier file knew it. */
  3: (profile) => ({
    ...profile,
    certificates: records(profile['certificates']).map((certificate) => ({ ...certificate, started: null })),
  }),
  /** 4 → 5: new kinds of role (study, caring, travel, career break); every earlier role is one of the old kinds. */
  4: (profile) => profile,
  /** 5 → 6: the plan, the learning log and a weekly goal; nothing was planned or logged before. */
  5: (profile) => ({
    ...profile,
    settings: { ...record(profile['settings']), weeklyGoalHours: null },
    plan: [],
    log: [],
  }),
  /** 6 → 7: targets made from a job posting keep it; no earlier target was. */
  6: (profile) => ({
    ...profile,
    targets: eachRecord(profile['targets'], (target) => ({ ...target, posting: null })),
  }),
  /** 7 → 8: what a whole resume carries; nothing of it was kept before, so each starts empty. */
  7: (profile) => ({
    ...profile,
    roles: eachRecord(profile['roles'], (role) => ({ ...role, url: null, organizationDescription: '' })),
    projects: eachRecord(profile['projects'], (project) => ({ ...project, organization: '', roles: [] })),
    certificates: eachRecord(profile['certificates'], (certificate) => ({
      ...certificate,
      providerUrl: null,
      courses: [],
      score: '',
    })),
    skills: eachRecord(profile['skills'], (skill) => ({ ...skill, kind: 'skill' })),
    awards: [],
    person: emptyPerson(),
  }),
};

/** A list from an older file, or nothing: the schema check afterwards reports what is wrong with it. */
function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Changes each record in a list and leaves anything malformed as it was, for the schema check to name. */
function eachRecord(value: unknown, change: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  return Array.isArray(value) ? value.map((item: unknown) => (isRecord(item) ? change(item) : item)) : value;
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export type MigrationOutcome =
  | { ok: true; profile: Profile; migratedFrom: number | null }
  | { ok: false; kind: 'newer' | 'failed' | 'invalid'; message: string };

/** Reads any released profile version and returns it in the current one, or says why it cannot. */
export function migrateProfile(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = PROFILE_SCHEMA_VERSION,
): MigrationOutcome {
  if (!isRecord(raw))
    return { ok: false, kind: 'invalid', message: 'It is not a Throughline profile (no profile object).' };
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, kind: 'invalid', message: 'It has no valid schemaVersion.' };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      kind: 'newer',
      message: `It was saved by a newer version of Throughline (profile format ${version}); this version reads formats up to ${currentVersion}. Update Throughline to open it.`,
    };
  }
  let data: Record<string, unknown> = raw;
  for (let from = version; from < currentVersion; from += 1) {
    const step = migrations[from];
    if (step === undefined) return { ok: false, kind: 'failed', message: `No migration from profile format ${from}.` };
    try {
      data = { ...step(data), schemaVersion: from + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, kind: 'failed', message: `Upgrading it from profile format ${from} failed: ${detail}` };
    }
  }
  const parsed = ProfileSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.join('.') || 'the top level'}: ${first.message}`;
    return { ok: false, kind: 'invalid', message: `It does not match the profile format${where}.` };
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length > 0) return { ok: false, kind: 'invalid', message: problems.join(' ') };
  return { ok: true, profile: parsed.data, migratedFrom: version === currentVersion ? null : version };
}
