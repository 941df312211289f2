import type { Certificate, Profile, Project, Role } from '../domain/profile';
import type { FieldPace } from '../domain/profile';
import { LENS_CONFIG } from './config';
import { endOf, isRecognised, keysOf, linkedEntities, type Context, type Facts } from './context';
import { rememberPerEntity } from './memo';
import { monthIndex, readableMonth } from '../domain/months';
import type { CertificateAssessment, Finding, FindingCode } from './result';
import type { Strength, TargetReading } from './target-reading';

/** The claim patterns joined into one, so each certificate's text is read once. */
const INFLATED_CLAIM = new RegExp(LENS_CONFIG.inflatedClaims.map((pattern) => pattern.source).join('|'), 'i');

/**
 * One certificate's reading: its assessment and findings. Coherence is judged across the profile
 * when there is no target; with one, relevance to it decides, and the reading says so already.
 */
export interface CertificateReading {
  assessment: CertificateAssessment;
  findings: Array<[FindingCode, Facts]>;
  /** What the analysis made of it last time (worded findings, the assessment with its fit), reused while the reading is. */
  last?: { fits: boolean; dismissed: unknown; findings: Finding[]; assessment: CertificateAssessment };
}

/**
 * A certificate's reading depends on itself, the target, today, the mode, the provider lists, the
 * entities it is linked to and the role it was earned during, and nothing else: kept per
 * certificate object (the store's updates are immutable), an edit re-reads only what it touched.
 */
const remembered = rememberPerEntity<CertificateReading>();
/** Lets go of the readings of certificates no longer in the profile. */
export const keepReadingsOf = remembered.keepOnly;

export function readCertificate(
  certificate: Certificate,
  context: Context,
  mode: { entryLevel: boolean },
): CertificateReading {
  const linked = linkedEntities(certificate, context);
  const issued = certificate.issued === null ? null : monthIndex(certificate.issued);
  const during = issued === null ? undefined : context.roleByMonth.get(issued);
  const inputs = [
    context.taxonomy,
    context.reading,
    context.now,
    mode.entryLevel,
    context.profile.providers,
    context.recognised,
    during,
    ...linked,
  ];
  return remembered(
    certificate,
    inputs,
    () => assess(certificate, context, { entryLevel: mode.entryLevel, linked, during }),
    context.editing,
  );
}

function assess(
  certificate: Certificate,
  context: Context,
  facts: { entryLevel: boolean; linked: Array<Role | Project>; during: Role | undefined },
): CertificateReading {
  const { reading: target, now, skills } = context;
  const found: Array<[FindingCode, Facts]> = [];
  const add = (code: FindingCode, values: Facts) => found.push([code, values]);
  const intent = certificate.status.state !== 'earned';
  const education = certificate.learning === 'education';
  const certificateKeys = keysOf(context, 'certificate', certificate.id);
  const title = certificate.title;

  const relevance = relevanceOf(certificate, certificateKeys, target);
  const kind =
    certificate.kindOverride ??
    (certificateKeys.length > 0 &&
    certificateKeys.filter((key) => skills.isSoft(key)).length * 2 >= certificateKeys.length
      ? 'soft'
      : 'technical');
  const serving = relevance.level !== null && relevance.level !== 'none';
  // Soft skills support any target, so a communication course is never "off-target"; learning with
  // no skills named cannot be judged either way.
  const offTarget = relevance.level === 'none' && kind === 'technical' && certificateKeys.length > 0;
  // Learning that does not serve the target is background for it: how old it is, where it was used
  // and who taught it no longer matter to this reader, so they are not raised.
  const counts = !education && (target === null || serving);

  const recencyPace: FieldPace | null =
    intent || certificate.issued === null
      ? null
      : serving && context.pace !== null
        ? context.pace
        : skills.paceOf(certificateKeys);
  // Skills in use at work now are current ability, however old the course that taught them.
  const inUse = facts.linked.some((entity) => endOf(entity, now) >= now - LENS_CONFIG.inUseMonths);
  const recency = intent || education ? null : recencyOf(certificate, now, recencyPace ?? 'normal', inUse);

  const issued = certificate.issued === null ? null : monthIndex(certificate.issued);
  const after = facts.linked.filter((entity) => issued === null || endOf(entity, now) >= issued);
  // Evidence of the work it was used in: a link to what it produced, or an award given for it.
  const withEvidence = after.some(
    (entity) => ('evidence' in entity && entity.evidence.length > 0) || isRecognised(context, entity),
  );
  const application: CertificateAssessment['application'] =
    facts.linked.length === 0
      ? 'none'
      : after.length === 0
        ? 'applied-before-learning'
        : withEvidence
          ? 'applied-with-evidence'
          : 'applied';
  // Title and description apart: no claim pattern reads across the full stop that would join them.
  const inflated = education
    ? null
    : (INFLATED_CLAIM.exec(title)?.[0] ?? INFLATED_CLAIM.exec(certificate.description)?.[0] ?? null);
  const recognised = providerRecognised(certificate, context.profile, context);

  if (!education && target !== null && offTarget) add('CERT_OFF_TARGET', { title, target: target.target.title });
  if (counts && !intent) {
    if (recency?.state === 'expired') {
      add('CERT_EXPIRED', {
        title,
        expires: readableMonth(certificate.expires ?? ''),
        longAgo: recency.longAgo ? 1 : 0,
        issued: readableMonth(certificate.issued ?? ''),
      });
    }
    if (recency?.state === 'background' && recencyPace !== null) {
      add('CERT_STALE', {
        title,
        issued: readableMonth(certificate.issued ?? ''),
        window: `${LENS_CONFIG.freshnessMonths[recencyPace] / 12} years`,
        pace: recencyPace,
      });
    }
    const background = recency?.state === 'background' || recency?.state === 'expired';
    // Old learning is background already: asking to link it would put it back in front.
    if (kind === 'technical' && application === 'none' && !background)
      add('CERT_UNAPPLIED', { title, entryLevel: facts.entryLevel ? 1 : 0 });
    if (application === 'applied-before-learning')
      add('CERT_APPLICATION_PREDATES', { title, issued: readableMonth(certificate.issued ?? '') });
    // The provider matters when nothing else vouches for the learning: no use in work, no checked credential.
    if (!recognised && application === 'none' && !background && certificate.credential?.status !== 'verified')
      add('CERT_UNKNOWN_PROVIDER', { title, provider: certificate.provider.trim() });
    if (facts.during !== undefined && serving && recency?.state !== 'background' && recency?.state !== 'expired')
      add('CERT_EARNED_WHILE_WORKING', { title, role: facts.during.title });
  }
  if (!education && kind === 'soft' && !offTarget) add('CERT_SOFT_SKILL', { title });
  if (inflated !== null && (counts || intent) && !offTarget) add('CERT_INFLATED_CLAIM', { title, claim: inflated });

  return {
    assessment: {
      certificateId: certificate.id,
      intent,
      learning: certificate.learning,
      relevance: relevance.level,
      serves: relevance.serves,
      matchedSkills: relevance.matched,
      partialSkills: relevance.partial,
      recency: recency?.state ?? null,
      recencyPace,
      application,
      providerRecognised: recognised,
      kind,
      inflatedClaim: inflated,
      coherent: kind === 'soft' || relevance.level !== 'none',
    },
    findings: found,
  };
}

