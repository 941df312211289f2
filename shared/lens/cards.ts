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

/**
 * Which finding leads a card when a subject has several of one severity: the most telling first.
 * A record, so a new code cannot be left out (and silently lead) without a type error.
 */
const LEAD_RANK: Readonly<Record<FindingCode, number>> = {
  PROFILE_TRANSITION_UNSUPPORTED: 0,
  PROFILE_TARGET_SKILL_UNEVIDENCED: 1,
  CERT_OFF_TARGET: 2,
  CERT_EXPIRED: 3,
  CERT_INFLATED_CLAIM: 4,
  CERT_UNAPPLIED: 5,
  CERT_APPLICATION_PREDATES: 6,
  CERT_STALE: 7,
  PROFILE_SKILL_CERTIFIED_NOT_APPLIED: 8,
  PROFILE_CREDENTIAL_COLLECTOR: 9,
  PROFILE_SCATTERED_LEARNING: 10,
  PROFILE_TIMELINE_GAP: 11,
  CERT_OUTLIER: 12,
  CERT_SOFT_SKILL: 13,
  CERT_UNKNOWN_PROVIDER: 14,
  PROFILE_CAREER_CHANGE: 15,
  PROFILE_ENTRY_LEVEL: 16,
  CERT_EARNED_WHILE_WORKING: 17,
};
const leadRank = (finding: Finding) => severityRank(finding.severity) * 100 + LEAD_RANK[finding.code];

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
