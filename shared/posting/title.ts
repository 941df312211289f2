/**
 * The posting's job title and company, from what postings usually say: "Job title: …" and
 * "Company: …" lines, "<Company> is hiring a <title>", "About <Company>", a first line such as
 * "Data Analyst — Acme" or "Junior Web Developer at Pixelmoor", or simply the first line.
 */

export interface TitleAndCompany {
  title: string;
  company: string | null;
  /** The line the title was read from, when the posting opens with it. */
  titleLine: number | null;
}

const MAX_TITLE = 300;
const PRONOUN = /^(we|our|you|they|it|i|this|the team|who)$/i;
const MAX_COMPANY = 200;
const TITLE_FIELD = /^\s*(?:job title|title|position|role|job)\s*:\s*(.+)$/im;
const COMPANY_FIELD = /^\s*(?:company|employer|organi[sz]ation|hiring company|company name)\s*:\s*(.+)$/im;
const HIRING =
  /(?:^|[\n.][ \t]*)([A-Z][\p{L}\p{N}&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\p{L}\p{N}&'’.-]*){0,4})[ \t]+(?:is|are)[ \t]+(?:hiring|looking for|seeking|recruiting)[ \t]+(?:an?|our|its)[ \t]+(?:new[ \t]+)?([^.,\n]{3,80}?)(?=[ \t]+(?:to|who|for|in|at|on|with|based)\b|[.,\n]|$)/u;
const ABOUT =
  /^\s*#{0,6}\s*(?:\*\*)?about\s+(?!us\b|you\b|yourself\b|the\b|this\b|our\b)([^\n:*]{2,60}?)(?:\*\*)?\s*:?\s*$/im;
/** "Data Analyst — Brightwater", "Junior Web Developer at Pixelmoor", "SOC Analyst | Kestrel". */
const TITLE_AND_COMPANY = /^(.{3,120}?)\s+(?:at|@|[-–—|])\s+([^-–—|]{2,80})$/;

const clean = (text: string) =>
  text
    .replace(/\*\*|__|^#{1,6}\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const NAME = String.raw`[A-Z][\p{L}\p{N}&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\p{L}\p{N}&'’.-]*){0,4}`;
/** "At Northgate Learning we design…" */
const AT_COMPANY = new RegExp(String.raw`(?:^|\n)\s*At (${NAME}),? we\b`, 'u');
/** "Marlow & Finch is a 600-person consultancy…", near the top. */
const IS_A = new RegExp(String.raw`^\s*(${NAME}) (?:is|are) (?:a|an|the)\b`, 'u');
/** Employment terms say how, not which job. */
const EMPLOYMENT_TERMS = /\b(part[- ]time|full[- ]time|contract|temporary|fixed[- ]term|permanent|remote|hybrid)\b/gi;

/** Words in brackets and "(remote)", "- London" tails say where or how, not which job. */
export function bareTitle(title: string): string {
  return title
    .replace(EMPLOYMENT_TERMS, ' ')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+[-–—|]\s+.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readTitleAndCompany(text: string): TitleAndCompany {
  const plain = text.replace(/\*\*|__/g, '');
  const lines = text.split(/\r\n|\n|\r/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  const first = firstIndex === -1 ? '' : clean(lines[firstIndex] ?? '');
  let title: string | null = null;
  let company: string | null = null;
  let titleLine: number | null = null;

  const titleField = TITLE_FIELD.exec(plain);
  if (titleField !== null) title = clean(titleField[1] ?? '');
  const companyField = COMPANY_FIELD.exec(plain);
  if (companyField !== null) company = clean(companyField[1] ?? '');
  const hiring = HIRING.exec(plain);
  // "We are looking for a bookkeeper" names the job, not the company.
  if (hiring !== null && !PRONOUN.test(hiring[1] ?? '')) {
    company ??= clean(hiring[1] ?? '');
    title ??= clean(hiring[2] ?? '');
  }
  const firstSplit = TITLE_AND_COMPANY.exec(first);
  const firstIsTitle = first !== '' && first.split(' ').length <= 12 && !/[.!?]$/.test(first) && !first.includes(':');
  if (firstIsTitle) {
    const fromFirst = firstSplit === null ? first : clean(firstSplit[1] ?? '');
    if (title === null || sameWords(title, fromFirst)) {
      title = fromFirst;
      titleLine = firstIndex;
    }
    if (firstSplit !== null && company === null) company = clean(firstSplit[2] ?? '');
  }
  if (company === null) {
    const about = ABOUT.exec(plain) ?? AT_COMPANY.exec(plain);
    if (about !== null) company = clean(about[1] ?? '');
  }
  if (company === null) company = companyNearTop(lines, firstIndex);
  return {
    title: bareTitle(title ?? '').slice(0, MAX_TITLE),
    company: company === null || company === '' ? null : company.slice(0, MAX_COMPANY),
    titleLine,
  };
}

const sameWords = (a: string, b: string) => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(b).includes(words(a)) || words(a).includes(words(b));
};

/** The line under the title when it is a name ("Ashby & Cole Accountants, Norwich"), or a blurb's subject. */
function companyNearTop(lines: readonly string[], firstIndex: number): string | null {
  const near = lines
    .slice(firstIndex + 1)
    .map(clean)
    .filter((line) => line !== '')
    .slice(0, 3);
  const [second] = near;
  if (second !== undefined) {
    const name = (second.split(',')[0] ?? '').trim();
    const words = name.split(' ');
    if (words.length <= 6 && !/[.!?:]$/.test(second) && words.every((word) => /^[A-Z&]/u.test(word))) return name;
  }
  for (const line of near) {
    const found = IS_A.exec(line);
    if (found !== null) return clean(found[1] ?? '');
  }
  return null;
}
