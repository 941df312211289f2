import { escapeHtml as h } from './report-escape';
import {
  evidenceBehind,
  type FindingGroup,
  type ReportModel,
  type ReportSkill,
  type TimelineEntry,
  type UsedLearning,
} from './report-model';
import { REPORT_PALETTE as C } from './report-palette';
import { REPORT_PRINT_CSS } from './report-print-css';
import { REPORT_TEXT } from './report-text';
import { renderTimelineSvg } from './report-timeline-svg';

/**
 * No script, no request: the document needs nothing but its own inline stylesheet, and says so
 * to whatever opens it (the print window also runs with JavaScript off).
 */
const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const LEVELS: readonly ReportSkill['level'][] = ['none', 'planned', 'certified', 'applied', 'applied-with-evidence'];

/** Four small boxes filled up to the evidence level: readable at a glance and in black and white. */
function meter(level: ReportSkill['level']): string {
  const filled = LEVELS.indexOf(level);
  const boxes = [0, 1, 2, 3]
    .map(
      (index) =>
        `<rect x="${index * 7 + 0.5}" y="0.5" width="5" height="7" rx="1" stroke="${C.accent}" stroke-width="0.8" fill="${index < filled ? C.accent : C.paper}"/>`,
    )
    .join('');
  return `<svg class="meter" width="28" height="8" viewBox="0 0 28 8" aria-hidden="true">${boxes}</svg>`;
}

/** Evidence links are http(s) by the profile schema; anything else stays plain text. */
function linkOrText(label: string, target: string): string {
  return /^https?:\/\//i.test(target) ? `<a href="${h(target)}">${h(label)}</a>` : `${h(label)} (${h(target)})`;
}

function learningItems(learning: readonly UsedLearning[]): string {
  return learning
    .map((used) => `<li><strong>${h(used.title)}</strong>${used.note === '' ? '' : ` — ${h(used.note)}`}</li>`)
    .join('');
}

function pathEntry(entry: TimelineEntry): string {
  const details: string[] = [];
  let when: string;
  let heading: string;
  switch (entry.lane) {
    case 'role': {
      when = entry.period;
      const where = [entry.organization, entry.location].filter((part) => part.trim() !== '').join(', ');
      heading = `<h3 class="entry">${h(entry.title)}</h3>${where === '' ? '' : `<p class="meta">${h(where)}</p>`}`;
      if (entry.summary !== '') details.push(`<li>${h(entry.summary)}</li>`);
      details.push(...entry.highlights.map((line) => `<li>${h(line)}</li>`));
      if (entry.learning.length > 0) {
        details.push(
          `<li>${h(REPORT_TEXT.learningUsedHere)}<ul class="links">${learningItems(entry.learning)}</ul></li>`,
        );
      }
      break;
    }
    case 'project':
      when = entry.period;
      heading = `<h3 class="entry">${h(entry.title)}</h3>${entry.roleTitle === null ? '' : `<p class="meta">${h(REPORT_TEXT.partOf(entry.roleTitle))}</p>`}`;
      if (entry.outcome !== '')
        details.push(`<li><span class="label">${h(REPORT_TEXT.outcome)}</span> ${h(entry.outcome)}</li>`);
      details.push(...entry.highlights.map((line) => `<li>${h(line)}</li>`));
      if (entry.evidence.length > 0) {
        details.push(
          `<li><span class="label">${h(REPORT_TEXT.evidence)}</span> ${entry.evidence.map((link) => linkOrText(link.label, link.target)).join(', ')}</li>`,
        );
      }
      if (entry.learning.length > 0) {
        details.push(
          `<li>${h(REPORT_TEXT.learningUsedHere)}<ul class="links">${learningItems(entry.learning)}</ul></li>`,
        );
      }
      break;
    case 'certificate':
      when = entry.statusLabel;
      heading = `<h3 class="entry">${h(entry.title)}</h3>${entry.provider.trim() === '' ? '' : `<p class="meta">${h(entry.provider)}</p>`}`;
      if (entry.appliedIn.length > 0) {
        details.push(
          `<li>${h(REPORT_TEXT.usedIn)}<ul class="links">${entry.appliedIn
            .map(
              (link) =>
                `<li><strong>${h(link.title)}</strong> — ${link.note === '' ? `<em>${h(REPORT_TEXT.noNote)}</em>` : h(link.note)}</li>`,
            )
            .join('')}</ul></li>`,
        );
      } else if (!entry.intent) details.push(`<li>${h(REPORT_TEXT.notUsedYet)}</li>`);
      break;
  }
  return (
    `<li class="lane-${entry.lane}"><div class="when"><span class="kind">${h(entry.kindLabel)}</span>${h(when)}</div>` +
    `<div>${heading}${details.length === 0 ? '' : `<ul>${details.join('')}</ul>`}</div></li>`
  );
}

