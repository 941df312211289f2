import {
  evidenceBehind,
  type FindingGroup,
  type LearningLink,
  type RecruiterReport,
  type ReportModel,
  type ReportPosting,
  type ReportSkill,
  type ReviewReport,
  type TimelineEntry,
  type UsedLearning,
} from './report-model';
import { REPORT_TEXT } from './report-text';

/**
 * User text as literal Markdown: inline markup, links, raw HTML and table pipes are
 * backslash-escaped, and line breaks fold into spaces so a title can never start a heading or a
 * list of its own. Block markers are escaped at the start too, because the text follows a list marker.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  return inline.replace(/^[-+#=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

const md = escapeMarkdown;

function entryLines(entry: TimelineEntry): string[] {
  switch (entry.lane) {
    case 'role': {
      const where = [entry.organization, entry.location]
        .filter((part) => part.trim() !== '')
        .map(md)
        .join(', ');
      return [
        `- **${md(entry.title)}**${where === '' ? '' : ` — ${where}`} · ${md(entry.kindLabel)}, ${md(entry.period)}`,
        ...(entry.summary === '' ? [] : [`  - ${md(entry.summary)}`]),
        ...entry.highlights.map((line) => `  - ${md(line)}`),
        ...learningLines(entry.learning),
      ];
    }
    case 'project':
      return [
        `- **${md(entry.title)}** · ${md(entry.kindLabel)}, ${md(entry.period)}`,
        ...(entry.roleTitle === null ? [] : [`  - ${md(REPORT_TEXT.partOf(entry.roleTitle))}`]),
        ...(entry.outcome === '' ? [] : [`  - ${REPORT_TEXT.outcome} ${md(entry.outcome)}`]),
        ...entry.highlights.map((line) => `  - ${md(line)}`),
        ...entry.evidence.map((link) => `  - ${md(link.label)}: ${md(link.target)}`),
        ...learningLines(entry.learning),
      ];
    case 'certificate':
      return [
        `- **${md(entry.title)}**${entry.provider.trim() === '' ? '' : ` — ${md(entry.provider)}`} · ${md(entry.kindLabel)}, ${md(entry.statusLabel)}`,
        // Learning not yet linked to work simply has no "Used in": the recruiter report names no gap.
        ...entry.appliedIn.map((link) => `  - ${usedInLine(link)}`),
      ];
  }
}

function learningLines(learning: readonly UsedLearning[]): string[] {
  if (learning.length === 0) return [];
  return [
    `  - ${REPORT_TEXT.learningUsedHere} ${learning.map((used) => `**${md(used.title)}**${used.note === '' ? '' : ` (${md(used.note)})`}`).join('; ')}`,
  ];
}

function usedInLine(link: LearningLink): string {
  return `${REPORT_TEXT.usedIn} **${md(link.title)}**${link.note === '' ? '' : `: ${md(link.note)}`}`;
}

function findingLines(group: FindingGroup): string[] {
  const text = REPORT_TEXT.review;
  return [
    `### ${group.label} (${group.findings.length})`,
    '',
    ...group.findings.flatMap((finding) => [
      `- **${md(finding.message)}**`,
      `  - ${text.why} ${md(finding.why)}`,
      `  - ${text.nextStep} ${md(finding.action)}`,
    ]),
    '',
  ];
}

/** One skill as a list line; `gap` is the text for a skill with nothing behind it (the review only). */
function skillLine(skill: ReportSkill, gap: string): string {
  const parts = evidenceBehind(skill).map(([label, titles]) => `${label}: ${titles.map(md).join(', ')}`);
  const behind = parts.length === 0 ? gap : `${parts.join('; ')}.`;
  return `- **${md(skill.label)}** — ${skill.levelLabel}.${behind === '' ? '' : ` ${behind}`}`;
}

/** The roles and projects that show a posting's skills, each with the skills it shows. */
function postingWorkLines(posting: ReportPosting): string[] {
  const text = REPORT_TEXT.recruiter.posting;
  if (posting.work.length === 0) return [];
  return [
    `## ${text.workHeading}`,
    '',
    text.workLead,
    '',
    ...posting.work.map((work) => {
      const context = work.context === '' ? '' : `, ${md(work.context)}`;
      return `- **${md(work.title)}**${context} (${work.period}) — ${text.shows} ${work.shows.map(md).join(', ')}`;
    }),
    '',
  ];
}

/**
 * The report a recruiter reads: what is there, in the order a reader checks it. Empty parts are left
 * out. Tailored to a job posting, it names the posting and leads with the curated certificates and
 * the work that shows the posting's skills.
 */
