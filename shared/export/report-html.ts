import { EVIDENCE_LEVELS } from '../lens/evidence-level';
import { escapeHtml as h } from './report-escape';
import {
  evidenceBehind,
  type FindingGroup,
  type RecruiterReport,
  type ReportModel,
  type ReportPosting,
  type ReportSkill,
  type ReviewReport,
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

const LEVELS = EVIDENCE_LEVELS;

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

function learningItems(learning: ReadonlyArray<Pick<UsedLearning, 'title' | 'note'>>): string {
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
      // Learning not yet linked to work simply has no "Used in": the recruiter report names no gap.
      if (entry.appliedIn.length > 0) {
        details.push(`<li>${h(REPORT_TEXT.usedIn)}<ul class="links">${learningItems(entry.appliedIn)}</ul></li>`);
      }
      break;
  }
  return (
    `<li class="lane-${entry.lane}"><div class="when"><span class="kind">${h(entry.kindLabel)}</span>${h(when)}</div>` +
    `<div>${heading}${details.length === 0 ? '' : `<ul>${details.join('')}</ul>`}</div></li>`
  );
}

function findingGroup(group: FindingGroup): string {
  const text = REPORT_TEXT.review;
  const items = group.findings
    .map(
      (finding) =>
        `<li class="finding sev-${group.severity}" data-code="${h(finding.code)}">` +
        `<p class="message"><span class="tag">${h(text.severityTag[group.severity])}</span>${h(finding.message)}</p>` +
        `<p class="why"><span class="label">${h(text.why)}</span> ${h(finding.why)}</p>` +
        `<p class="action"><span class="label">${h(text.nextStep)}</span> ${h(finding.action)}</p></li>`,
    )
    .join('');
  return `<h3>${h(group.label)} (${group.findings.length})</h3><ol class="findings">${items}</ol>`;
}

