import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/profile';
import { buildCoverLetter } from '../../../shared/export/cover-letter';
import { escapeMarkdown } from '../../../shared/export/report-markdown';
import { analyze } from '../../../shared/lens/analyze';
import { isApplied } from '../../../shared/lens/evidence-level';
import { PERSONA_NAMES, loadPersona } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { HOSTILE_TITLE, NOW, REVIEW_WORDS, reviewOnlyTexts } from './report-fixtures';
import { UNBACKED_SKILL, withOwnPosting, workSkills } from './posting-targets';

const TARGET = 'target-posting';

function letterFor(profile: Profile) {
  const analysis = analyze(profile, bundledTaxonomy(), { now: NOW, targetId: TARGET });
  return { analysis, letter: buildCoverLetter(profile, analysis, TARGET, NOW) };
}

/** The letter itself, without the note for the person at its end. */
const body = (markdown: string) => markdown.split('\n---\n')[0] ?? '';

const PERSONAS_WITH_WORK = PERSONA_NAMES.filter((name) => workSkills(loadPersona(name)).length >= 2);

describe('the cover letter draft', () => {
  it('is signed with the name the person gave, or asks for it', () => {
    const profile = withOwnPosting(loadPersona(PERSONAS_WITH_WORK[0] ?? ''));
    expect(body(letterFor(profile).letter.markdown)).toMatch(/Kind regards,\n\n\[Your name\]\n/);
    const named = { ...profile, person: { ...profile.person, name: 'Priya Natarajan' } };
    expect(body(letterFor(named).letter.markdown)).toMatch(/Kind regards,\n\nPriya Natarajan\n/);
  });

  it.each(PERSONAS_WITH_WORK)(
    'addresses the posting, quotes only the profile, and says where the evidence is thin (%s)',
    (name) => {
      const profile = withOwnPosting(loadPersona(name));
      const { analysis, letter } = letterFor(profile);
      const { markdown } = letter;

      expect(markdown.startsWith('# Cover letter — Operations Analyst, Brightline Retail\n')).toBe(true);
      expect(markdown).toContain('Dear Brightline Retail hiring team,');
      expect(markdown).toContain('the Operations Analyst position at Brightline Retail.');

      // Every entry it cites is in the profile, and each example is quoted from it.
      const ids = {
        role: new Set(profile.roles.map((role) => role.id)),
        project: new Set(profile.projects.map((project) => project.id)),
        certificate: new Set(profile.certificates.map((certificate) => certificate.id)),
      };
      for (const cited of letter.cited) expect(ids[cited.kind].has(cited.id)).toBe(true);
      expect(letter.cited.some((cited) => cited.kind !== 'certificate')).toBe(true);
      for (const cited of letter.cited.filter((entry) => entry.kind !== 'certificate')) {
        const entity = [...profile.roles, ...profile.projects].find((entry) => entry.id === cited.id);
        expect(body(markdown)).toContain(escapeMarkdown(entity?.title ?? '—'));
      }

      // The thin skills: every essential skill no work shows, and never claimed in the letter itself.
      const thin = analysis.skillEvidence.filter(
        (entry) => entry.importance === 'essential' && !isApplied(entry.level),
      );
      expect(letter.thin.map((entry) => entry.skill)).toEqual(thin.map((entry) => entry.skill));
      expect(letter.thin.map((entry) => entry.skill)).toContain(UNBACKED_SKILL);
      const note = markdown.split('\n---\n')[1] ?? '';
      expect(note).toContain('delete before sending');
      for (const entry of thin) {
        expect(note).toContain(`**${escapeMarkdown(entry.skill)}**`);
        expect(body(markdown)).not.toContain(`drew on ${entry.skill}`);
      }
      expect(body(markdown)).not.toContain(UNBACKED_SKILL);

      // A letter, not the review: no finding, next step or review heading.
      for (const said of reviewOnlyTexts(analysis)) expect(markdown).not.toContain(escapeMarkdown(said));
      for (const word of REVIEW_WORDS) expect(markdown).not.toContain(word);
    },
  );

  it('names the posting’s skills each example shows, the person’s results, and the learning under way', () => {
    const persona = loadPersona('changer-retail-to-data-analyst');
    const inProgress = {
      ...persona.certificates[0]!,
      id: 'cert-power-bi',
      title: 'Power BI Data Analyst',
      provider: 'Microsoft',
      status: { state: 'in-progress' as const, percentDone: 40 },
      issued: '2027-02',
      skills: [{ label: 'Power BI', conceptId: null }],
      appliedIn: [],
    };
    const profile = withOwnPosting({ ...persona, certificates: [...persona.certificates, inProgress] });
    const withPowerBi: Profile = {
      ...profile,
      targets: profile.targets.map((target) =>
        target.id === TARGET
          ? {
              ...target,
              skills: [...target.skills, { skill: { label: 'Power BI', conceptId: null }, importance: 'essential' }],
            }
          : target,
      ),
    };
    const { markdown } = letterFor(withPowerBi).letter;
    expect(markdown).toContain(
      'As Store Supervisor at Hollis & Grant (Nov 2020 – present), my work drew on inventory management and supervise staff.',
    );
    expect(markdown).toContain(
      'Results I can point to: Ran a team of nine across two floors. Cut stock write-offs by 12% with a weekly shrinkage report.',
    );
    expect(markdown).toContain(
      'I am currently studying “Power BI Data Analyst” (Microsoft, expected Feb 2027), 40% done so far, which covers Power BI.',
    );
    expect(markdown).toMatch(/- \*\*Power BI\*\*: only planned or in progress \(“Power BI Data Analyst”\)/);
  });

  it('greets a hiring team when the posting names no company', () => {
    const { markdown } = letterFor(withOwnPosting(loadPersona('control-strong-analyst'), null)).letter;
    expect(markdown.startsWith('# Cover letter — Operations Analyst\n')).toBe(true);
    expect(markdown).toContain('Dear hiring team,');
    expect(markdown).toContain('I am writing to apply for the Operations Analyst position.');
  });

  it('keeps the person’s text literal: nothing they typed becomes Markdown or HTML', () => {
    const persona = loadPersona('control-strong-analyst');
    const [role, ...roles] = persona.roles;
    if (role === undefined) throw new Error('persona changed');
    const hostile = withOwnPosting(
      { ...persona, roles: [{ ...role, title: HOSTILE_TITLE, highlights: ['# Not a heading <img src=x>'] }, ...roles] },
      '<b>Acme</b>',
    );
    const { markdown } = letterFor(hostile).letter;
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/^# Not a heading/m);
    expect(markdown).toContain('\\<b\\>Acme\\</b\\>');
  });

  it('is refused for a target not made from a posting', () => {
    const profile = loadPersona('control-strong-analyst');
    const targetId = profile.targets[0]?.id ?? '';
    const analysis = analyze(profile, bundledTaxonomy(), { now: NOW, targetId });
    expect(() => buildCoverLetter(profile, analysis, targetId, NOW)).toThrow(/not made from a job posting/);
  });
});
