// A letter lists things as every other sentence of the app does.
export { joinedList as listed } from '../domain/text';

/** A sentence from the person's words: ends with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toLocaleUpperCase('en') + trimmed.slice(1);
  return /[.!?…]["”’)]?$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Every word of the cover letter draft that is not the person's own. The letter speaks in the
 * first person to the company; the notes marked for the person speak to them and are meant to be
 * deleted before the letter is sent.
 */
export const LETTER_TEXT = {
  documentTitle: (title: string, company: string | null) =>
    company === null ? `Cover letter — ${title}` : `Cover letter — ${title}, ${company}`,
  draftNote: (day: string) =>
    `**Draft for you to edit — delete this note before sending.** Throughline wrote this on ${day} from your own profile, using templates and your words only. Check every sentence, make it sound like you, and add your name and contact details.`,
  greeting: (company: string | null) => (company === null ? 'Dear hiring team,' : `Dear ${company} hiring team,`),
  opening: (title: string, company: string | null) =>
    company === null
      ? `I am writing to apply for the ${title} position.`
      : `I am writing to apply for the ${title} position at ${company}.`,
  openingEvidence: 'Below is where my work so far has used what the role asks for.',
  openingNoEvidence: 'I would like to tell you what I bring, and what I am learning for this role.',
  role: (title: string, organization: string, period: string, skills: string) =>
    organization === ''
      ? `As ${title} (${period}), my work drew on ${skills}.`
      : `As ${title} at ${organization} (${period}), my work drew on ${skills}.`,
  project: (title: string, partOf: string | null, period: string, skills: string) =>
    partOf === null
      ? `In “${title}” (${period}), I used ${skills}.`
      : `In “${title}”, part of my work as ${partOf} (${period}), I used ${skills}.`,
  results: (lines: string) => `Results I can point to: ${lines}`,
  seeIt: (label: string, url: string) =>
    label === url ? `You can see it at ${url}.` : `You can see it (${label}) at ${url}.`,
  storiesLead: 'Where my learning has already gone into my work:',
  learning: {
    inProgress: (title: string, source: string, percent: number, skills: string) =>
      `I am currently studying “${title}”${source}, ${percent}% done so far, which covers ${skills}.`,
    planned: (title: string, source: string, skills: string) =>
      `I have planned “${title}”${source} to build ${skills}.`,
    earned: (title: string, source: string, skills: string) => `I hold “${title}”${source}, covering ${skills}.`,
  },
  closing: (title: string) => `I would welcome the chance to talk about how my experience fits the ${title} role.`,
  signOff: 'Kind regards,',
  namePlaceholder: '[Your name]',
  thin: {
    heading: '**Note for you — delete before sending: where the evidence is thin.**',
    lead: 'The posting lists these essential skills, and nothing in your work (roles and projects) shows them yet. The letter above does not claim them as experience; what would back each one:',
    /** Every skill nothing shows at all, in one line: the same advice repeated per skill reads as a form. */
    none: (skills: string, count: number) =>
      count === 1
        ? `${skills}: nothing in your profile shows it yet. If you have used it, add it to the role or project where you did; if not, a small project that uses it would back it.`
        : `${skills}: nothing in your profile shows them yet. Those you have used, add to the role or project where you did; for the others, a small project that uses them would back them.`,
    planned: (skill: string, learning: string) =>
      `${skill}: only planned or in progress (${learning}). Finishing it and using it in a project would back it.`,
    certified: (skill: string, learning: string) =>
      `${skill}: certified (${learning}) but not yet shown in work. Link it to the role or project where you used it, or use it in one.`,
    allBacked:
      '**Note for you — delete before sending.** Every essential skill the posting lists is shown in your roles or projects.',
  },
} as const;
