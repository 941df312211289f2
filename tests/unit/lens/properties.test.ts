import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import { foldFindings } from '../../../shared/lens/cards';
import { largeProfile } from '../../../scripts/support/large-profile';
import { loadPersona, PERSONA_NAMES } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';

const NOW = '2026-11-26';
const base = largeProfile();

/** Small random profiles cut from the large one, so links and dates stay realistic. */
const profiles: fc.Arbitrary<Profile> = fc
  .record({
    roles: fc.integer({ min: 0, max: 8 }),
    projects: fc.integer({ min: 0, max: 10 }),
    certificates: fc.integer({ min: 0, max: 12 }),
    offset: fc.nat(150),
  })
  .map(({ roles, projects, certificates, offset }) => {
    const keptRoles = base.roles.slice(offset, offset + roles);
    const roleIds = new Set(keptRoles.map((role) => role.id));
    const keptProjects = base.projects
      .slice(offset, offset + projects)
      .map((project) =>
        project.roleId !== null && !roleIds.has(project.roleId) ? { ...project, roleId: null } : project,
      );
    const projectIds = new Set(keptProjects.map((project) => project.id));
    const keptCertificates = base.certificates.slice(offset, offset + certificates).map((certificate) => ({
      ...certificate,
      appliedIn: certificate.appliedIn.filter((link) =>
        link.kind === 'role' ? roleIds.has(link.id) : projectIds.has(link.id),
      ),
    }));
    return { ...base, roles: keptRoles, projects: keptProjects, certificates: keptCertificates };
  });

const run = (profile: Profile) => analyze(profile, bundledTaxonomy(), { now: NOW });
const shuffled = <T>(list: readonly T[], seed: number) =>
  [...list]
    .map((item, index) => ({ item, order: (index * 7919 + seed) % 104729 }))
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);

