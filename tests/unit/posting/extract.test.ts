import { describe, expect, it } from 'vitest';
import { PostingExtractionSchema } from '../../../shared/posting/posting';
import { conceptOf, importanceOf, read, skillIds } from './reading';

const labelsOf = (text: string) => read(text).skills.map((skill) => skill.label);

describe('finding the skills a posting names', () => {
  it('prefers the longest name, and keeps every place a skill is named', () => {
    const text = 'Requirements\n- Microsoft Power BI and Power BI Desktop\n- Power BI reports';
    const [powerBi, ...rest] = read(text).skills;
    expect(rest).toEqual([]);
    expect(powerBi?.conceptId).toBe(conceptOf('Power BI'));
    expect(powerBi?.spans.map((span) => span.text)).toEqual(['Microsoft Power BI', 'Power BI Desktop', 'Power BI']);
  });

  it('matches whole words only', () => {
    expect(skillIds(read('We value excellence and use PostgreSQL and Rexcel.'))).not.toContain(conceptOf('Excel'));
    expect(skillIds(read('We use PostgreSQL.'))).not.toContain(conceptOf('SQL'));
  });

  it('gives spans as offsets into the text as written, whatever comes before', () => {
    const text = '🚀 Café « Zoë » — équipe\nMust know SQL and Tableau, naïvely or not.';
    const extraction = read(text);
    expect(extraction.skills.length).toBeGreaterThanOrEqual(2);
    for (const skill of extraction.skills)
      for (const span of skill.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(extraction.skills.flatMap((skill) => skill.spans.map((span) => span.text))).toEqual(['SQL', 'Tableau']);
  });

  it('lists skills in the order the posting names them', () => {
    expect(labelsOf('You will use Tableau, then SQL, then Python.')).toEqual([
      'Tableau',
      'SQL',
      'Python (computer programming)',
    ]);
  });

  it('reads British and American spelling alike', () => {
    const british = read('Experience with data visualisation.').skills.map((skill) => skill.conceptId);
    const american = read('Experience with data visualization.').skills.map((skill) => skill.conceptId);
    expect(british).toEqual(american);
    expect(british).toContain(conceptOf('data visualization'));
  });

  it('reads acronyms: SQL, KPIs, CI/CD, SEO', () => {
    const ids = skillIds(read('You know SQL, track KPIs, keep our CI/CD green and understand SEO.'));
    for (const name of ['SQL', 'KPI', 'CI/CD', 'SEO']) expect(ids).toContain(conceptOf(name));
  });

  it('does not read ordinary words as tools or skills', () => {
    const text = [
      'Our team cares about accessibility and access to training.',
      'Fluent English, good communication and management support.',
      'It is great. Teams across the company sell, and it helps.',
      'The R&D budget is generous.',
    ].join('\n');
    expect(read(text).skills.map((skill) => skill.label)).toEqual([]);
  });

  it('reads a product named like a word only with its capital, and an acronym only in capitals', () => {
    expect(skillIds(read('Strong Excel skills.'))).toContain(conceptOf('Excel'));
    expect(skillIds(read('You will excel at pace.'))).not.toContain(conceptOf('Excel'));
    expect(skillIds(read('We write sql by hand.'))).not.toContain(conceptOf('SQL'));
  });

  it('does not read a job title as a skill asked for', () => {
    const extraction = read(
      'We are hiring a Customer Success Manager.\nYou will own customer success for 60 accounts.',
    );
    const [skill] = extraction.skills;
    expect(skill?.spans.map((span) => span.text)).toEqual(['customer success']);
  });

  it('reads ESCO’s hidden labels too ("coaching and mentoring" is ESCO’s "advise others")', () => {
    expect(skillIds(read('- Experience in coaching and mentoring new starters'))).toContain(conceptOf('advise others'));
  });

  it('does not read the name of the team the job sits in as a skill asked for', () => {
    const extraction = read('Join our customer insights team in Bristol.\n- Present customer insights to the board');
    const [skill] = extraction.skills;
    expect(skill?.spans.map((span) => span.text)).toEqual(['customer insights']);
    expect(skill?.spans[0]?.start).toBeGreaterThan(40);
  });
});

describe('reading the posting’s structure', () => {
  it('makes requirements essential and nice-to-haves optional', () => {
    const extraction = read('Requirements\n- SQL\n- Tableau\n\nNice to have\n- Python\n');
    expect(importanceOf(extraction, 'SQL')).toBe('essential');
    expect(importanceOf(extraction, 'Tableau')).toBe('essential');
    expect(importanceOf(extraction, 'Python')).toBe('optional');
  });

  it('lets a line’s own words beat its section', () => {
    const extraction = read(
      'Requirements\n- SQL\n- Familiarity with Tableau is a plus\n\nBonus points\n- Python is a must\n- Power BI',
    );
    expect(importanceOf(extraction, 'SQL')).toBe('essential');
    expect(importanceOf(extraction, 'Tableau')).toBe('optional');
    expect(importanceOf(extraction, 'Python')).toBe('essential');
    expect(importanceOf(extraction, 'Power BI')).toBe('optional');
  });

  it('makes optional only what follows "ideally", not the whole line', () => {
    const extraction = read('What you need\n- Experience with SQL, ideally with Tableau');
    expect(importanceOf(extraction, 'SQL')).toBe('essential');
    expect(importanceOf(extraction, 'Tableau')).toBe('optional');
  });

  it('reads prose as well as lists', () => {
    const extraction = read(
      'We need someone who writes SQL every day. It would be a plus if you have used Tableau before.',
    );
    expect(importanceOf(extraction, 'SQL')).toBe('essential');
    expect(importanceOf(extraction, 'Tableau')).toBe('optional');
  });

  it('sets aside benefits, salary, the company’s blurb, equal-opportunity and how-to-apply text, saying why', () => {
    const text = [
      'Data Analyst',
      '',
      'About Acme',
      'Acme builds Salesforce integrations for charities.',
      '',
      'Requirements',
      '- SQL',
      '',
      'Benefits',
      '- Free Python courses',
      '',
      'Salary: £40,000 per annum',
      'We are an equal opportunity employer and welcome applications from everyone.',
      'To apply, send your CV to jobs@acme.example.',
    ].join('\n');
    const extraction = read(text);
    expect(skillIds(extraction)).toEqual([conceptOf('SQL')]);
    const why = (conceptId: string | null) => extraction.ignored.find((entry) => entry.conceptId === conceptId)?.why;
    expect(why(conceptOf('Salesforce'))).toBe('company');
    expect(why(conceptOf('Python'))).toBe('benefits');
    const reasons = extraction.ignored.filter((entry) => entry.conceptId === null).map((entry) => entry.why);
    expect(reasons).toEqual(expect.arrayContaining(['salary', 'equal-opportunity', 'how-to-apply']));
    for (const entry of extraction.ignored) expect(text.slice(entry.start, entry.end)).toBe(entry.text);
    expect(extraction.sections.map((section) => section.kind)).toEqual(
      expect.arrayContaining(['title', 'company', 'requirements', 'benefits']),
    );
  });

  it('does not ask for what the posting says is not needed', () => {
    const text = [
      'No prior experience with Salesforce needed.',
      'You don’t need a degree in computer science.',
      'Python is not required.',
      "You don't need a degree, but SQL is essential.",
    ].join('\n');
    const extraction = read(text);
    expect(skillIds(extraction)).toEqual([conceptOf('SQL')]);
    const negated = extraction.ignored.filter((entry) => entry.why === 'negated').map((entry) => entry.conceptId);
    expect(negated).toEqual([conceptOf('Salesforce'), conceptOf('computer science'), conceptOf('Python')]);
  });

  it('asks for what a negation makes an exception of', () => {
    const extraction = read('No coding experience is required beyond basic HTML.');
    expect(skillIds(extraction)).toEqual([conceptOf('HTML')]);
  });
});

describe('the title, company and occupation', () => {
  it('reads "<Company> is hiring a <title>" and the first line', () => {
    const extraction = read(
      'Data Analyst\nBrightwater Energy is hiring a Data Analyst to join us.\n\nRequirements\n- SQL',
    );
    expect(extraction).toMatchObject({ title: 'Data Analyst', company: 'Brightwater Energy' });
    expect(extraction.occupation).toMatchObject({ roleId: 'data-analyst', occupationId: 'data-analyst' });
  });

  it('reads "Job title:" and "Company:" lines, and "<title> at <company>"', () => {
    expect(read('Job title: IT Project Coordinator\nCompany: Halden County Council\n')).toMatchObject({
      title: 'IT Project Coordinator',
      company: 'Halden County Council',
    });
    expect(read('Junior Web Developer at Pixelmoor\n\nWe build websites.')).toMatchObject({
      title: 'Junior Web Developer',
      company: 'Pixelmoor',
    });
  });

  it('falls back to an ESCO occupation when no curated role matches, and to null when nothing does', () => {
    const carpenter = read('Carpenter\nWe build houses.').occupation;
    expect(carpenter?.roleId).toBeNull();
    expect(carpenter?.occupationId).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(read('Wizard of vibes\nBring good energy.').occupation).toBeNull();
  });

  it('offers the role’s core skills the posting does not name, and never adds them', () => {
    const extraction = read('Data Analyst\n\nRequirements\n- SQL\n- Tableau');
    const offered = extraction.offered.map((skill) => skill.conceptId);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(conceptOf('SQL'));
    expect(skillIds(extraction)).toEqual([conceptOf('SQL'), conceptOf('Tableau')]);
  });

  it('answers in the shape the contract promises', () => {
    expect(() => PostingExtractionSchema.parse(read('Data Analyst\nRequirements\n- SQL'))).not.toThrow();
    expect(read('')).toMatchObject({ title: '', company: null, occupation: null, skills: [], ignored: [] });
  });
});
