import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { readJsonResume } from '../../../shared/import/json-resume';
import { NO_CHOICE, planImport } from '../../../shared/import/plan';
import { NOW } from './json-resume-helpers';

function ids() {
  let next = 0;
  return () => `new-${String((next += 1))}`;
}

/** The same kind of entry written in eight scripts: distinct entries a person would never merge. */
const SCRIPTS = [
  { title: 'مدير مشاريع', company: 'شركة النور', skill: 'إدارة المشاريع', certificate: 'شهادة إدارة المشاريع' },
  {
    title: 'プロジェクトマネージャー',
    company: '株式会社さくら',
    skill: 'プロジェクト管理',
    certificate: '情報処理技術者',
  },
  { title: '项目经理', company: '华为', skill: '项目管理', certificate: '项目管理专业人士' },
  { title: 'Руководитель проектов', company: 'Яндекс', skill: 'Управление проектами', certificate: 'Сертификат' },
  { title: 'Διευθυντής έργου', company: 'Εταιρεία', skill: 'Διαχείριση έργων', certificate: 'Πιστοποίηση' },
  { title: 'מנהל פרויקטים', company: 'חברה', skill: 'ניהול פרויקטים', certificate: 'תעודה' },
  { title: 'परियोजना प्रबंधक', company: 'कंपनी', skill: 'परियोजना प्रबंधन', certificate: 'प्रमाणपत्र' },
  { title: '프로젝트 매니저', company: '삼성', skill: '프로젝트 관리', certificate: '자격증' },
];

interface Entry {
  title: string;
  company: string;
  skill: string;
  certificate: string;
}

/** Same dates everywhere, so only the text can tell the entries apart. */
function resume(entries: readonly Entry[]) {
  return JSON.stringify({
    work: entries.map((entry) => ({ name: entry.company, position: entry.title, startDate: '2020-01' })),
    projects: entries.map((entry) => ({ name: entry.skill, startDate: '2020-03' })),
    certificates: entries.map((entry) => ({ name: entry.certificate, issuer: entry.company, date: '2021-05' })),
    skills: entries.map((entry) => ({ name: entry.skill })),
  });
}

const plan = (profile: Profile, text: string) =>
  planImport(profile, readJsonResume(text, 'resume.json', { now: NOW }), NO_CHOICE, ids());

describe('importing entries written in any script', () => {
  it('adds every entry of eight scripts as its own entry', () => {
    const { items, profile } = plan(emptyProfile(), resume(SCRIPTS));
    expect(items).toHaveLength(SCRIPTS.length * 4);
    expect(items.filter((item) => item.action !== 'add')).toEqual([]);
    expect(profile.roles.map((role) => role.title)).toEqual(SCRIPTS.map((entry) => entry.title));
    expect(profile.projects).toHaveLength(SCRIPTS.length);
    expect(profile.certificates.map((certificate) => certificate.title)).toEqual(
      SCRIPTS.map((entry) => entry.certificate),
    );
    expect(profile.skills.map((entry) => entry.skill.label)).toEqual(SCRIPTS.map((entry) => entry.skill));
  });

  it('skips every entry when the same file is imported again', () => {
    const text = resume(SCRIPTS);
    const once = plan(emptyProfile(), text).profile;
    const again = plan(once, text);
    expect(again.items.map((item) => item.action)).toEqual(again.items.map(() => 'skip'));
    expect(again.profile).toBe(once);
  });

  it('still matches Latin text across case and accents', () => {
    const latin = [{ title: 'Jefe de Proyectos', company: 'Compañía', skill: 'Gestión', certificate: 'Certificación' }];
    const once = plan(emptyProfile(), resume(latin)).profile;
    const folded = [
      { title: 'jefe de proyectos', company: 'COMPANIA', skill: 'gestion', certificate: 'certificacion' },
    ];
    expect(plan(once, resume(folded)).items.map((item) => item.action)).toEqual(['skip', 'skip', 'skip', 'skip']);
  });

  it('never merges two entries whose titles are only emoji or punctuation', () => {
    const symbols = ['🚀', '🎯', '—', '...'].map((title) => ({
      title,
      company: '★',
      skill: title,
      certificate: title,
    }));
    const { items, profile } = plan(emptyProfile(), resume(symbols));
    expect(items.filter((item) => item.action !== 'add')).toEqual([]);
    expect(profile.roles.map((role) => role.title)).toEqual(['🚀', '🎯', '—', '...']);
    expect(profile.projects).toHaveLength(4);
    expect(profile.certificates).toHaveLength(4);
    expect(profile.skills).toHaveLength(4);
    // Each is still the same entry as itself: importing the file again adds nothing.
    expect(plan(profile, resume(symbols)).items.map((item) => item.action)).toEqual(items.map(() => 'skip'));
  });
});
