import type { Certificate, Profile, Project, Role, TargetRole } from '../domain/profile';
import { LENS_CONFIG } from './config';
import { endMonthIndex, monthIndex, monthLabel, readableMonth } from './months';
import type { CertificateAssessment, Finding, FindingCode, LensResult, SkillEvidence, Subject } from './result';
import { createSkillSpace, type SkillSpace } from './skills';
import type { LensTaxonomy } from './taxonomy-port';
import { WORDING } from './wording';

export interface LensOptions {
  /** Today, as YYYY-MM-DD: the lens is deterministic for a given date. */
  now: string;
  /** Defaults to the profile's active target. */
  targetId?: string | null;
}

const SEVERITY_ORDER = { warning: 0, suggestion: 1, info: 2 } as const;

/** The order findings are listed in: most severe first, then by code and key (stable across runs). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.code, b.code) || compareText(a.key, b.key)
  );
}
/** Code-point order: stable everywhere, and far cheaper than locale-aware comparison. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The claim patterns joined into one, so each certificate's text is read once. */
const INFLATED_CLAIM = new RegExp(LENS_CONFIG.inflatedClaims.map((pattern) => pattern.source).join('|'), 'i');
const WORK_KINDS = new Set<Role['kind']>(['job', 'internship', 'freelance', 'volunteer']);

interface Context {
  profile: Profile;
  taxonomy: LensTaxonomy;
  skills: SkillSpace;
  /** How many sources (target, each role, project, certificate) reach each concept neighbourhood. */
  neighbourCounts: Map<string, number>;
  neighbourTotal: number;
  now: number;
  target: TargetRole | null;
  targetKeys: Map<string, 'essential' | 'optional'>;
  rolesById: Map<string, Role>;
  projectsById: Map<string, Project>;
  /** Each entity's skills as concept keys, worked out once per analysis. */
  keysOf: Record<'role' | 'project' | 'certificate', Map<string, string[]>>;
  /** How a concept relates to the target, memoised: most profiles repeat a few dozen skills. */
  targetRelation: (key: string) => 'exact' | 'partial' | 'none';
  /** For each month, the working role that covers it (the first by id), for "earned while working". */
  roleByMonth: Map<number, Role>;
  linked: Map<string, Array<Role | Project>>;
}

const endOf = (entity: { end: string | null }, now: number) => (entity.end === null ? now : endMonthIndex(entity.end));

const keys = (context: Context, kind: 'role' | 'project' | 'certificate', id: string) =>
  context.keysOf[kind].get(id) ?? [];

/** Month → the working role covering it (lowest id wins), built in one pass over the roles. */
function roleCover(roles: readonly Role[], now: number): Map<number, Role> {
  const cover = new Map<number, Role>();
  const working = roles.filter((candidate) => candidate.kind !== 'volunteer').sort((a, b) => compareText(a.id, b.id));
  for (const role of working) {
    const end = endOf(role, now);
    for (let month = monthIndex(role.start); month <= end; month += 1) if (!cover.has(month)) cover.set(month, role);
  }
  return cover;
}

/**
 * Reads a profile the way a recruiter would for one target role: per certificate (relevant?
 * recent? applied? credible?) and across the profile (volume, gaps, direction, evidence for each
 * target skill). Pure and deterministic: the same profile, taxonomy and date give the same result,
 * whatever the order of the entities.
 */
/** The whole reading: findings, assessments, the curated list, skill evidence and story lines. */
export function analyze(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions): LensResult {
  const reading = read(profile, taxonomy, options);
  const { context, assessments } = reading;
  const curated = curate(context, assessments, profile.settings.curatedLimit);
  const curatedIds = new Set(curated.map((entry) => entry.certificateId));
  return {
    targetId: reading.target?.id ?? null,
    pace: reading.pace,
    modes: reading.modes,
    findings: reading.findings,
    assessments,
    curated,
    background: assessments
      .filter((entry) => !entry.intent && !curatedIds.has(entry.certificateId))
      .map((entry) => entry.certificateId),
    skillEvidence: reading.evidence,
    stories: stories(context, assessments),
  };
}

/**
 * The findings alone, as `analyze` finds them: what the timeline and the findings panel show after
 * every edit, without the curated list and story lines they do not use.
 */
export function analyzeFindings(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions): Finding[] {
  return read(profile, taxonomy, options).findings;
}

