import { REPORT_FONT, REPORT_PALETTE as C } from './report-palette';
import { REPORT_TEXT } from './report-text';

/** A CSS string literal; only the report's own words reach it, never user text. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/**
 * The report's one stylesheet, used on screen and in print alike. On screen the page sits on a
 * desk like a sheet of paper; printed, it is A4 with margins, page numbers, and breaks kept out
 * of findings, list entries, table rows and the timeline. Colour always comes with a second cue
 * (a label, a fill or a border style) so the report reads the same in black and white.
 */
export const REPORT_PRINT_CSS = `
@page {
  size: A4;
  margin: 16mm 15mm 17mm;
  @bottom-right {
    content: ${cssString(`${REPORT_TEXT.pageCounter.page} `)} counter(page) ${cssString(` ${REPORT_TEXT.pageCounter.of} `)} counter(pages);
    font: 8pt ${REPORT_FONT};
    color: ${C.muted};
  }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: ${C.text}; font: 10pt/1.45 ${REPORT_FONT}; }
@media screen {
  body { background: ${C.desk}; }
  .page { width: 210mm; min-height: 297mm; margin: 24px auto; padding: 16mm 15mm 17mm; background: ${C.paper};
    box-shadow: 0 1px 2px rgb(0 0 0 / 8%), 0 6px 24px rgb(0 0 0 / 8%); }
}
h1, h2, h3, p, ul, ol, figure { margin: 0; }
h1 { font-size: 21pt; line-height: 1.15; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 12.5pt; font-weight: 650; color: ${C.accent}; margin: 18pt 0 6pt; padding-bottom: 3pt;
  border-bottom: 1.2pt solid ${C.accent}; break-after: avoid; }
h3 { font-size: 9pt; font-weight: 650; text-transform: uppercase; letter-spacing: 0.06em; color: ${C.muted};
  margin: 10pt 0 4pt; break-after: avoid; }
h3.entry { font-size: 10pt; font-weight: 650; text-transform: none; letter-spacing: 0; color: ${C.text}; margin: 0; }
.kicker { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.12em; color: ${C.muted}; margin-bottom: 4pt; }
.report-header { padding-bottom: 10pt; border-bottom: 0.6pt solid ${C.border}; }
.lead { font-size: 11pt; margin-top: 4pt; }
.meta { color: ${C.muted}; font-size: 9pt; margin-top: 3pt; }
.tally { display: flex; gap: 14pt; list-style: none; padding: 0; margin-top: 8pt; font-size: 9pt; }
.tally li { padding-left: 7pt; border-left: 3pt solid var(--severity); }
.tally strong { font-size: 12pt; margin-right: 3pt; }
.note { color: ${C.muted}; font-size: 9pt; margin-bottom: 4pt; }
figure.timeline-figure { break-inside: avoid; margin-top: 4pt; }
svg.timeline { display: block; }
.sev-warning { --severity: ${C.severity.warning}; }
.sev-suggestion { --severity: ${C.severity.suggestion}; }
.sev-info { --severity: ${C.severity.info}; }
.findings, .curated, .stories, .path, .next-steps, .posting-work { padding: 0; margin: 0; list-style: none; }
.posting-work > li { break-inside: avoid; margin-bottom: 6pt; }
.posting-work p { font-size: 9pt; }
.not-for-sending { margin-top: 6pt; padding: 4pt 8pt; border: 1pt dashed ${C.severity.warning}; border-radius: 3pt;
  font-size: 9pt; font-weight: 600; }
.finding { break-inside: avoid; border-left: 3pt solid var(--severity); padding: 2pt 0 2pt 8pt; margin: 0 0 7pt; }
.sev-info .finding, .finding.sev-info { border-left-style: dotted; }
.finding .message { font-weight: 600; }
.finding .tag { display: inline-block; font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em;
  color: var(--severity); border: 0.6pt solid var(--severity); border-radius: 2pt; padding: 0 3pt; margin-right: 5pt;
  vertical-align: 1pt; }
.finding .why, .finding .action { font-size: 9pt; margin-top: 1pt; }
.label { font-weight: 600; color: ${C.muted}; }
.dismissed li { font-size: 9pt; color: ${C.muted}; margin-bottom: 2pt; }
.curated, .next-steps { counter-reset: curated; }
.curated > li, .next-steps > li { break-inside: avoid; counter-increment: curated; position: relative; padding: 0 0 0 20pt;
  margin-bottom: 7pt; }
.curated > li::before, .next-steps > li::before { content: counter(curated); position: absolute; left: 0; top: 0; width: 13pt; height: 13pt;
  border-radius: 50%; background: ${C.accent}; color: ${C.paper}; font-size: 8pt; font-weight: 700; text-align: center;
  line-height: 13pt; }
.background { font-size: 9pt; color: ${C.muted}; margin-top: 4pt; }
.stories li { break-inside: avoid; padding-left: 10pt; border-left: 1.2pt solid ${C.border}; margin-bottom: 5pt; }
table.skills { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 9pt; }
table.skills thead { display: table-header-group; }
table.skills th { text-align: left; font-weight: 600; color: ${C.muted}; border-bottom: 0.8pt solid ${C.text}; padding: 3pt 6pt 3pt 0; }
table.skills td { vertical-align: top; border-bottom: 0.5pt solid ${C.border}; padding: 4pt 6pt 4pt 0; }
table.skills tr { break-inside: avoid; }
table.skills .skill { width: 25%; font-weight: 600; }
table.skills th:nth-child(1) { width: 25%; }
table.skills th:nth-child(2) { width: 27%; }
table.skills .level { width: 27%; }
.meter { vertical-align: -1pt; margin-right: 5pt; }
.path > li { break-inside: avoid; display: grid; grid-template-columns: 30mm 1fr; gap: 8pt; padding: 5pt 0;
  border-bottom: 0.5pt solid ${C.border}; }
.path .when { font-size: 8.5pt; color: ${C.muted}; }
.path .kind { display: block; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.06em; }
.path .lane-role .entry { color: ${C.role}; }
.path .lane-project .entry { color: ${C.project}; }
.path .lane-certificate .entry { color: ${C.learning}; }
.path ul, .curated ul { margin: 2pt 0 0; padding-left: 12pt; font-size: 9pt; }
.path .links, .curated .links { list-style: '→ '; }
.curated p { font-size: 9pt; }
.next-steps .message { font-weight: 600; }
.next-steps .why { font-size: 9pt; color: ${C.muted}; }
.path a { color: inherit; }
footer { margin-top: 18pt; padding-top: 6pt; border-top: 0.6pt solid ${C.border}; font-size: 8pt; color: ${C.muted}; }
`;
