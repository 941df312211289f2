import type { Importance } from '../domain/refs';
import type { IgnoredWhy, PostingSectionKind } from './posting';

/**
 * How a posting is laid out, line by line: which part each line belongs to (requirements, nice to
 * have, benefits, the company's blurb…), from its headings, and what a line says of itself ("a
 * plus", a salary, an equal-opportunity statement), which beats the part it sits in.
 */

export interface PostingLine {
  start: number;
  end: number;
  text: string;
  /** The part of the posting the line belongs to. */
  section: PostingSectionKind;
  /** What the line's own words make of what it names, when they decide it. */
  cue: LineCue | null;
  heading: boolean;
}

export type LineCue = { kind: 'importance'; importance: Importance } | { kind: 'ignored'; why: IgnoredWhy };

/** Headings, by what they announce; the first that matches wins. */
const HEADINGS: ReadonlyArray<[PostingSectionKind, RegExp]> = [
  ['equal-opportunity', /\b(equal (employment )?opportunit|diversity|inclusion|eeo\b)/],
  ['how-to-apply', /\b(how to apply|to apply|apply now|application process|next steps)\b/],
  ['salary', /\b(salary|compensation|remuneration|pay( range| and benefits)?)\b/],
  ['benefits', /\b(benefits?|perks|what we offer|we offer|why join|why work|what'?s in it for you|rewards)\b/],
  [
    'nice-to-have',
    /\b(nice[- ]to[- ]haves?|bonus( points)?|preferred|desirable|desired|good to have|extra credit|plus(es)?|ideally|it would be great|would be great|advantageous)\b/,
  ],
  ['requirements', /^about (you|yourself)$/],
  ['responsibilities', /^about (the|this) (role|job|position|opportunity)$/],
  ['other', /^about (the|our) team$/],
  [
    'company',
    /^(about [\p{L}\p{N}&'’. -]{2,40}|who we are|our (company|story|mission)|company (overview|description|profile))$/u,
  ],
  [
    'requirements',
    /\b(requirements?|qualifications?|must[- ]haves?|essential( criteria)?|what you('ll| will)? need|what we('re| are) looking for|we('re| are) looking for|you have|about you|who you are|skills( and experience)?|experience( and skills)?|what you bring|you bring|you('ll| will) need|key skills|person specification|criteria)\b/,
  ],
  [
    'responsibilities',
    /\b(responsibilit(y|ies)|what you('ll| will) (do|be doing)|the role|the job|about the (role|job|position)|duties|day[- ]to[- ]day|your (role|impact|day)|key tasks|in this role|you will)\b/,
  ],
];

/** A line that is a heading: Markdown's, short and ending in a colon, or short with no sentence in it. */
function headingText(line: string): { heading: string; rest: string } | null {
  const trimmed = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  if (trimmed === '' || /^[-*•·]\s/.test(line.trim())) return null;
  const colon = /^([^:]{2,60}):\s*(.*)$/.exec(trimmed);
  if (colon !== null && (colon[1] ?? '').split(/\s+/).length <= 7)
    return { heading: colon[1] ?? '', rest: colon[2] ?? '' };
  const words = trimmed.split(/\s+/).length;
  if (words <= 7 && !/[.!?,;]$/.test(trimmed)) return { heading: trimmed, rest: '' };
  return null;
}

function sectionOfHeading(heading: string): PostingSectionKind | null {
  const text = heading.toLowerCase().replace(/[*_#]/g, '').trim();
  for (const [kind, pattern] of HEADINGS) if (pattern.test(text)) return kind;
  return null;
}

export const OPTIONAL_CUE =
  /\b(nice[- ]to[- ]have|(is |are |would be )?a (big |real )?plus|bonus|preferred|desirable|ideally|advantageous|an advantage|would be great|would be nice|not essential|is welcome|are welcome|helpful but)\b/i;
const ESSENTIAL_CUE = /\b(must|required|essential|mandatory)\b/i;
const SALARY_CUE =
  /(\b(salary|compensation|pay|remuneration|per annum|per year|per hour|an hour|a year|p\.?a\.?|ote|base)\b|[£$€]\s?\d|\d\s?k\b)/i;
const EQUAL_OPPORTUNITY_CUE =
  /\b(equal (employment )?opportunit|eeo\b|regardless of (their )?(age|race|gender|sex|religion|disability|background)|do(es)? not discriminate|welcome applications from|committed to (equality|diversity|inclusion|building a diverse|creating an inclusive)|reasonable adjustments|guarantee an interview)/i;
const HOW_TO_APPLY_CUE =
  /(^\s*(to apply|how to apply)\b|\bapply (now|today|via|through|by|online|with)\b|\bsend (us )?your (cv|resume|cover letter)|\bsubmit your (application|cv|resume)|\bclick apply\b)/i;
const BENEFITS_CUE =
  /\b(we offer|benefits (include|package)|perks( include)?|pension|health insurance|medical (insurance|cover)|dental|private (healthcare|medical)|paid time off|\bpto\b|annual leave|days holiday|holiday allowance|learning budget|training budget|401\s?\(?k\)?|stock options|share options|cycle[- ]to[- ]work|wellness|parental leave|home[- ]office (budget|stipend))\b/i;
const COMPANY_CUE =
  /^\s*(we are|we're|founded in|our mission|our story|[A-Z][\w&'’.-]*( [A-Z&][\w&'’.-]*){0,4} (is|are) (a|an|the)\b)/;

/** What a line says of itself, whatever part of the posting it is in. */
export function lineCue(text: string, section: PostingSectionKind): LineCue | null {
  if (EQUAL_OPPORTUNITY_CUE.test(text)) return { kind: 'ignored', why: 'equal-opportunity' };
  if (HOW_TO_APPLY_CUE.test(text)) return { kind: 'ignored', why: 'how-to-apply' };
  if (
    SALARY_CUE.test(text) &&
    /\d/.test(text) &&
    /[£$€]|\b(salary|pay|per (hour|annum|year)|compensation)\b/i.test(text)
  )
    return { kind: 'ignored', why: 'salary' };
  const asks = section === 'requirements' || section === 'responsibilities';
  if (!asks && BENEFITS_CUE.test(text)) return { kind: 'ignored', why: 'benefits' };
  if (OPTIONAL_CUE.test(text)) return { kind: 'importance', importance: 'optional' };
  if (section === 'nice-to-have' && ESSENTIAL_CUE.test(text) && !/\bnot (required|essential)\b/i.test(text))
    return { kind: 'importance', importance: 'essential' };
  if (section === 'other' && COMPANY_CUE.test(text) && !/\b(hiring|looking for|seeking|recruiting)\b/i.test(text))
    return { kind: 'ignored', why: 'company' };
  return null;
}

/** The posting's lines, each with its part and its own cue. */
export function readStructure(text: string, titleLine: number | null): PostingLine[] {
  const lines: PostingLine[] = [];
  let section: PostingSectionKind = 'other';
  let offset = 0;
  const raw = text.split(/\r\n|\n|\r/);
  raw.forEach((line, index) => {
    const start = offset;
    const end = start + line.length;
    offset = end + (text.startsWith('\r\n', end) ? 2 : 1);
    if (index === titleLine) {
      lines.push({ start, end, text: line, section: 'title', cue: null, heading: true });
      return;
    }
    const heading = headingText(line);
    const announced = heading === null ? null : sectionOfHeading(heading.heading);
    const isHeading = heading !== null && heading.rest === '' && (announced !== null || /^#{1,6}\s/.test(line.trim()));
    // A heading opens a part; "Perks: a gym" or "Who we are: …" names the part of its own line only.
    if (isHeading) section = announced ?? 'other';
    const own = announced !== null && !isHeading ? announced : section;
    lines.push({
      start,
      end,
      text: line,
      section: own,
      cue: isHeading ? null : lineCue(line, own),
      heading: isHeading,
    });
  });
  return lines;
}

/**
 * Where a skill named at `offset` on a line goes: an importance, or set aside and why. A line's
 * "a plus" or "ideally" makes optional what follows it and what shares its clause, not the whole
 * line: in "Experience in business analysis, ideally in logistics" business analysis is still asked.
 */
export function placeOf(line: PostingLine, offset = line.end): LineCue {
  if (line.cue?.kind === 'importance' && line.cue.importance === 'optional') {
    const cue = OPTIONAL_CUE.exec(line.text)?.index ?? 0;
    const clauseStart = Math.max(...[...line.text.slice(0, cue).matchAll(/[.;,]/g)].map((found) => found.index + 1), 0);
    if (offset - line.start >= clauseStart) return line.cue;
    return sectionPlace(line);
  }
  if (line.cue !== null) return line.cue;
  return sectionPlace(line);
}

function sectionPlace(line: PostingLine): LineCue {
  switch (line.section) {
    case 'nice-to-have':
      return { kind: 'importance', importance: 'optional' };
    case 'benefits':
    case 'salary':
    case 'company':
    case 'equal-opportunity':
    case 'how-to-apply':
      return { kind: 'ignored', why: line.section };
    default:
      return { kind: 'importance', importance: 'essential' };
  }
}

/** Consecutive lines of one part, as the preview shades them. */
export function sectionsOf(
  lines: readonly PostingLine[],
): Array<{ kind: PostingSectionKind; start: number; end: number }> {
  const sections: Array<{ kind: PostingSectionKind; start: number; end: number }> = [];
  for (const line of lines) {
    const last = sections.at(-1);
    if (last !== undefined && last.kind === line.section) last.end = line.end;
    else sections.push({ kind: line.section, start: line.start, end: line.end });
  }
  return sections;
}