function read(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions) {
  const skills = createSkillSpace(taxonomy);
  const now = monthIndex(options.now);
  const targetId = options.targetId === undefined ? profile.activeTargetId : options.targetId;
  const target = profile.targets.find((candidate) => candidate.id === targetId) ?? null;
  const targetKeys = new Map<string, 'essential' | 'optional'>();
  for (const entry of target?.skills ?? []) {
    const key = skills.keyOf(entry.skill);
    if (targetKeys.get(key) !== 'essential') targetKeys.set(key, entry.importance);
  }
  const keyList = (entity: { skills: ReadonlyArray<{ label: string; conceptId: string | null }> }) =>
    entity.skills.map((skill) => skills.keyOf(skill));
  const keysOf = {
    role: new Map(profile.roles.map((role) => [role.id, keyList(role)])),
    project: new Map(profile.projects.map((project) => [project.id, keyList(project)])),
    certificate: new Map(profile.certificates.map((certificate) => [certificate.id, keyList(certificate)])),
  };
  const targetKeyList = [...targetKeys.keys()];
  const relationCache = new Map<string, 'exact' | 'partial' | 'none'>();
  const targetRelation = (key: string) => {
    let relation = relationCache.get(key);
    if (relation === undefined) {
      relation = targetKeys.has(key)
        ? 'exact'
        : targetKeyList.some((targetKey) => skills.related(key, targetKey))
          ? 'partial'
          : 'none';
      relationCache.set(key, relation);
    }
    return relation;
  };
  const counts = neighbourCounts(
    [[...targetKeys.keys()], ...keysOf.role.values(), ...keysOf.project.values(), ...keysOf.certificate.values()],
    skills,
  );
  const context: Context = {
    keysOf,
    targetRelation,
    roleByMonth: roleCover(profile.roles, now),
    linked: new Map(),
    profile,
    taxonomy,
    skills,
    neighbourCounts: counts,
    neighbourTotal: [...counts.values()].reduce((sum, count) => sum + count, 0),
    now,
    target,
    targetKeys,
    rolesById: new Map(profile.roles.map((role) => [role.id, role])),
    projectsById: new Map(profile.projects.map((project) => [project.id, project])),
  };
  const pace = target === null ? null : (target.paceOverride ?? paceFromSkills(target, skills, taxonomy));
  const experienceMonths = workMonths(profile.roles, now);
  const entryLevel = experienceMonths < LENS_CONFIG.entryLevelMonths;
  const careerChanger = target !== null && isCareerChange(context);

  const dismissed = new Map(profile.dismissedFindings.map((entry) => [entry.key, entry]));
  const findings: Finding[] = [];
  const add = (code: FindingCode, subject: Subject, facts: Record<string, string | number>) => {
    const { severity, message, why, action } = WORDING[code](facts);
    const key = `${code}:${subject === null ? 'profile' : typeof subject === 'string' ? subject : `${subject.from}..${subject.to}`}`;
    const dismissal = dismissed.get(key);
    findings.push({
      key,
      code,
      severity,
      subject,
      message,
      why,
      action,
      dismissed: dismissal === undefined ? null : { reason: dismissal.reason, at: dismissal.at },
    });
  };

  const assessments = [...profile.certificates]
    .sort((a, b) => compareText(a.id, b.id))
    .map((certificate) => assessCertificate(certificate, context, pace ?? 'normal', { entryLevel, add }));

  const evidence = target === null ? [] : skillEvidence(context, target);
  profileFindings(context, assessments, evidence, { entryLevel, careerChanger, experienceMonths, add });

  return {
    context,
    target,
    pace,
    modes: { entryLevel, careerChanger },
    findings: findings.sort(compareFindings),
    assessments,
    evidence,
  };
}

function paceFromSkills(target: TargetRole, skills: SkillSpace, taxonomy: LensTaxonomy) {
  const keys = (importance: 'essential' | 'optional') =>
    target.skills.filter((entry) => entry.importance === importance).map((entry) => skills.keyOf(entry.skill));
  return taxonomy.paceOf(keys('essential'), keys('optional'));
}

