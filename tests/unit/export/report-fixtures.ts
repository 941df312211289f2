import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import type { Profile } from '../../../shared/domain/profile';
import {
  buildRecruiterReport,
  buildReviewReport,
  type RecruiterReport,
  type ReviewReport,
} from '../../../shared/export/report-model';
import { analyze } from '../../../shared/lens/analyze';
import type { LensResult } from '../../../shared/lens/result';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { bundledTaxonomy } from '../../support/taxonomy';

/** The day every report test is made on: the lens and the report are deterministic for it. */
export const NOW = '2026-11-26';

/** A title that would run a script, break an attribute, close the stylesheet and start Markdown, if it were not escaped. */
export const HOSTILE_TITLE =
  '<script>alert("pwned")</script> "Quoted" </style> *bold* [link](https://evil.example) & co';

export interface ReportCase {
  profile: Profile;
  analysis: LensResult;
  targetId: string;
  /** The report the person sends. */
  recruiter: RecruiterReport;
  /** The person's own review, not for sending. */
  review: ReviewReport;
}

export function reportCase(
  profile: Profile,
  targetId = profile.activeTargetId ?? profile.targets[0]?.id ?? '',
): ReportCase {
  const analysis = analyze(profile, bundledTaxonomy(), { now: NOW, targetId });
  return {
    profile,
    analysis,
    targetId,
    recruiter: buildRecruiterReport(profile, analysis, targetId, NOW),
    review: buildReviewReport(profile, analysis, targetId, NOW),
  };
}

/**
 * Everything of the lens's reading meant for the person alone: each finding's message, reason and
 * action (set aside or not), each dismissal's reason, and each next step. A recruiter report that
 * contains any of these has leaked the review.
 */
export function reviewOnlyTexts(analysis: LensResult): string[] {
  return [
    ...analysis.findings.flatMap((finding) => [
      finding.message,
      finding.why,
      finding.action,
      ...(finding.dismissed === null || finding.dismissed.reason === '' ? [] : [finding.dismissed.reason]),
    ]),
    ...analysis.nextSteps.flatMap((step) => [step.text, step.why]),
  ];
}

/** The sample with its first finding set aside, with a reason. */
export function sampleWithDismissal(reason = 'Handled in my cover letter'): Profile {
  const profile = sampleProfile();
  const first = analyze(profile, bundledTaxonomy(), { now: NOW }).findings[0];
  if (first === undefined) throw new Error('sample changed');
  return { ...profile, dismissedFindings: [{ key: first.key, reason, at: '2026-11-01T00:00:00.000Z' }] };
}

export function personaProfile(name: string): Profile {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, `../../fixtures/personas/${name}.json`)),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.profile;
}

/** The sample with user text that tries to become markup in every place the report prints it. */
export function hostileProfile(): Profile {
  const profile = sampleProfile();
  const [role, ...roles] = profile.roles;
  const [certificate, ...certificates] = profile.certificates;
  const [target, ...targets] = profile.targets;
  if (role === undefined || certificate === undefined || target === undefined) throw new Error('sample changed');
  return {
    ...profile,
    roles: [
      { ...role, title: `${role.title} "lead" <b>`, highlights: ['# Not a heading\n- nor a list <img src=x>'] },
      ...roles,
    ],
    certificates: [
      {
        ...certificate,
        title: HOSTILE_TITLE,
        appliedIn: certificate.appliedIn.map((link) => ({ ...link, note: 'used it for `rm -rf` & <i>more</i>' })),
      },
      ...certificates,
    ],
    targets: [{ ...target, title: 'Data "analyst" <em>' }, ...targets],
  };
}

/** Headings and labels that belong to the review; a recruiter report with any of them has leaked it. */
export const REVIEW_WORDS = [
  'What a recruiter would notice',
  'Worth fixing',
  'Worth a look',
  'Good to know',
  'Why it matters',
  'Next step',
  'Set aside',
  'not for sending',
  'No evidence',
  'kept as background',
];