describe('lens properties', () => {
  it('never adds an UNAPPLIED finding when an evidence link is added', () => {
    fc.assert(
      fc.property(profiles, fc.nat(), (profile, pick) => {
        if (profile.certificates.length === 0 || profile.projects.length === 0) return;
        const certificate = profile.certificates[pick % profile.certificates.length]!;
        const project = profile.projects[pick % profile.projects.length]!;
        const before = run(profile)
          .findings.filter((finding) => finding.code === 'CERT_UNAPPLIED')
          .map((finding) => finding.subject);
        const linked: Profile = {
          ...profile,
          certificates: profile.certificates.map((entry) =>
            entry.id !== certificate.id || entry.appliedIn.some((link) => link.id === project.id)
              ? entry
              : { ...entry, appliedIn: [...entry.appliedIn, { kind: 'project', id: project.id, note: 'used it' }] },
          ),
        };
        const after = run(linked)
          .findings.filter((finding) => finding.code === 'CERT_UNAPPLIED')
          .map((finding) => finding.subject);
        for (const subject of after) expect(before).toContain(subject);
      }),
      { numRuns: 60 },
    );
  });

  it('never raises the count of warnings when a certificate is linked to work', () => {
    fc.assert(
      fc.property(profiles, fc.nat(), (profile, pick) => {
        if (profile.certificates.length === 0 || profile.roles.length + profile.projects.length === 0) return;
        const certificate = profile.certificates[pick % profile.certificates.length]!;
        const useRole = profile.projects.length === 0 || (profile.roles.length > 0 && pick % 2 === 0);
        const entity = useRole
          ? { kind: 'role' as const, id: profile.roles[pick % profile.roles.length]!.id }
          : { kind: 'project' as const, id: profile.projects[pick % profile.projects.length]!.id };
        const warnings = (subject: Profile) =>
          run(subject).findings.filter((finding) => finding.severity === 'warning').length;
        const linked: Profile = {
          ...profile,
          certificates: profile.certificates.map((entry) =>
            entry.id !== certificate.id || entry.appliedIn.some((link) => link.id === entity.id)
              ? entry
              : { ...entry, appliedIn: [...entry.appliedIn, { ...entity, note: 'used it' }] },
          ),
        };
        expect(warnings(linked)).toBeLessThanOrEqual(warnings(profile));
      }),
      { numRuns: 60 },
    );
  });

  it("folds a certificate's findings into one card, and proposes at most five next steps", () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = run(profile);
        const cards = foldFindings(result.findings);
        for (const certificate of profile.certificates)
          expect(cards.filter((card) => card.subject === certificate.id).length).toBeLessThanOrEqual(1);
        expect(cards.reduce((sum, card) => sum + 1 + card.lines.length, 0)).toBe(result.findings.length);
        expect(result.nextSteps.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves no CERT_* finding once every certificate is removed', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const result = run({ ...profile, certificates: [] });
        expect(result.findings.filter((finding) => finding.code.startsWith('CERT_'))).toEqual([]);
        expect(result.curated).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the entities', () => {
    fc.assert(
      fc.property(profiles, fc.nat(), (profile, seed) => {
        const reordered: Profile = {
          ...profile,
          roles: shuffled(profile.roles, seed),
          projects: shuffled(profile.projects, seed + 1),
          certificates: shuffled(profile.certificates, seed + 2),
          targets: shuffled(profile.targets, seed + 3),
        };
        const a = run(profile);
        const b = run(reordered);
        expect(b.findings).toEqual(a.findings);
        expect(b.curated).toEqual(a.curated);
        expect(b.assessments).toEqual(a.assessments);
        expect(b.nextSteps).toEqual(a.nextSteps);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        expect(run(structuredClone(profile))).toEqual(run(profile));
      }),
      { numRuns: 40 },
    );
  });

  it('reads an edited profile exactly as it reads the same profile freshly loaded', () => {
    // An edit to one entity, of the kinds the app makes; the rest of the profile stays the same objects.
    const edits = fc.oneof(
      fc.record({ kind: fc.constant('title' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('link' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('unlink' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('role-end' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('dismiss' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('target' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('skills' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('learning' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('status' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('issued' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(profiles, fc.array(edits, { minLength: 1, maxLength: 6 }), (start, steps) => {
        let profile = start;
        run(profile);
        for (const edit of steps) {
          profile = applyEdit(profile, edit.kind, edit.pick, run(profile).findings);
          // The app's analysis after an edit (remembering what it read before) against a fresh copy's.
          expect(run(profile)).toEqual(run(structuredClone(profile)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads every persona edited one certificate at a time exactly as it reads it freshly loaded', () => {
    // The personas reach readings the random profiles rarely do (scattered learning, a career change).
    for (const name of PERSONA_NAMES) {
      let profile = loadPersona(name);
      run(profile);
      for (const kind of ['learning', 'status', 'issued', 'skills', 'learning', 'remove'] as const) {
        for (let pick = 0; pick < profile.certificates.length; pick += 1) {
          profile = applyEdit(profile, kind, pick, run(profile).findings);
          expect(run(profile), `${name}: ${kind} ${pick}`).toEqual(run(structuredClone(profile)));
        }
      }
    }
  });
});

function applyEdit(
  profile: Profile,
  kind:
    | 'title'
    | 'link'
    | 'unlink'
    | 'role-end'
    | 'dismiss'
    | 'target'
    | 'skills'
    | 'learning'
    | 'remove'
    | 'status'
    | 'issued',
  pick: number,
  findings: ReturnType<typeof run>['findings'],
): Profile {
  const certificate = profile.certificates[pick % Math.max(1, profile.certificates.length)];
  const replaceCertificate = (next: Profile['certificates'][number]) => ({
    ...profile,
    certificates: profile.certificates.map((entry) => (entry.id === next.id ? next : entry)),
  });
  switch (kind) {
    case 'title':
      // As an edit arrives from the window: parsed afresh, so even its unchanged skills are new lists.
      return certificate === undefined
        ? profile
        : replaceCertificate({
            ...certificate,
            title: `${certificate.title} (updated)`,
            skills: certificate.skills.map((skill) => ({ ...skill })),
            appliedIn: certificate.appliedIn.map((link) => ({ ...link })),
          });
    case 'status':
      return certificate === undefined
        ? profile
        : replaceCertificate({
            ...certificate,
            status: certificate.status.state === 'earned' ? { state: 'planned' } : { state: 'earned' },
          });
    case 'issued':
      return certificate === undefined
        ? profile
        : replaceCertificate({ ...certificate, issued: certificate.issued === '2019-03' ? '2024-09' : '2019-03' });
    case 'link': {
      const project = profile.projects[pick % Math.max(1, profile.projects.length)];
      if (
        certificate === undefined ||
        project === undefined ||
        certificate.appliedIn.some((link) => link.id === project.id)
      )
        return profile;
      return replaceCertificate({
        ...certificate,
        appliedIn: [...certificate.appliedIn, { kind: 'project', id: project.id, note: '' }],
      });
    }
    case 'unlink':
      return certificate === undefined ? profile : replaceCertificate({ ...certificate, appliedIn: [] });
    case 'role-end': {
      const role = profile.roles[pick % Math.max(1, profile.roles.length)];
      if (role === undefined) return profile;
      return { ...profile, roles: profile.roles.map((entry) => (entry === role ? { ...role, end: null } : entry)) };
    }
    case 'dismiss': {
      const finding = findings[pick % Math.max(1, findings.length)];
      if (finding === undefined || finding.dismissed !== null) return profile;
      return {
        ...profile,
        dismissedFindings: [
          ...profile.dismissedFindings,
          { key: finding.key, reason: 'not relevant', at: '2026-11-26T10:00:00.000Z' },
        ],
      };
    }
    case 'target': {
      const target = profile.targets[pick % Math.max(1, profile.targets.length)];
      return target === undefined ? profile : { ...profile, activeTargetId: target.id };
    }
    case 'skills': {
      // Another certificate's skills: what the lens matched to the old ones must be read again.
      const other = profile.certificates[(pick + 1) % Math.max(1, profile.certificates.length)];
      return certificate === undefined || other === undefined
        ? profile
        : replaceCertificate({ ...certificate, skills: [...other.skills] });
    }
    case 'learning':
      return certificate === undefined
        ? profile
        : replaceCertificate({
            ...certificate,
            learning: certificate.learning === 'education' ? 'certificate' : 'education',
          });
    case 'remove':
      return certificate === undefined
        ? profile
        : { ...profile, certificates: profile.certificates.filter((entry) => entry !== certificate) };
  }
}
