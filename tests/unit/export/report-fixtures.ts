import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import type { Profile } from '../../../shared/domain/profile';
import { buildReportModel, type ReportModel } from '../../../shared/export/report-model';
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
  model: ReportModel;
}

export function reportCase(
  profile: Profile,
  targetId = profile.activeTargetId ?? profile.targets[0]?.id ?? '',
): ReportCase {
  const analysis = analyze(profile, bundledTaxonomy(), { now: NOW, targetId });
  return { profile, analysis, targetId, model: buildReportModel(profile, analysis, targetId, NOW) };
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