function recruiterLines(model: RecruiterReport): string[] {
  const text = REPORT_TEXT.recruiter;
  const { target, skills, posting } = model;
  const skillLines = (heading: string, list: readonly ReportSkill[]) =>
    list.length === 0 ? [] : [`### ${heading}`, '', ...list.map((skill) => skillLine(skill, '')), ''];
  const name = posting === null ? null : text.posting.name(posting.title, posting.company);
  const certificates =
    model.certificates.length === 0
      ? []
      : [
          `## ${text.certificatesHeading}`,
          '',
          md(text.certificatesLead(target.title)),
          '',
          ...model.certificates.flatMap((entry, index) => [
            `${index + 1}. **${md(entry.title)}**${entry.provider.trim() === '' ? '' : ` — ${md(entry.provider)}`}, ${md(entry.status)}.`,
            ...(entry.covers.length === 0 ? [] : [`   - ${text.covers} ${entry.covers.map(md).join(', ')}`]),
            ...entry.usedIn.map((link) => `   - ${usedInLine(link)}`),
          ]),
          '',
        ];
  return [
    `# ${md(name === null ? text.documentTitle(target.title) : text.posting.documentTitle(name))}`,
    '',
    `${md(name === null ? text.lead(target.title) : text.posting.lead(name))} ${md(REPORT_TEXT.preparedOn(model.preparedOn))} · ${model.summary}.`,
    '',
    ...(posting === null ? [] : [...certificates, ...postingWorkLines(posting)]),
    `## ${REPORT_TEXT.timelineHeading}`,
    '',
    ...(model.timeline.length === 0 ? [REPORT_TEXT.timelineEmpty] : model.timeline.flatMap(entryLines)),
    '',
    ...(posting === null ? certificates : []),
    ...(model.stories.length === 0
      ? []
      : [
          `## ${text.storiesHeading}`,
          '',
          text.storiesLead,
          '',
          ...model.stories.map((story) => `- ${md(story.line)}`),
          '',
        ]),
    ...(skills.essential.length + skills.optional.length === 0
      ? []
      : [
          `## ${md(text.skillsHeading(target.title))}`,
          '',
          text.skillsLead,
          '',
          ...skillLines(REPORT_TEXT.essentialSkills, skills.essential),
          ...skillLines(REPORT_TEXT.optionalSkills, skills.optional),
        ]),
  ];
}

/** The person's review: next steps first, then the findings behind them, what was set aside, and every gap. */
function reviewLines(model: ReviewReport): string[] {
  const text = REPORT_TEXT.review;
  const { target, skills } = model;
  const context = [
    REPORT_TEXT.preparedOn(model.preparedOn),
    ...(target.targetDate === null ? [] : [text.targetDate(target.targetDate)]),
    ...(target.pace === null ? [] : [target.pace]),
    ...target.modes,
  ];
  return [
    `# ${md(text.documentTitle(target.title))}`,
    '',
    `**${text.notForSending}**`,
    '',
    `${md(text.lead(target.title))} ${context.map(md).join(' · ')}.`,
    '',
    `## ${text.nextStepsHeading}`,
    '',
    ...(model.nextSteps.length === 0
      ? [text.nextStepsEmpty]
      : [
          text.nextStepsLead,
          '',
          ...model.nextSteps.flatMap((step, index) => [`${index + 1}. **${md(step.text)}**`, `   - ${md(step.why)}`]),
        ]),
    '',
    `## ${text.findingsHeading}`,
    '',
    text.notScore,
    '',
    ...(model.findings.length === 0 ? [text.findingsEmpty, ''] : model.findings.flatMap(findingLines)),
    ...(model.dismissed.length === 0
      ? []
      : [
          `### ${text.dismissedHeading(model.dismissed.length)}`,
          '',
          ...model.dismissed.map((finding) => `- ${md(finding.message)} ${md(text.dismissedReason(finding.reason))}`),
          '',
        ]),
    `## ${md(text.skillsHeading(target.title))}`,
    '',
    `${text.skillsLead(skills.essentialBacked, skills.essential.length)} ${text.skillsRecruiterNote}`,
    '',
    `### ${REPORT_TEXT.essentialSkills}`,
    '',
    ...(skills.essential.length === 0
      ? [REPORT_TEXT.noSkills]
      : skills.essential.map((skill) => skillLine(skill, text.noEvidence))),
    '',
    ...(skills.optional.length === 0
      ? []
      : [
          `### ${REPORT_TEXT.optionalSkills}`,
          '',
          ...skills.optional.map((skill) => skillLine(skill, text.noEvidence)),
          '',
        ]),
    `## ${text.shownFirstHeading}`,
    '',
    ...(model.curated.length === 0
      ? [text.shownFirstEmpty]
      : model.curated.map((entry, index) => `${index + 1}. **${md(entry.title)}** — ${md(entry.reason)}`)),
    ...(model.background.length === 0
      ? []
      : [
          '',
          `${text.background(model.background.length)}: ${model.background.map((entry) => md(entry.title)).join(', ')}.`,
        ]),
    '',
  ];
}

/** A report as Markdown: headings and lists a reader can paste into notes or a CV draft. */
export function renderReportMarkdown(model: ReportModel): string {
  const lines = model.report === 'recruiter' ? recruiterLines(model) : reviewLines(model);
  return [...lines, '---', '', `_${md(REPORT_TEXT.footer)}_`, ''].join('\n');
}
