import type { Profile } from '../domain/profile';
import { keepReadingsOf, readCertificate } from './certificate-findings';
import { coherenceJudge } from './coherence';
import { subjectKey } from './cards';
import { buildContext, keepLinksOf, type Add, type Facts, type LensOptions } from './context';
import { compareText } from '../taxonomy/text';
import { curate } from './curation';
import { LENS_CONFIG } from './config';
import { rememberRecent } from './memo';
import { nextSteps } from './next-steps';
import { isCareerChange, profileFindings, workMonths, type Modes } from './profile-findings';
import {
  severityRank,
  type CertificateAssessment,
  type Finding,
  type FindingCode,
  type LensResult,
  type NextStep,
  type Subject,
} from './result';
import { skillEvidence } from './skill-evidence';
import { keepStoriesOf, stories } from './stories';
import type { LensTaxonomy } from './taxonomy-port';
import { WORDING } from './wording';

export type { LensOptions } from './context';

/** The order findings are listed in: most severe first, then by code and key (stable across runs). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) || compareText(a.code, b.code) || compareText(a.key, b.key)
  );
}

/** What the timeline and the findings panel show after every edit. */
export interface FindingsReading {
  findings: Finding[];
  nextSteps: NextStep[];
}

/**
 * Reads a profile the way a recruiter would for one target role: per certificate (relevant?
 * recent? applied? credible?) and across the profile (direction, gaps, evidence for each core
 * skill), then the few next steps that would change the reading most. Pure and deterministic: the
 * same profile, taxonomy and date give the same result, whatever the order of the entities.
 */
export function analyze(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions): LensResult {
  const reading = read(profile, taxonomy, options);
  const { context, assessments } = reading;
  const curated = curate(context, assessments, profile.settings.curatedLimit);
  const curatedIds = new Set(curated.map((entry) => entry.certificateId));
  return {
    targetId: context.target?.id ?? null,
    pace: context.pace,
    modes: { entryLevel: reading.modes.entryLevel, careerChanger: reading.modes.careerChanger },
    findings: reading.findings,
    nextSteps: reading.nextSteps,
    assessments,
    curated,
    background: assessments
      .filter((entry) => !entry.intent && !curatedIds.has(entry.certificateId))
      .map((entry) => entry.certificateId),
    skillEvidence: reading.evidence,
    stories: stories(context, assessments),
  };
}

/** The findings and next steps alone, without the curated list and story lines the panel does not use. */
export function analyzeFindings(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions): FindingsReading {
  const { findings, nextSteps: steps } = read(profile, taxonomy, options);
  return { findings, nextSteps: steps };
}

/** Certificates in id order, kept per list: the order only changes when the list does. */
const byIdOrder = rememberRecent((certificates: Profile['certificates']) =>
  [...certificates].sort((a, b) => compareText(a.id, b.id)),
);

function read(profile: Profile, taxonomy: LensTaxonomy, options: LensOptions) {
  const context = buildContext(profile, taxonomy, options);
  const experienceMonths = workMonths(profile.roles, context.now);
  const modes: Modes = {
    entryLevel: experienceMonths < LENS_CONFIG.entryLevelMonths,
    careerChanger: isCareerChange(context),
    experienceMonths,
  };

  const dismissed = new Map(profile.dismissedFindings.map((entry) => [entry.key, entry]));
  const findings: Finding[] = [];
  const worded = (code: FindingCode, subject: Subject, facts: Facts): Finding => {
    const { severity, message, why, action } = WORDING[code](facts);
    const key = `${code}:${subjectKey(subject)}`;
    const dismissal = dismissed.get(key);
    return {
      key,
      code,
      severity,
      subject,
      message,
      why,
      action,
      dismissed: dismissal === undefined ? null : { reason: dismissal.reason, at: dismissal.at },
    };
  };
  const add: Add = (code, subject, facts) => findings.push(worded(code, subject, facts));

  const coherent = context.target === null ? coherenceJudge(context) : null;
  const assessments: CertificateAssessment[] = byIdOrder(profile.certificates).map((certificate) => {
    const reading = readCertificate(certificate, context, modes);
    const { assessment } = reading;
    // With a target, relevance to it is what makes learning fit the story.
    const fits =
      coherent === null
        ? assessment.coherent
        : assessment.kind === 'soft' || assessment.learning === 'education' || coherent(certificate.id);
    // An unchanged certificate after an edit elsewhere: the same findings, already worded.
    const last = reading.last;
    if (last !== undefined && last.fits === fits && last.dismissed === profile.dismissedFindings) {
      for (const finding of last.findings) findings.push(finding);
      return last.assessment;
    }
    const own = reading.findings.map(([code, facts]) => worded(code, certificate.id, facts));
    if (!fits && coherent !== null) own.push(worded('CERT_OUTLIER', certificate.id, { title: certificate.title }));
    for (const finding of own) findings.push(finding);
    const assessed = assessment.coherent === fits ? assessment : { ...assessment, coherent: fits };
    if (context.editing)
      reading.last = { fits, dismissed: profile.dismissedFindings, findings: own, assessment: assessed };
    return assessed;
  });

  keepReadingsOf(context.keysOf.certificate);
  keepStoriesOf(context.keysOf.certificate);
  keepLinksOf(context.keysOf.certificate);
  const evidence = context.reading === null ? [] : skillEvidence(context, context.reading);
  profileFindings(context, assessments, evidence, modes, add);
  findings.sort(compareFindings);
  return {
    context,
    modes,
    findings,
    assessments,
    evidence,
    nextSteps: nextSteps({ context, assessments, findings, evidence }),
  };
}
