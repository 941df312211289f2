import type { Certificate, Profile, Project, Role, SkilledKind } from '../domain/profile';
import { readableMonth } from '../domain/months';
import { isApplied, type EvidenceLevel } from '../lens/evidence-level';
import type { LensResult } from '../lens/result';
import { LETTER_TEXT, asSentence, listed } from './cover-letter-text';
import { workShowingSkills, type WorkShowing } from './posting-evidence';
import { escapeMarkdown as md } from './report-markdown';
import { readableDay, readablePeriod } from './report-model';

/** More than a few examples make a letter a CV; the strongest three carry it. */
const MAX_EXAMPLES = 3;
/** Results quoted per example, from the person's highlights. */
const MAX_RESULTS = 2;

/** An entry of the profile the letter quotes or names. */
export interface CitedEntry {
  kind: SkilledKind;
  id: string;
}

/** An essential skill of the posting that no role or project shows yet, and the learning behind it if any. */
export interface ThinSkill {
  skill: string;
  level: Exclude<EvidenceLevel, 'applied' | 'applied-with-evidence'>;
  learning: string[];
}

export interface CoverLetter {
  title: string;
  company: string | null;
  cited: CitedEntry[];
  thin: ThinSkill[];
  markdown: string;
}

function resultsOf(highlights: readonly string[]): string {
  const lines = highlights.filter((line) => line.trim() !== '').slice(0, MAX_RESULTS);
  return lines.length === 0 ? '' : LETTER_TEXT.results(lines.map((line) => md(asSentence(line))).join(' '));
}

