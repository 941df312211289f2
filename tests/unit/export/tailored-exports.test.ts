import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/profile';
import { toJsonResume } from '../../../shared/export/json-resume';
import { buildRecruiterReport } from '../../../shared/export/report-model';
import { escapeMarkdown, renderReportMarkdown } from '../../../shared/export/report-markdown';
import { renderReportHtml } from '../../../shared/export/report-html';
import { readJsonResume } from '../../../shared/import/json-resume';
import schema from '../../../shared/import/json-resume/schema.json';
import { analyze } from '../../../shared/lens/analyze';
import { PERSONA_NAMES, loadPersona } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { NOW, REVIEW_WORDS, reviewOnlyTexts } from './report-fixtures';
import { withOwnPosting, workSkills } from './posting-targets';

const TARGET = 'target-posting';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validResume = ajv.compile(schema);

function tailored(profile: Profile, targetId = TARGET) {
  const analysis = analyze(profile, bundledTaxonomy(), { now: NOW, targetId });
  const report = buildRecruiterReport(profile, analysis, targetId, NOW);
  const resume = toJsonResume(profile, {
    targetId,
    curated: analysis.curated.map((entry) => entry.certificateId),
    skillEvidence: analysis.skillEvidence,
  });
  return { analysis, report, resume };
}

const PERSONAS_WITH_WORK = PERSONA_NAMES.filter((name) => workSkills(loadPersona(name)).length >= 2);
const retail = () => withOwnPosting(loadPersona('changer-retail-to-data-analyst'));

describe('the recruiter report for a target made from a posting', () => {
  it('names the posting and leads with the curated certificates, then the work that shows its skills', () => {
    const { report } = tailored(retail());
    expect(report.posting).toMatchObject({ title: 'Operations Analyst', company: 'Brightline Retail' });
    const work = report.posting?.work ?? [];
    expect(work[0]).toEqual({
      lane: 'role',
      id: 'role-supervisor',
      title: 'Store Supervisor',
      context: 'Hollis & Grant',
      period: 'Nov 2020 – present',
      shows: ['inventory management', 'supervise staff', 'Excel'],
    });

    const markdown = renderReportMarkdown(report);
    expect(markdown.startsWith('# Operations Analyst at Brightline Retail — career report\n')).toBe(true);
    expect(markdown).toContain('for the Operations Analyst at Brightline Retail job posting.');
    const at = (heading: string) => markdown.indexOf(`\n## ${heading}\n`);
    expect(at('Certificates')).toBeGreaterThan(0);
    expect(at('Certificates')).toBeLessThan(at('Work that shows what the posting asks for'));
    expect(at('Work that shows what the posting asks for')).toBeLessThan(at('Career path'));
    expect(markdown).toContain(
      '- **Store Supervisor**, Hollis & Grant (Nov 2020 – present) — Shows: inventory management, supervise staff, Excel',
    );

    const html = renderReportHtml(report);
    expect(html).toContain('<title>Operations Analyst at Brightline Retail — career report</title>');
    expect(html).toContain('<h1>Operations Analyst at Brightline Retail</h1>');
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings.slice(0, 3)).toEqual(['Certificates', 'Work that shows what the posting asks for', 'Career path']);
    expect(html).toContain('<span class="label">Shows:</span> inventory management, supervise staff, Excel');
  });

  it.each(PERSONAS_WITH_WORK)(
    'lists only work in the profile, with skills the posting asks for, and nothing of the review (%s)',
    (name) => {
      const profile = withOwnPosting(loadPersona(name));
      const { report, analysis } = tailored(profile);
      const asked = new Set(profile.targets.find((target) => target.id === TARGET)?.skills.map((s) => s.skill.label));
      const ids = new Set([...profile.roles, ...profile.projects].map((entity) => entity.id));
      const work = report.posting?.work ?? [];
      expect(work.length).toBeGreaterThan(0);
      for (const entry of work) {
        expect(ids.has(entry.id)).toBe(true);
        expect(entry.shows.length).toBeGreaterThan(0);
      }
      // Each skill named is one the posting asks for.
      for (const label of work.flatMap((entry) => entry.shows)) expect(asked.has(label)).toBe(true);

      const markdown = renderReportMarkdown(report);
      for (const said of reviewOnlyTexts(analysis)) expect(markdown).not.toContain(escapeMarkdown(said));
      for (const word of REVIEW_WORDS) expect(markdown).not.toContain(word);
    },
  );

  it('leaves a target not made from a posting exactly as before', () => {
    const persona = loadPersona('changer-retail-to-data-analyst');
    const targetId = persona.activeTargetId ?? '';
    const { report, resume } = tailored(withOwnPosting(persona), targetId);
    expect(report.posting).toBeNull();
    const markdown = renderReportMarkdown(report);
    expect(markdown.indexOf('\n## Career path\n')).toBeLessThan(markdown.indexOf('\n## Certificates\n'));
    expect(markdown).not.toContain('Shows:');
    const plain = toJsonResume(withOwnPosting(persona), {
      targetId,
      curated: tailored(persona, targetId).analysis.curated.map((entry) => entry.certificateId),
    });
    expect(resume).toEqual(plain);
  });
});

describe('the JSON Resume for a target made from a posting', () => {
  it('puts the work that shows the posting’s skills first, naming them, and stays a valid resume', () => {
    const profile = retail();
    const { resume, analysis, report } = tailored(profile);
    expect(validResume(resume), JSON.stringify(validResume.errors)).toBe(true);
    expect(resume['x-throughline']?.posting).toEqual({ title: 'Operations Analyst', company: 'Brightline Retail' });
    const top = report.posting?.work.find((entry) => entry.lane === 'project');
    expect(resume.work[0]?.position).toBe('Store Supervisor');
    expect(resume.work[0]?.highlights?.[0]).toBe('Shows: inventory management, supervise staff, Excel');
    expect(resume.projects[0]?.name).toBe(top?.title);
    expect(resume.projects[0]?.highlights?.[0]).toBe(`Shows: ${top?.shows.join(', ')}`);
    const curated = analysis.curated.map((entry) => profile.certificates.find((c) => c.id === entry.certificateId));
    const earnedCourses = curated.filter((certificate) => certificate?.learning === 'certificate');
    expect(resume.certificates.slice(0, earnedCourses.length).map((entry) => entry.name)).toEqual(
      earnedCourses.map((certificate) => certificate?.title),
    );
  });

  it('reads back as the person wrote it: the tailored “Shows:” lines are left out', () => {
    const profile = retail();
    const { resume } = tailored(profile);
    const draft = readJsonResume(JSON.stringify(resume), 'resume.json', { now: NOW });
    const highlights = (title: string) =>
      draft.entries.flatMap((entry) =>
        entry.kind === 'role' && entry.role.title === title
          ? [entry.role.highlights]
          : entry.kind === 'project' && entry.project.title === title
            ? [entry.project.highlights]
            : [],
      );
    for (const entity of [...profile.roles, ...profile.projects]) {
      expect(highlights(entity.title)).toEqual([entity.highlights]);
    }
    expect(draft.entries.flatMap((entry) => entry.problems)).toEqual(
      draft.entries.flatMap((entry) => entry.problems).filter((found) => found.place.endsWith('.evidence')),
    );
  });
});