/** A skills table; `gap` is the text for a skill with nothing behind it (the review only). */
function skillsTable(heading: string, skills: readonly ReportSkill[], gap: string): string {
  const rows = skills
    .map((skill) => {
      const parts = evidenceBehind(skill).map(
        ([label, titles]) => `<span class="label">${h(label)}:</span> ${titles.map(h).join(', ')}`,
      );
      return (
        `<tr><td class="skill">${h(skill.label)}</td><td class="level">${meter(skill.level)}${h(skill.levelLabel)}</td>` +
        `<td>${parts.length === 0 ? h(gap) : parts.join('<br>')}</td></tr>`
      );
    })
    .join('');
  const columns = REPORT_TEXT.skillColumns;
  return (
    `<h3>${h(heading)}</h3><table class="skills"><thead><tr><th>${h(columns.skill)}</th><th>${h(columns.evidence)}</th>` +
    `<th>${h(columns.behind)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function section(heading: string, body: string): string {
  return `<section><h2>${h(heading)}</h2>${body}</section>`;
}

const note = (line: string) => `<p class="note">${h(line)}</p>`;

function timelineSection(model: RecruiterReport): string {
  return section(
    REPORT_TEXT.timelineHeading,
    `<figure class="timeline-figure">${
      model.timeline.length === 0
        ? note(REPORT_TEXT.timelineEmpty)
        : renderTimelineSvg(model.timeline, model.now, REPORT_TEXT.timelineFigureLabel(model.target.title))
    }</figure>`,
  );
}

/** The roles and projects that show a posting's skills, each with the skills it shows. */
function postingWorkSection(posting: ReportPosting): string[] {
  const text = REPORT_TEXT.recruiter.posting;
  if (posting.work.length === 0) return [];
  const items = posting.work.map((work) => {
    const meta = [work.context, work.period]
      .filter((part) => part.trim() !== '')
      .map(h)
      .join(' · ');
    return (
      `<li><h3 class="entry">${h(work.title)}</h3><p class="meta">${meta}</p>` +
      `<p><span class="label">${h(text.shows)}</span> ${work.shows.map(h).join(', ')}</p></li>`
    );
  });
  return [section(text.workHeading, note(text.workLead) + `<ul class="posting-work">${items.join('')}</ul>`)];
}

/**
 * The report a recruiter reads: what is there, in the order a reader checks it. Empty parts are left
 * out. Tailored to a job posting, it names the posting and leads with the curated certificates and
 * the work that shows the posting's skills.
 */
function recruiterSections(model: RecruiterReport): string[] {
  const text = REPORT_TEXT.recruiter;
  const { target, skills, posting } = model;
  const name = posting === null ? null : text.posting.name(posting.title, posting.company);
  const header =
    `<header class="report-header"><p class="kicker">${h(text.kicker)}</p><h1>${h(name ?? target.title)}</h1>` +
    `<p class="lead">${h(name === null ? text.lead(target.title) : text.posting.lead(name))}</p>` +
    `<p class="meta">${h(REPORT_TEXT.preparedOn(model.preparedOn))} · ${h(model.summary)}</p></header>`;
  const certificates =
    model.certificates.length === 0
      ? []
      : [
          section(
            text.certificatesHeading,
            note(text.certificatesLead(target.title)) +
              `<ol class="curated">${model.certificates
                .map(
                  (entry) =>
                    `<li><h3 class="entry">${h(entry.title)}</h3><p class="meta">${[entry.provider, entry.status]
                      .filter((part) => part.trim() !== '')
                      .map(h)
                      .join(' · ')}</p>` +
                    (entry.covers.length === 0
                      ? ''
                      : `<p><span class="label">${h(text.covers)}</span> ${entry.covers.map(h).join(', ')}</p>`) +
                    (entry.usedIn.length === 0
                      ? ''
                      : `<p><span class="label">${h(REPORT_TEXT.usedIn)}:</span></p><ul class="links">${learningItems(entry.usedIn)}</ul>`) +
                    `</li>`,
                )
                .join('')}</ol>`,
          ),
        ];
  const stories =
    model.stories.length === 0
      ? []
      : [
          section(
            text.storiesHeading,
            note(text.storiesLead) +
              `<ul class="stories">${model.stories.map((story) => `<li>${h(story.line)}</li>`).join('')}</ul>`,
          ),
        ];
  const evidence =
    skills.essential.length + skills.optional.length === 0
      ? []
      : [
          section(
            text.skillsHeading(target.title),
            note(text.skillsLead) +
              (skills.essential.length === 0 ? '' : skillsTable(REPORT_TEXT.essentialSkills, skills.essential, '')) +
              (skills.optional.length === 0 ? '' : skillsTable(REPORT_TEXT.optionalSkills, skills.optional, '')),
          ),
        ];
  return [
    header,
    // Tailored to a posting: what it asks for, shown first.
    ...(posting === null ? [] : [...certificates, ...postingWorkSection(posting)]),
    timelineSection(model),
    ...(posting === null ? certificates : []),
    ...stories,
    ...evidence,
    section(
      REPORT_TEXT.pathDetailHeading,
      model.timeline.length === 0
        ? `<p>${h(REPORT_TEXT.timelineEmpty)}</p>`
        : note(REPORT_TEXT.pathDetailLead) + `<ol class="path">${model.timeline.map(pathEntry).join('')}</ol>`,
    ),
  ];
}

/** The person's review: next steps first, then the findings behind them, what was set aside, and every gap. */
function reviewSections(model: ReviewReport): string[] {
  const text = REPORT_TEXT.review;
  const { target, skills } = model;
  const meta = [
    REPORT_TEXT.preparedOn(model.preparedOn),
    ...(target.targetDate === null ? [] : [text.targetDate(target.targetDate)]),
    ...(target.pace === null ? [] : [target.pace]),
    ...target.modes,
  ];
  const tally = model.findings
    .map((group) => `<li class="sev-${group.severity}"><strong>${group.findings.length}</strong>${h(group.label)}</li>`)
    .join('');
  const header =
    `<header class="report-header"><p class="kicker">${h(text.kicker)}</p><h1>${h(target.title)}</h1>` +
    `<p class="not-for-sending">${h(text.notForSending)}</p>` +
    `<p class="lead">${h(text.lead(target.title))}</p><p class="meta">${meta.map(h).join(' · ')}</p>` +
    `${tally === '' ? '' : `<ul class="tally">${tally}</ul>`}</header>`;
  return [
    header,
    section(
      text.nextStepsHeading,
      model.nextSteps.length === 0
        ? `<p>${h(text.nextStepsEmpty)}</p>`
        : note(text.nextStepsLead) +
            `<ol class="next-steps">${model.nextSteps
              .map((step) => `<li><p class="message">${h(step.text)}</p><p class="why">${h(step.why)}</p></li>`)
              .join('')}</ol>`,
    ),
    section(
      text.findingsHeading,
      note(text.notScore) +
        (model.findings.length === 0 ? `<p>${h(text.findingsEmpty)}</p>` : model.findings.map(findingGroup).join('')) +
        (model.dismissed.length === 0
          ? ''
          : `<h3>${h(text.dismissedHeading(model.dismissed.length))}</h3><ul class="dismissed">${model.dismissed
              .map((finding) => `<li>${h(finding.message)} ${h(text.dismissedReason(finding.reason))}</li>`)
              .join('')}</ul>`),
    ),
    section(
      text.skillsHeading(target.title),
      note(`${text.skillsLead(skills.essentialBacked, skills.essential.length)} ${text.skillsRecruiterNote}`) +
        (skills.essential.length === 0
          ? `<h3>${h(REPORT_TEXT.essentialSkills)}</h3>${note(REPORT_TEXT.noSkills)}`
          : skillsTable(REPORT_TEXT.essentialSkills, skills.essential, text.noEvidence)) +
        (skills.optional.length === 0 ? '' : skillsTable(REPORT_TEXT.optionalSkills, skills.optional, text.noEvidence)),
    ),
    section(
      text.shownFirstHeading,
      (model.curated.length === 0
        ? `<p>${h(text.shownFirstEmpty)}</p>`
        : `<ol class="curated">${model.curated
            .map((entry) => `<li><h3 class="entry">${h(entry.title)}</h3><p>${h(entry.reason)}</p></li>`)
            .join('')}</ol>`) +
        (model.background.length === 0
          ? ''
          : `<p class="background">${h(text.background(model.background.length))}: ${model.background
              .map((entry) => h(entry.title))
              .join(', ')}.</p>`),
    ),
  ];
}

/**
 * A report as one self-contained HTML document: inline print stylesheet (A4), inline SVG
 * timeline, no script and no external resource, every user string escaped. What the app prints
 * to PDF and what a reader may open in any browser.
 */
export function renderReportHtml(model: ReportModel): string {
  const recruiter = model.report === 'recruiter';
  const sections = recruiter ? recruiterSections(model) : reviewSections(model);
  const posting = recruiter ? model.posting : null;
  const title = recruiter
    ? posting === null
      ? REPORT_TEXT.recruiter.documentTitle(model.target.title)
      : REPORT_TEXT.recruiter.posting.documentTitle(REPORT_TEXT.recruiter.posting.name(posting.title, posting.company))
    : REPORT_TEXT.review.documentTitle(model.target.title);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${REPORT_PRINT_CSS}</style>`,
    '</head>',
    `<body><main class="page report-${model.report}">${[...sections, `<footer>${h(REPORT_TEXT.footer)}</footer>`].join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