const STRENGTH_RANK: Record<Strength, number> = { none: 0, partial: 1, strong: 2, exact: 3 };

function relevanceOf(certificate: Certificate, certificateKeys: readonly string[], target: TargetReading | null) {
  const matched: string[] = [];
  const partial: string[] = [];
  const serves: string[] = [];
  if (target === null) return { level: null, serves, matched, partial };
  // Target skill served → the closest any of the certificate's skills comes to it. Run for every
  // certificate on every fresh analysis, so kept to two small parallel lists.
  const servedIndex: number[] = [];
  const servedScore: number[] = [];
  let best = 0;
  for (let index = 0; index < certificateKeys.length; index += 1) {
    const relation = target.relation(certificateKeys[index] ?? '');
    if (relation.strength === 'none') continue;
    const label = certificate.skills[index]?.label ?? '';
    if (relation.strength === 'exact') matched.push(label);
    else partial.push(label);
    const at = servedIndex.indexOf(relation.serves);
    if (at < 0) {
      servedIndex.push(relation.serves);
      servedScore.push(relation.score);
    } else servedScore[at] = Math.max(servedScore[at] ?? 0, relation.score);
    best = Math.max(best, STRENGTH_RANK[relation.strength]);
  }
  // Named by what it serves best: a Python course serves "Python", not every skill it brushes against.
  const floor = best >= STRENGTH_RANK.strong ? LENS_CONFIG.relatedness.strong : 0;
  const order: number[] = [];
  for (let at = 0; at < servedIndex.length; at += 1) {
    if ((servedScore[at] ?? 0) < floor) continue;
    let place = order.length;
    while (place > 0 && servedBefore(at, order[place - 1] ?? 0, servedIndex, servedScore)) place -= 1;
    order.splice(place, 0, at);
  }
  for (const at of order) {
    const label = target.skills[servedIndex[at] ?? -1]?.label ?? '';
    if (label !== '') serves.push(label);
  }
  const level: CertificateAssessment['relevance'] =
    best >= STRENGTH_RANK.strong ? 'strong' : best > 0 ? 'partial' : 'none';
  return { level, serves, matched, partial };
}

/** Higher score first; on a tie, the target skill listed first (core before secondary). */
function servedBefore(a: number, b: number, index: readonly number[], score: readonly number[]): boolean {
  const byScore = (score[a] ?? 0) - (score[b] ?? 0);
  return byScore > 0 || (byScore === 0 && (index[a] ?? 0) < (index[b] ?? 0));
}

function recencyOf(
  certificate: Certificate,
  now: number,
  pace: FieldPace,
  inUse: boolean,
): { state: NonNullable<CertificateAssessment['recency']>; longAgo: boolean } | null {
  if (certificate.issued === null) return null;
  const window = LENS_CONFIG.freshnessMonths[pace];
  const age = now - monthIndex(certificate.issued);
  const expiry = certificate.expires === null ? null : monthIndex(certificate.expires);
  // An expired certificate is judged for age too: one from long ago is history, not something to renew.
  if (expiry !== null && expiry < now) return { state: 'expired', longAgo: age > window };
  if (expiry !== null) return { state: 'current', longAgo: false }; // kept current by renewal
  const state =
    age > window ? (inUse ? 'aging' : 'background') : age > window * LENS_CONFIG.agingShare ? 'aging' : 'current';
  return { state, longAgo: false };
}

/** The user's word first (their own providers, their overrides), then the bundled list. */
function providerRecognised(certificate: Certificate, profile: Profile, context: Context): boolean {
  const name = certificate.provider.trim();
  if (name === '') return false;
  const lower = name.toLowerCase();
  const custom = profile.providers.custom.find(
    (provider) =>
      provider.name.toLowerCase() === lower || provider.aliases.some((alias) => alias.toLowerCase() === lower),
  );
  if (custom !== undefined) return custom.recognised;
  const bundled = context.skills.provider(name);
  if (bundled === null) return false;
  return profile.providers.overrides.find((override) => override.providerId === bundled.id)?.recognised ?? true;
}