/** Months of work, overlapping roles counted once. */
function workMonths(roles: readonly Role[], now: number): number {
  const spans = roles
    .filter((role) => WORK_KINDS.has(role.kind) && role.kind !== 'volunteer')
    .map((role) => [monthIndex(role.start), Math.max(monthIndex(role.start), endOf(role, now))] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** The target is outside the current field when the latest roles cover little of its essential skills. */
function isCareerChange(context: Context): boolean {
  const { profile, skills, targetKeys, now } = context;
  const essential = [...targetKeys].filter(([, importance]) => importance === 'essential').map(([key]) => key);
  if (essential.length === 0 || profile.roles.length === 0) return false;
  const latestEnd = Math.max(...profile.roles.map((role) => endOf(role, now)));
  const current = profile.roles.filter((role) => endOf(role, now) >= latestEnd - 12);
  const roleSkills = current.flatMap((role) => role.skills.map((skill) => skills.keyOf(skill)));
  const covered = essential.filter((key) => roleSkills.some((roleSkill) => skills.related(roleSkill, key))).length;
  const titleMatches = current.some(
    (role) => role.title.trim().toLowerCase() === context.target?.title.trim().toLowerCase(),
  );
  return !titleMatches && covered / essential.length < LENS_CONFIG.careerChangeOverlap;
}

type Add = (code: FindingCode, subject: Subject, facts: Record<string, string | number>) => void;

/** The roles and projects a certificate is linked to, worked out once per analysis. */
function linkedEntities(certificate: Certificate, context: Context): Array<Role | Project> {
  let linked = context.linked.get(certificate.id);
  if (linked === undefined) {
    linked = [];
    for (const link of certificate.appliedIn) {
      const entity = link.kind === 'role' ? context.rolesById.get(link.id) : context.projectsById.get(link.id);
      if (entity !== undefined) linked.push(entity);
    }
    context.linked.set(certificate.id, linked);
  }
  return linked;
}

/** The user's word first (their own providers, their overrides), then the bundled list. */
function providerRecognised(certificate: Certificate, context: Context): boolean {
  const name = certificate.provider.trim();
  if (name === '') return false;
  const lower = name.toLowerCase();
  const custom = context.profile.providers.custom.find(
    (provider) =>
      provider.name.toLowerCase() === lower || provider.aliases.some((alias) => alias.toLowerCase() === lower),
  );
  if (custom !== undefined) return custom.recognised;
  const bundled = context.skills.provider(name);
  if (bundled === null) return false;
  return context.profile.providers.overrides.find((override) => override.providerId === bundled.id)?.recognised ?? true;
}

/** For each concept neighbourhood, how many sources (the target, each entity) reach it, each counted once. */
function neighbourCounts(sources: ReadonlyArray<readonly string[]>, skills: SkillSpace): Map<string, number> {
  // One map holds both the count and the last source counted (count * 2^20 + source), so a
  // neighbourhood reached twice by one source is counted once without a set per source.
  const packed = new Map<string, number>();
  const SOURCE_SPAN = 1 << 20;
  for (let source = 0; source < sources.length; source += 1) {
    for (const key of sources[source] ?? []) {
      for (const neighbour of skills.neighbourhood(key)) {
        const value = packed.get(neighbour);
        if (value === undefined) packed.set(neighbour, SOURCE_SPAN + source);
        else if (value % SOURCE_SPAN !== source)
          packed.set(neighbour, (Math.floor(value / SOURCE_SPAN) + 1) * SOURCE_SPAN + source);
      }
    }
  }
  const counts = new Map<string, number>();
  for (const [neighbour, value] of packed) counts.set(neighbour, Math.floor(value / SOURCE_SPAN));
  return counts;
}

function assessCertificate(
  certificate: Certificate,
  context: Context,
  pace: 'fast' | 'normal' | 'slow',
  mode: { entryLevel: boolean; add: Add },
): CertificateAssessment {
  const { skills, target, now } = context;
  const { add } = mode;
  const intent = certificate.status.state !== 'earned';
  const certificateKeys = keys(context, 'certificate', certificate.id);
  const title = certificate.title;

  const matched: string[] = [];
  const partial: string[] = [];
  certificate.skills.forEach((skill, index) => {
    const relation = context.targetRelation(certificateKeys[index] ?? '');
    if (relation === 'exact') matched.push(skill.label);
    else if (relation === 'partial') partial.push(skill.label);
  });
  const relevance = target === null ? null : matched.length > 0 ? 'strong' : partial.length > 0 ? 'partial' : 'none';
  if (relevance === 'none' && target !== null) add('CERT_OFF_TARGET', certificate.id, { title, target: target.title });

  let recency: CertificateAssessment['recency'] = null;
  if (!intent && certificate.issued !== null) {
    const window = LENS_CONFIG.freshnessMonths[pace];
    const age = now - monthIndex(certificate.issued);
    const expiry = certificate.expires === null ? null : monthIndex(certificate.expires);
    if (expiry !== null && expiry < now) recency = 'expired';
    else if (expiry !== null)
      recency = 'current'; // a future expiry date means it is kept current by renewal
    else recency = age > window ? 'background' : age > window * LENS_CONFIG.agingShare ? 'aging' : 'current';
    if (recency === 'expired')
      add('CERT_EXPIRED', certificate.id, { title, expires: readableMonth(certificate.expires ?? '') });
    if (recency === 'background') {
      add('CERT_STALE', certificate.id, {
        title,
        issued: readableMonth(certificate.issued),
        window: `${window / 12} years`,
        pace,
      });
    }
  }

  const linked = linkedEntities(certificate, context);
  const issued = certificate.issued === null ? null : monthIndex(certificate.issued);
  const after = linked.filter((entity) => issued === null || endOf(entity, now) >= issued);
  const withEvidence = after.some((entity) => 'evidence' in entity && entity.evidence.length > 0);
  const application: CertificateAssessment['application'] =
    linked.length === 0
      ? 'none'
      : after.length === 0
        ? 'applied-before-learning'
        : withEvidence
          ? 'applied-with-evidence'
          : 'applied';
  if (!intent && application === 'none')
    add('CERT_UNAPPLIED', certificate.id, { title, entryLevel: mode.entryLevel ? 1 : 0 });
  if (!intent && application === 'applied-before-learning') {
    add('CERT_APPLICATION_PREDATES', certificate.id, { title, issued: readableMonth(certificate.issued ?? '') });
  }

  const kind =
    certificate.kindOverride ??
    (certificateKeys.length > 0 &&
    certificateKeys.filter((key) => skills.isSoft(key)).length * 2 >= certificateKeys.length
      ? 'soft'
      : 'technical');
  if (kind === 'soft') add('CERT_SOFT_SKILL', certificate.id, { title });

  const inflated = INFLATED_CLAIM.exec(`${certificate.title}. ${certificate.description}`)?.[0] ?? null;
  if (inflated !== null) add('CERT_INFLATED_CLAIM', certificate.id, { title, claim: inflated });

  const recognised = providerRecognised(certificate, context);
  if (!recognised) add('CERT_UNKNOWN_PROVIDER', certificate.id, { title, provider: certificate.provider.trim() });

  // Soft skills cut across every field: a communication course is never the odd one out.
  const coherent = kind === 'soft' || isCoherent(certificateKeys, context);
  if (!coherent) add('CERT_OUTLIER', certificate.id, { title });

  const during = intent || issued === null ? undefined : context.roleByMonth.get(issued);
  if (during !== undefined) add('CERT_EARNED_WHILE_WORKING', certificate.id, { title, role: during.title });

  return {
    certificateId: certificate.id,
    intent,
    relevance,
    matchedSkills: matched,
    partialSkills: partial,
    recency,
    application,
    providerRecognised: recognised,
    kind,
    inflatedClaim: inflated,
    coherent,
  };
}

/** Related to anything else in the story: the target, the experience, or the other learning. */
function isCoherent(certificateKeys: readonly string[], context: Context): boolean {
  if (certificateKeys.length === 0) return true;
  let own = 0;
  for (const key of certificateKeys) own += context.skills.neighbourhood(key).length;
  if (context.neighbourTotal <= own) return true; // nothing else to compare with
  // Its own contribution counts once, so anything above one came from elsewhere.
  return certificateKeys.some((key) =>
    context.skills.neighbourhood(key).some((neighbour) => (context.neighbourCounts.get(neighbour) ?? 0) > 1),
  );
}

function profileFindings(
  context: Context,
  assessments: readonly CertificateAssessment[],
  evidence: readonly SkillEvidence[],
  mode: { entryLevel: boolean; careerChanger: boolean; experienceMonths: number; add: Add },
): void {
  const { profile, target, now } = context;
  const { add } = mode;
  if (mode.entryLevel) add('PROFILE_ENTRY_LEVEL', null, { months: mode.experienceMonths });
  if (mode.careerChanger && target !== null) add('PROFILE_CAREER_CHANGE', target.id, { target: target.title });

  const earned = assessments.filter((entry) => !entry.intent);
  const unapplied = earned.filter((entry) => entry.application === 'none').length;
  const { collector } = LENS_CONFIG;
  const share = mode.entryLevel ? collector.unappliedShare.entryLevel : collector.unappliedShare.standard;
  if (
    (earned.length >= collector.minEarned && unapplied / earned.length > share) ||
    earned.length > collector.tooMany
  ) {
    add('PROFILE_CREDENTIAL_COLLECTOR', null, { earned: earned.length, unapplied });
  }

  if (target !== null) {
    const essential = evidence.filter((entry) => entry.importance === 'essential');
    const none = essential.filter((entry) => entry.level === 'none' || entry.level === 'planned');
    if (none.length > 0) {
      add('PROFILE_TARGET_SKILL_UNEVIDENCED', target.id, {
        count: none.length,
        target: target.title,
        skills: listOf(none.map((entry) => entry.skill)),
      });
    }
    const certifiedOnly = evidence.filter((entry) => entry.level === 'certified');
    if (certifiedOnly.length > 0) {
      add('PROFILE_SKILL_CERTIFIED_NOT_APPLIED', target.id, {
        count: certifiedOnly.length,
        target: target.title,
        skills: listOf(certifiedOnly.map((entry) => entry.skill)),
      });
    }
    if (mode.careerChanger) {
      const bridged = assessments.some(
        (entry) =>
          !entry.intent &&
          entry.relevance !== 'none' &&
          (entry.application === 'applied' || entry.application === 'applied-with-evidence'),
      );
      if (!bridged) add('PROFILE_TRANSITION_UNSUPPORTED', target.id, { target: target.title });
    }
  }

  for (const gap of gaps(profile, now)) {
    add(
      'PROFILE_TIMELINE_GAP',
      { from: monthLabel(gap.from), to: monthLabel(gap.to) },
      {
        from: readableMonth(monthLabel(gap.from)),
        to: readableMonth(monthLabel(gap.to)),
        months: gap.to - gap.from + 1,
      },
    );
  }

  const scattered = learningGroups(profile, context);
  const learning = scattered.certificates;
  const { scattered: rule } = LENS_CONFIG;
  if (learning >= rule.minCertificates && scattered.largest / learning < rule.dominantShare) {
    add('PROFILE_SCATTERED_LEARNING', null, { certificates: learning, groups: scattered.groups });
  }
}

function listOf(labels: readonly string[]): string {
  const shown = labels.slice(0, 6).join(', ');
  return labels.length > 6 ? `${shown} and ${labels.length - 6} more` : shown;
}

/** Stretches longer than the gap threshold covered by no role, project or learning. */
function gaps(profile: Profile, now: number): Array<{ from: number; to: number }> {
  const spans = [
    ...profile.roles.map((role) => [monthIndex(role.start), endOf(role, now)] as const),
    ...profile.projects.map((project) => [monthIndex(project.start), endOf(project, now)] as const),
    ...profile.certificates.flatMap((certificate) =>
      certificate.issued === null || certificate.status.state === 'planned'
        ? []
        : [
            [
              monthIndex(certificate.issued) - LENS_CONFIG.learningMonthsBeforeIssue,
              Math.min(now, monthIndex(certificate.issued)),
            ] as const,
          ],
    ),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const found: Array<{ from: number; to: number }> = [];
  let reach: number | null = null;
  for (const [start, end] of spans) {
    if (reach !== null && start - reach - 1 > LENS_CONFIG.gapMonths) found.push({ from: reach + 1, to: start - 1 });
    reach = reach === null ? end : Math.max(reach, end);
  }
  if (reach !== null && now - reach > LENS_CONFIG.gapMonths) found.push({ from: reach + 1, to: now });
  return found;
}

/** Learning with at least one skill that is not soft: soft skills cut across every direction. */
function isHardLearning(certificate: Certificate, context: Context): boolean {
  const certificateKeys = keys(context, 'certificate', certificate.id);
  return certificateKeys.length > 0 && !certificateKeys.every((key) => context.skills.isSoft(key));
}

/** Certificates grouped by related skills (union-find): how many groups, and how big the largest. */
function learningGroups(profile: Profile, context: Context): { certificates: number; groups: number; largest: number } {
  const { skills } = context;
  const certificates = profile.certificates.filter((certificate) => isHardLearning(certificate, context));
  const parent = certificates.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const owner = new Map<string, number>();
  certificates.forEach((certificate, index) => {
    for (const key of keys(context, 'certificate', certificate.id)) {
      for (const neighbour of skills.neighbourhood(key)) {
        const other = owner.get(neighbour);
        if (other === undefined) owner.set(neighbour, index);
        else if (other !== index) parent[find(index)] = find(other);
      }
    }
  });
  const sizes = new Map<number, number>();
  certificates.forEach((_, index) => sizes.set(find(index), (sizes.get(find(index)) ?? 0) + 1));
  return { certificates: certificates.length, groups: sizes.size, largest: Math.max(0, ...sizes.values()) };
}

const RELEVANCE_SCORE = { strong: 3, partial: 1.5, none: 0 } as const;
const RECENCY_SCORE = { current: 2, aging: 1, background: 0, expired: -1 } as const;
const APPLICATION_SCORE = { 'applied-with-evidence': 3, applied: 2, 'applied-before-learning': 0.5, none: 0 } as const;

/**
 * The few certificates to show first for the target. Problems (off-target, inflated, stale or
 * expired) rank below everything else, and applied, relevant, current ones above all the rest.
 */
function curate(context: Context, assessments: readonly CertificateAssessment[], limit: number) {
  const byId = new Map(context.profile.certificates.map((certificate) => [certificate.id, certificate]));
  const ranked = assessments
    .filter((entry) => !entry.intent)
    .map((entry) => {
      const problem =
        entry.relevance === 'none' ||
        entry.inflatedClaim !== null ||
        entry.recency === 'background' ||
        entry.recency === 'expired';
      const applied = entry.application === 'applied' || entry.application === 'applied-with-evidence';
      const strongCase =
        !problem && applied && entry.relevance !== null && entry.relevance !== 'none' && entry.recency !== 'aging';
      const tier = strongCase ? 0 : problem ? 2 : 1;
      const score =
        RELEVANCE_SCORE[entry.relevance ?? 'partial'] * (context.target === null ? 0 : 1.5) +
        RECENCY_SCORE[entry.recency ?? 'aging'] +
        APPLICATION_SCORE[entry.application] +
        (entry.kind === 'soft' ? -1 : 0) +
        (entry.providerRecognised ? 0.5 : 0);
      return { entry, tier, score };
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score || compareText(a.entry.certificateId, b.entry.certificateId));
  return ranked.slice(0, Math.max(1, limit)).map(({ entry }) => ({
    certificateId: entry.certificateId,
    reason: curatedReason(entry, byId.get(entry.certificateId)),
  }));
}

function curatedReason(entry: CertificateAssessment, certificate: Certificate | undefined): string {
  const parts: string[] = [];
  if (entry.relevance === 'strong') parts.push(`covers ${listOf(entry.matchedSkills)}`);
  else if (entry.relevance === 'partial') parts.push(`close to ${listOf(entry.partialSkills)}`);
  if (entry.application === 'applied-with-evidence') parts.push('applied, with evidence');
  else if (entry.application === 'applied') parts.push('applied in your work');
  if (entry.recency === 'current') parts.push('recent');
  if (parts.length === 0) parts.push('the strongest of what remains');
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${certificate === undefined ? '' : ''}.`;
}

const LEVEL_ORDER = { none: 0, planned: 1, certified: 2, applied: 3, 'applied-with-evidence': 4 } as const;

/** For each target skill, the strongest evidence behind it and the entities that give it. */
function skillEvidence(context: Context, target: TargetRole): SkillEvidence[] {
  const { profile, skills, now } = context;
  // Only the target's skills are looked up, so only they are indexed.
  const holders = new Map(
    target.skills.map((entry) => [
      skills.keyOf(entry.skill),
      { certificates: [] as Certificate[], roles: [] as Role[], projects: [] as Project[] },
    ]),
  );
  const noHolder = { certificates: [] as Certificate[], roles: [] as Role[], projects: [] as Project[] };
  const holder = (key: string) => holders.get(key) ?? noHolder;
  const index = <T>(
    entities: readonly T[],
    kind: 'role' | 'project' | 'certificate',
    id: (entity: T) => string,
    into: (key: string) => T[],
  ) => {
    for (const entity of entities) {
      const entityKeys = keys(context, kind, id(entity));
      entityKeys.forEach((key, at) => {
        if (holders.has(key) && entityKeys.indexOf(key) === at) into(key).push(entity);
      });
    }
  };
  index(
    profile.certificates,
    'certificate',
    (certificate) => certificate.id,
    (key) => holder(key).certificates,
  );
  index(
    profile.roles,
    'role',
    (role) => role.id,
    (key) => holder(key).roles,
  );
  index(
    profile.projects,
    'project',
    (project) => project.id,
    (key) => holder(key).projects,
  );

  return target.skills
    .map((entry) => {
      const key = skills.keyOf(entry.skill);
      const found = holder(key);
      const earned = found.certificates.filter((certificate) => certificate.status.state === 'earned');
      // A certificate used somewhere carries its skills there, even when that role does not list them.
      const usedIn = earned.flatMap((certificate) => linkedEntities(certificate, context));
      const appliedRoles = new Set(
        [...found.roles, ...usedIn.filter((entity): entity is Role => 'organization' in entity)].map((role) => role.id),
      );
      const appliedProjects = new Map(
        [...found.projects, ...usedIn.filter((entity): entity is Project => 'evidence' in entity)].map((project) => [
          project.id,
          project,
        ]),
      );
      const withLink = [...appliedProjects.values()].some(
        (project) => project.evidence.length > 0 && monthIndex(project.start) <= now,
      );
      const level: SkillEvidence['level'] = withLink
        ? 'applied-with-evidence'
        : appliedRoles.size + appliedProjects.size > 0
          ? 'applied'
          : earned.length > 0
            ? 'certified'
            : found.certificates.length > 0
              ? 'planned'
              : 'none';
      return {
        skill: entry.skill.label,
        conceptId: entry.skill.conceptId ?? (key.startsWith('free:') ? null : key),
        importance: entry.importance,
        level,
        certificates: found.certificates.map((certificate) => certificate.id).sort(),
        roles: [...appliedRoles].sort(),
        projects: [...appliedProjects.keys()].sort(),
      };
    })
    .sort((a, b) =>
      a.importance === b.importance
        ? LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareText(a.skill, b.skill)
        : a.importance === 'essential'
          ? -1
          : 1,
    );
}

/** "Learned → applied in → outcome", from the user's own words, for interviews and exports. */
function stories(context: Context, assessments: readonly CertificateAssessment[]) {
  const byId = new Map(context.profile.certificates.map((certificate) => [certificate.id, certificate]));
  return assessments.flatMap((assessment) => {
    const certificate = byId.get(assessment.certificateId);
    if (certificate === undefined || assessment.intent || certificate.appliedIn.length === 0) return [];
    const learned = certificate.skills.slice(0, 2).map((skill) => skill.label);
    const source = [certificate.provider.trim(), certificate.issued === null ? '' : readableMonth(certificate.issued)]
      .filter(Boolean)
      .join(', ');
    const uses = (
      certificate.appliedIn.length > 1
        ? [...certificate.appliedIn].sort((a, b) => compareText(a.id, b.id))
        : certificate.appliedIn
    ).flatMap((link) => {
      const entity = link.kind === 'role' ? context.rolesById.get(link.id) : context.projectsById.get(link.id);
      if (entity === undefined) return [];
      const outcome = 'outcome' in entity ? entity.outcome : (entity.highlights[0] ?? '');
      const where =
        'organization' in entity && entity.organization !== ''
          ? `${entity.title} at ${entity.organization}`
          : entity.title;
      return [
        `applied in ${where}${link.note.trim() === '' ? '' : ` (${link.note.trim()})`}${outcome.trim() === '' ? '' : ` → ${outcome.trim()}`}`,
      ];
    });
    if (uses.length === 0) return [];
    const what =
      learned.length > 0
        ? `Learned ${learned.join(' and ')} in “${certificate.title}”`
        : `Learned in “${certificate.title}”`;
    return [
      { certificateId: certificate.id, line: `${what}${source === '' ? '' : ` (${source})`} → ${uses.join('; ')}` },
    ];
  });
}