function findingGroup(group: FindingGroup): string {
  const items = group.findings
    .map(
      (finding) =>
        `<li class="finding sev-${group.severity}" data-code="${h(finding.code)}">` +
        `<p class="message"><span class="tag">${h(REPORT_TEXT.severityTag[group.severity])}</span>${h(finding.message)}</p>` +
        `<p class="why"><span class="label">${h(REPORT_TEXT.why)}</span> ${h(finding.why)}</p>` +
        `<p class="action"><span class="label">${h(REPORT_TEXT.nextStep)}</span> ${h(finding.action)}</p></li>`,
    )
    .join('');
  return `<h3>${h(group.label)} (${group.findings.length})</h3><ol class="findings">${items}</ol>`;
}

function skillsTable(heading: string, skills: readonly ReportSkill[]): string {
  if (skills.length === 0) return `<h3>${h(heading)}</h3><p class="note">${h(REPORT_TEXT.noSkills)}</p>`;
  const rows = skills
    .map((skill) => {
      const parts = evidenceBehind(skill).map(
        ([label, titles]) => `<span class="label">${h(label)}:</span> ${titles.map(h).join(', ')}`,
      );
      return (
        `<tr><td class="skill">${h(skill.label)}</td><td class="level">${meter(skill.level)}${h(skill.levelLabel)}</td>` +
        `<td>${parts.length === 0 ? h(REPORT_TEXT.noEvidence) : parts.join('<br>')}</td></tr>`
      );
    })
    .join('');
  const columns = REPORT_TEXT.skillColumns;
  return (
    `<h3>${h(heading)}</h3><table class="skills"><thead><tr><th>${h(columns.skill)}</th><th>${h(columns.evidence)}</th>` +
    `<th>${h(columns.behind)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function header(model: ReportModel): string {
  const { target } = model;
  const meta = [
    REPORT_TEXT.preparedOn(model.preparedOn),
    ...(target.targetDate === null ? [] : [REPORT_TEXT.targetDate(target.targetDate)]),
    ...(target.pace === null ? [] : [target.pace]),
    ...target.modes,
  ];
  const tally = model.findings
    .map((group) => `<li class="sev-${group.severity}"><strong>${group.findings.length}</strong>${h(group.label)}</li>`)
    .join('');
  return (
    `<header class="report-header"><p class="kicker">${h(REPORT_TEXT.kicker)}</p><h1>${h(target.title)}</h1>` +
    `<p class="lead">${h(REPORT_TEXT.targetLine(target.title))}</p><p class="meta">${meta.map(h).join(' · ')}</p>` +
    `<p class="meta">${h(model.summary)}</p>${tally === '' ? '' : `<ul class="tally">${tally}</ul>`}</header>`
  );
}

/**
 * The report as one self-contained HTML document: inline print stylesheet (A4), inline SVG
 * timeline, no script and no external resource, every user string escaped. What the app prints
 * to PDF and what a reader may open in any browser.
 */
export function renderReportHtml(model: ReportModel): string {
  const { target } = model;
  const sections = [
    header(model),
    `<section><h2>${h(REPORT_TEXT.timelineHeading)}</h2><figure class="timeline-figure">` +
      (model.timeline.length === 0
        ? `<p class="note">${h(REPORT_TEXT.timelineEmpty)}</p>`
        : renderTimelineSvg(model.timeline, model.now, REPORT_TEXT.timelineFigureLabel(target.title))) +
      `</figure></section>`,
    `<section><h2>${h(REPORT_TEXT.findingsHeading)}</h2><p class="note">${h(REPORT_TEXT.notScore)}</p>` +
      (model.findings.length === 0
        ? `<p>${h(REPORT_TEXT.findingsEmpty)}</p>`
        : model.findings.map(findingGroup).join('')) +
      (model.dismissed.length === 0
        ? ''
        : `<h3>${h(REPORT_TEXT.dismissedHeading(model.dismissed.length))}</h3><ul class="dismissed">${model.dismissed
            .map((finding) => `<li>${h(finding.message)} ${h(REPORT_TEXT.dismissedReason(finding.reason))}</li>`)
            .join('')}</ul>`) +
      `</section>`,
    `<section><h2>${h(REPORT_TEXT.curatedHeading)}</h2><p class="note">${h(REPORT_TEXT.curatedLead)}</p>` +
      (model.curated.length === 0
        ? `<p>${h(REPORT_TEXT.curatedEmpty)}</p>`
        : `<ol class="curated">${model.curated
            .map(
              (entry) =>
                `<li><h3 class="entry">${h(entry.title)}</h3><p class="meta">${[entry.provider, entry.status]
                  .filter((part) => part.trim() !== '')
                  .map(h)
                  .join(' · ')}</p><p>${h(entry.reason)}</p>` +
                (entry.story === null
                  ? ''
                  : `<p class="story"><span class="label">${h(REPORT_TEXT.storyLabel)}</span> ${h(entry.story)}</p>`) +
                `</li>`,
            )
            .join('')}</ol>`) +
      (model.background.length === 0
        ? ''
        : `<p class="background">${h(REPORT_TEXT.background(model.background.length))}: ${model.background
            .map((entry) => h(entry.title))
            .join(', ')}.</p>`) +
      `</section>`,
    `<section><h2>${h(REPORT_TEXT.storiesHeading)}</h2>` +
      (model.stories.length === 0
        ? `<p class="note">${h(REPORT_TEXT.storiesEmpty)}</p>`
        : `<p class="note">${h(REPORT_TEXT.storiesLead)}</p><ul class="stories">${model.stories
            .map((story) => `<li>${h(story.line)}</li>`)
            .join('')}</ul>`) +
      `</section>`,
    `<section><h2>${h(REPORT_TEXT.skillsHeading(target.title))}</h2><p class="note">${h(
      REPORT_TEXT.skillsLead(model.skills.essentialBacked, model.skills.essential.length),
    )}</p>${skillsTable(REPORT_TEXT.essentialSkills, model.skills.essential)}${skillsTable(
      REPORT_TEXT.optionalSkills,
      model.skills.optional,
    )}</section>`,
    `<section><h2>${h(REPORT_TEXT.pathDetailHeading)}</h2><p class="note">${h(REPORT_TEXT.pathDetailLead)}</p>` +
      (model.timeline.length === 0
        ? `<p>${h(REPORT_TEXT.timelineEmpty)}</p>`
        : `<ol class="path">${model.timeline.map(pathEntry).join('')}</ol>`) +
      `</section>`,
    `<footer>${h(REPORT_TEXT.footer)}</footer>`,
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(REPORT_TEXT.documentTitle(target.title))}</title>`,
    `<style>${REPORT_PRINT_CSS}</style>`,
    '</head>',
    `<body><main class="page">${sections.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
