import {
  evidenceBehind,
  type FindingGroup,
  type ReportModel,
  type ReportSkill,
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
        ...(entry.appliedIn.length === 0
          ? entry.intent
            ? []
            : [`  - ${REPORT_TEXT.notUsedYet}`]
          : entry.appliedIn.map(
              (link) =>
                `  - ${REPORT_TEXT.usedIn} **${md(link.title)}**: ${link.note === '' ? `_${REPORT_TEXT.noNote}_` : md(link.note)}`,
            )),
      ];
  }
}

function learningLines(learning: readonly UsedLearning[]): string[] {
  if (learning.length === 0) return [];
  return [
    `  - ${REPORT_TEXT.learningUsedHere} ${learning.map((used) => `**${md(used.title)}**${used.note === '' ? '' : ` (${md(used.note)})`}`).join('; ')}`,
  ];
}

function findingLines(group: FindingGroup): string[] {
  return [
    `### ${group.label} (${group.findings.length})`,
    '',
    ...group.findings.flatMap((finding) => [
      `- **${md(finding.message)}**`,
      `  - ${REPORT_TEXT.why} ${md(finding.why)}`,
      `  - ${REPORT_TEXT.nextStep} ${md(finding.action)}`,
    ]),
    '',
  ];
}

function skillLine(skill: ReportSkill): string {
  const parts = evidenceBehind(skill).map(([label, titles]) => `${label}: ${titles.map(md).join(', ')}`);
  return `- **${md(skill.label)}** — ${skill.levelLabel}. ${parts.length === 0 ? REPORT_TEXT.noEvidence : `${parts.join('; ')}.`}`;
}

/** The report as Markdown: headings and lists a reader can paste into notes or a CV draft. */
export function renderReportMarkdown(model: ReportModel): string {
  const { target } = model;
  const context = [
    REPORT_TEXT.preparedOn(model.preparedOn),
    ...(target.targetDate === null ? [] : [REPORT_TEXT.targetDate(target.targetDate)]),
    ...(target.pace === null ? [] : [target.pace]),
    ...target.modes,
  ];
  const lines: string[] = [
    `# ${md(REPORT_TEXT.documentTitle(target.title))}`,
    '',
    `${md(REPORT_TEXT.targetLine(target.title))} ${context.map(md).join(' · ')}.`,
    '',
    `${model.summary}. ${REPORT_TEXT.notScore}`,
    '',
    `## ${REPORT_TEXT.timelineHeading}`,
    '',
    ...(model.timeline.length === 0 ? [REPORT_TEXT.timelineEmpty] : model.timeline.flatMap(entryLines)),
    '',
    `## ${REPORT_TEXT.findingsHeading}`,
    '',
    ...(model.findings.length === 0 ? [REPORT_TEXT.findingsEmpty, ''] : model.findings.flatMap(findingLines)),
    ...(model.dismissed.length === 0
      ? []
      : [
          `### ${REPORT_TEXT.dismissedHeading(model.dismissed.length)}`,
          '',
          ...model.dismissed.map(
            (finding) => `- ${md(finding.message)} ${md(REPORT_TEXT.dismissedReason(finding.reason))}`,
          ),
          '',
        ]),
    `## ${REPORT_TEXT.curatedHeading}`,
    '',
    REPORT_TEXT.curatedLead,
    '',
    ...(model.curated.length === 0
      ? [REPORT_TEXT.curatedEmpty]
      : model.curated.flatMap((entry, index) => [
          `${index + 1}. **${md(entry.title)}**${entry.provider.trim() === '' ? '' : ` — ${md(entry.provider)}`}, ${md(entry.status)}. ${md(entry.reason)}`,
          ...(entry.story === null ? [] : [`   - ${REPORT_TEXT.storyLabel} ${md(entry.story)}`]),
        ])),
    ...(model.background.length === 0
      ? []
      : [
          '',
          `${REPORT_TEXT.background(model.background.length)}: ${model.background.map((entry) => md(entry.title)).join(', ')}.`,
        ]),
    '',
    `## ${REPORT_TEXT.storiesHeading}`,
    '',
    ...(model.stories.length === 0
      ? [REPORT_TEXT.storiesEmpty]
      : [REPORT_TEXT.storiesLead, '', ...model.stories.map((story) => `- ${md(story.line)}`)]),
    '',
    `## ${md(REPORT_TEXT.skillsHeading(target.title))}`,
    '',
    REPORT_TEXT.skillsLead(model.skills.essentialBacked, model.skills.essential.length),
    '',
    `### ${REPORT_TEXT.essentialSkills}`,
    '',
    ...(model.skills.essential.length === 0 ? [REPORT_TEXT.noSkills] : model.skills.essential.map(skillLine)),
    '',
    `### ${REPORT_TEXT.optionalSkills}`,
    '',
    ...(model.skills.optional.length === 0 ? [REPORT_TEXT.noSkills] : model.skills.optional.map(skillLine)),
    '',
    '---',
    '',
    `_${md(REPORT_TEXT.footer)}_`,
    '',
  ];
  return lines.join('\n');
}
