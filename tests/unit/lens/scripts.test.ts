import { describe, expect, it } from 'vitest';
import { newCertificate } from '../../../shared/domain/entries';
import type { Certificate, Profile } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import { sampleProfile } from '../../../scripts/support/profiles';
import { bundledTaxonomy } from '../../support/taxonomy';

const NOW = '2026-11-26';
const free = (label: string) => ({ label, conceptId: null });

function certificate(id: string, title: string, skill: string): Certificate {
  return newCertificate({
    id,
    title,
    provider: 'Interaction Design Foundation',
    issued: '2025-05',
    skills: [free(skill)],
    hours: 20,
    appliedIn: [{ kind: 'role', id: 'role-support', note: 'used it every week' }],
  });
}

/** A target whose skills are free labels in three scripts, and certificates in six. */
function profile(): Profile {
  const base = sampleProfile();
  return {
    ...base,
    certificates: [
      certificate('cert-zh', '项目管理证书', '项目管理'),
      // The same words as the target's, written with their optional vowel marks.
      certificate('cert-ar', 'شهادة', 'إِدَارَةُ المَشَارِيعِ'),
      // Shares a word with the target's Russian skill, but is another skill (managing people).
      certificate('cert-ru', 'Сертификат', 'Управление персоналом'),
      certificate('cert-el', 'Πιστοποίηση', 'Διαχείριση έργων'),
      certificate('cert-hi', 'प्रमाणपत्र', 'परियोजना प्रबंधन'),
      certificate('cert-ja', '資格', 'プロジェクト管理'),
    ],
    targets: [
      {
        id: 'target-pm',
        title: '项目经理',
        occupationId: null,
        skills: [
          { skill: free('项目管理'), importance: 'essential' },
          { skill: free('إدارة المشاريع'), importance: 'essential' },
          { skill: free('Управление проектами'), importance: 'essential' },
        ],
        paceOverride: null,
        targetDate: null,
        posting: null,
      },
    ],
    activeTargetId: 'target-pm',
  };
}

describe('the lens with skills and certificates in other scripts', () => {
  const result = analyze(profile(), bundledTaxonomy(), { now: NOW });
  const evidence = (skill: string) => result.skillEvidence.find((entry) => entry.skill === skill);
  const codesOf = (subject: string) =>
    result.findings.filter((finding) => finding.subject === subject).map((finding) => finding.code);

  it('credits a target skill only with the certificates that name it', () => {
    expect(evidence('项目管理')).toMatchObject({ certificates: ['cert-zh'], level: 'applied' });
    expect(evidence('إدارة المشاريع')).toMatchObject({ certificates: ['cert-ar'], level: 'applied' });
    expect(evidence('Управление проектами')).toMatchObject({ certificates: [], level: 'none' });
  });

  it('reads certificates for other skills as off target, whatever their script', () => {
    for (const id of ['cert-zh', 'cert-ar']) expect(codesOf(id), id).not.toContain('CERT_OFF_TARGET');
    for (const id of ['cert-ru', 'cert-el', 'cert-hi', 'cert-ja']) expect(codesOf(id), id).toContain('CERT_OFF_TARGET');
  });
});
