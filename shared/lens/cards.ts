import { compareText } from '../taxonomy/text';
import { severityRank, type Finding, type FindingCode, type Subject } from './result';

/**
 * What a reader sees for one subject: the finding that matters most, with the others on it as
 * lines. A certificate with three observations is one thing to look at, not three.
 */
export interface FindingCard {
  /** The subject's key: an entity id, a period "from..to", or "profile". */
  key: string;
  subject: Subject;
  main: Finding;
  lines: Finding[];
}

/** Which finding leads a card when a subject has several of one severity: the most telling first. */
const LEAD_ORDER: readonly FindingCode[] = [
  'PROFILE_TRANSITION_UNSUPPORTED',
  'PROFILE_TARGET_SKILL_UNEVIDENCED',
  'CERT_OFF_TARGET',
  'CERT_EXPIRED',
  'CERT_INFLATED_CLAIM',
  'CERT_UNAPPLIED',
  'CERT_APPLICATION_PREDATES',
  'CERT_STALE',
  'PROFILE_SKILL_CERTIFIED_NOT_APPLIED',
  'PROFILE_CREDENTIAL_COLLECTOR',
  'PROFILE_SCATTERED_LEARNING',
  'PROFILE_TIMELINE_GAP',
  'CERT_OUTLIER',
  'CERT_SOFT_SKILL',
  'CERT_UNKNOWN_PROVIDER',
  'PROFILE_CAREER_CHANGE',
  'PROFILE_ENTRY_LEVEL',
  'CERT_EARNED_WHILE_WORKING',
];
// A large profile folds thousands of findings on every edit: the order is looked up, not searched.
const LEAD_INDEX = new Map(LEAD_ORDER.map((code, index) => [code, index]));
const leadRank = (finding: Finding) => severityRank(finding.severity) * 100 + (LEAD_INDEX.get(finding.code) ?? -1);

export function subjectKey(subject: Subject): string {
  return subject === null ? 'profile' : typeof subject === 'string' ? subject : `${subject.from}..${subject.to}`;
}

/**
 * Findings folded into one card per subject, in the order of their lead findings. The profile's
 * own findings (subject null) stay one card each: "entry-level" and "scattered learning" are
 * separate readings, not lines of one.
 */
export function foldFindings(findings: readonly Finding[]): FindingCard[] {
  const bySubject = new Map<string, Finding[]>();
  const cards: FindingCard[] = [];
  for (const finding of findings) {
    if (finding.subject === null) {
      cards.push({ key: finding.key, subject: null, main: finding, lines: [] });
      continue;
    }
    const key = subjectKey(finding.subject);
    const list = bySubject.get(key);
    if (list === undefined) bySubject.set(key, [finding]);
    else list.push(finding);
  }
  for (const [key, list] of bySubject) {
    const [main, ...lines] = list.length === 1 ? list : [...list].sort((a, b) => leadRank(a) - leadRank(b));
    if (main !== undefined) cards.push({ key, subject: main.subject, main, lines });
  }
  return cards.sort((a, b) => leadRank(a.main) - leadRank(b.main) || compareText(a.key, b.key));
}

/** What the panel counts as worth fixing: open cards led by a warning or a suggestion, never by info. */
export function worthFixing(cards: readonly FindingCard[]): number {
  return cards.filter((card) => card.main.dismissed === null && card.main.severity !== 'info').length;
}