/** One paragraph per example: the work, the posting's skills it drew on, and the person's own account of it. */
function exampleParagraph(showing: WorkShowing, profile: Profile): string {
  const skills = md(listed(showing.shows.slice(0, showing.essentialShown)));
  if (showing.kind === 'role') {
    const role = showing.entity as Role;
    return [
      LETTER_TEXT.role(md(role.title), md(role.organization), readablePeriod(role), skills),
      md(asSentence(role.summary)),
      resultsOf(role.highlights),
    ]
      .filter((part) => part !== '')
      .join(' ');
  }
  const project = showing.entity as Project;
  const owner = project.roleId === null ? undefined : profile.roles.find((role) => role.id === project.roleId);
  const link = project.evidence.find((evidence) => evidence.kind === 'url');
  return [
    LETTER_TEXT.project(
      md(project.title),
      owner === undefined ? null : md(owner.title),
      readablePeriod(project),
      skills,
    ),
    md(asSentence(project.outcome)),
    resultsOf(project.highlights),
    link?.kind === 'url' ? LETTER_TEXT.seeIt(md(link.label.trim() || link.url), md(link.url)) : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function sourceOf(certificate: Certificate): string {
  // A course under way or planned has an expected date, not an issue date.
  const expected = certificate.status.state === 'earned' ? '' : 'expected ';
  const parts = [
    certificate.provider.trim(),
    certificate.issued === null ? '' : `${expected}${readableMonth(certificate.issued)}`,
  ];
  const source = parts.filter((part) => part !== '').join(', ');
  return source === '' ? '' : ` (${md(source)})`;
}

/** The learning sentence for one certificate, or '' when the letter has nothing true to say of it. */
function learningSentence(certificate: Certificate, skills: readonly string[]): string {
  const title = md(certificate.title);
  const covered = md(listed(skills));
  switch (certificate.status.state) {
    case 'in-progress':
      return LETTER_TEXT.learning.inProgress(title, sourceOf(certificate), certificate.status.percentDone, covered);
    case 'planned':
      return LETTER_TEXT.learning.planned(title, sourceOf(certificate), covered);
    case 'earned':
      return LETTER_TEXT.learning.earned(title, sourceOf(certificate), covered);
  }
}

const LEARNING_ORDER: Record<Certificate['status']['state'], number> = { 'in-progress': 0, earned: 1, planned: 2 };

/**
 * A cover letter draft (Markdown) for a target made from a job posting, from templates and the
 * person's own words only: it names the company and title from the posting, gives a paragraph to
 * each of the strongest roles and projects behind the posting's essential skills (their titles,
 * descriptions and results as the person wrote them), quotes the lens's story lines for those
 * skills, says what learning is under way for the rest, and ends with a marked note for the person
 * naming each essential skill nothing in their work shows yet and what would back it. It claims no
 * skill the lens does not read as shown in work, and says nothing of findings or the review.
 *
 * @throws Error when the target does not exist, was not made from a posting, or `analysis` was made
 * for another target.
 */
export function buildCoverLetter(profile: Profile, analysis: LensResult, targetId: string, now: string): CoverLetter {
  const target = profile.targets.find((candidate) => candidate.id === targetId);
  if (target === undefined) throw new Error(`No target role with id ${targetId}.`);
  if (target.posting === null) throw new Error(`The target “${target.title}” was not made from a job posting.`);
  if (analysis.targetId !== targetId) {
    throw new Error(`The analysis was made for ${analysis.targetId ?? 'no target'}, not for ${targetId}.`);
  }
  const { company } = target.posting;
  const title = target.title;
  const essential = analysis.skillEvidence.filter((entry) => entry.importance === 'essential');
  const essentialLabels = new Set(essential.map((entry) => entry.skill));
  const certificates = new Map(profile.certificates.map((certificate) => [certificate.id, certificate]));
  const cited: CitedEntry[] = [];

  const examples = workShowingSkills(profile, analysis.skillEvidence)
    .filter((showing) => showing.essentialShown > 0)
    .slice(0, MAX_EXAMPLES);
  for (const showing of examples) cited.push({ kind: showing.kind, id: showing.id });

  const servesOf = new Map(analysis.assessments.map((assessment) => [assessment.certificateId, assessment.serves]));
  const stories = analysis.stories.filter(
    (story) =>
      certificates.has(story.certificateId) &&
      (servesOf.get(story.certificateId) ?? []).some((skill) => essentialLabels.has(skill)),
  );
  for (const story of stories) cited.push({ kind: 'certificate', id: story.certificateId });

  // Learning towards the essential skills work does not show yet: what the person is doing about them.
  const thinEvidence = essential.filter((entry) => !isApplied(entry.level));
  const learningSkills = new Map<string, string[]>();
  for (const entry of thinEvidence) {
    for (const id of entry.certificates) learningSkills.set(id, [...(learningSkills.get(id) ?? []), entry.skill]);
  }
  const storied = new Set(stories.map((story) => story.certificateId));
  const learning = [...learningSkills]
    .flatMap(([id, skills]) => {
      const certificate = certificates.get(id);
      return certificate === undefined || storied.has(id) ? [] : [{ certificate, skills }];
    })
    .sort((a, b) => LEARNING_ORDER[a.certificate.status.state] - LEARNING_ORDER[b.certificate.status.state]);
  for (const { certificate } of learning) cited.push({ kind: 'certificate', id: certificate.id });

  const thin: ThinSkill[] = thinEvidence.map((entry) => ({
    skill: entry.skill,
    level: isApplied(entry.level) ? 'none' : entry.level,
    // Certified: the earned courses; planned: the ones under way or planned.
    learning: entry.certificates.flatMap((id) => {
      const certificate = certificates.get(id);
      if (certificate === undefined) return [];
      return (certificate.status.state === 'earned') === (entry.level === 'certified') ? [certificate.title] : [];
    }),
  }));

  const lines = [
    `# ${md(LETTER_TEXT.documentTitle(title, company))}`,
    '',
    `> ${LETTER_TEXT.draftNote(readableDay(now))}`,
    '',
    md(LETTER_TEXT.greeting(company)),
    '',
    `${md(LETTER_TEXT.opening(title, company))} ${examples.length === 0 ? LETTER_TEXT.openingNoEvidence : LETTER_TEXT.openingEvidence}`,
    '',
    ...examples.flatMap((showing) => [exampleParagraph(showing, profile), '']),
    ...(stories.length === 0
      ? []
      : [LETTER_TEXT.storiesLead, '', ...stories.map((story) => `- ${md(story.line)}`), '']),
    ...(learning.length === 0
      ? []
      : [learning.map(({ certificate, skills }) => learningSentence(certificate, skills)).join(' '), '']),
    md(LETTER_TEXT.closing(title)),
    '',
    LETTER_TEXT.signOff,
    '',
    // The person's own name when they gave it ("Your details"); the placeholder asks for it otherwise.
    profile.person.name.trim() === '' ? LETTER_TEXT.namePlaceholder : md(profile.person.name.trim()),
    '',
    '---',
    '',
    ...(thin.length === 0
      ? [LETTER_TEXT.thin.allBacked]
      : [LETTER_TEXT.thin.heading, '', LETTER_TEXT.thin.lead, '', ...thinLines(thin)]),
  ];
  return { title, company, cited, thin, markdown: `${lines.join('\n')}\n` };
}

function thinLines(thin: readonly ThinSkill[]): string[] {
  const bold = (skill: string) => `**${md(skill)}**`;
  const unshown = thin.filter((entry) => entry.level === 'none' || entry.learning.length === 0);
  const learning = thin.filter((entry) => !unshown.includes(entry));
  return [
    ...(unshown.length === 0
      ? []
      : [`- ${LETTER_TEXT.thin.none(listed(unshown.map((entry) => bold(entry.skill))), unshown.length)}`]),
    ...learning.map((entry) => {
      const titles = entry.learning.map((title) => `“${md(title)}”`).join(', ');
      return `- ${
        entry.level === 'certified'
          ? LETTER_TEXT.thin.certified(bold(entry.skill), titles)
          : LETTER_TEXT.thin.planned(bold(entry.skill), titles)
      }`;
    }),
  ];
}
