import type { Importance } from '../../../../shared/domain/profile';
import type { IgnoredWhy, PostingSectionKind } from '../../../../shared/posting/posting';
import { count } from './plural';

/** A job posting made into a target: the paste, the preview that shows its reading, and the posting's place afterwards. */
export const posting = {
  // Entry points
  fromPosting: 'From a job posting…',

  // The dialog
  dialogTitle: 'A target from a job posting',
  textLabel: 'The posting',
  textHint:
    'Paste the whole posting, or open a file (.txt, .md, .html, or a JSON Resume job). It is read on this computer against the bundled skills; nothing is sent anywhere.',
  textPlaceholder: 'Paste the job posting here…',
  openFile: 'Open a file…',
  opening: 'Opening…',
  read: 'Read the posting',
  reading: 'Reading…',
  openedFrom: (fileName: string) => `Opened from ${fileName}.`,
  empty: 'Paste a posting first, or open a file.',
  tooLong: (length: string, max: string) =>
    `This is ${length} characters; a posting is read up to ${max}. Paste only the posting itself.`,
  notRead: (message: string) => `The posting could not be read: ${message}`,
  notOpened: (message: string) => `The file could not be opened: ${message}`,

  // The preview
  previewLabel: 'How the posting was read',
  textHeading: 'The posting, as read',
  textLead: 'Each highlighted phrase became a skill; muted text was set aside.',
  importance: { essential: 'essential', optional: 'optional' } satisfies Record<Importance, string>,
  /** What a screen reader hears after a highlighted phrase. */
  markSays: (skill: string, importance: string) => `(${importance} skill: ${skill})`,
  ignoredSays: (why: string) => `(not read as an ask: ${why})`,
  why: {
    negated: 'negated',
    benefits: 'a benefit',
    salary: 'pay',
    company: 'about the company',
    'equal-opportunity': 'equal-opportunity statement',
    'how-to-apply': 'how to apply',
  } satisfies Record<IgnoredWhy, string>,
  section: {
    title: 'Title',
    requirements: 'Requirements → essential',
    'nice-to-have': 'Nice to have → optional',
    responsibilities: 'Responsibilities → essential',
    benefits: 'Benefits → not read',
    salary: 'Pay → not read',
    company: 'About the company → not read',
    'equal-opportunity': 'Equal opportunity → not read',
    'how-to-apply': 'How to apply → not read',
    other: '',
  } satisfies Record<PostingSectionKind, string>,
  sectionSays: (label: string) => `Section: ${label}`,

  title: 'Title',
  company: 'Company',
  titleMissing: 'Give the target a title.',
  occupation: (label: string) => `Read as the occupation: ${label}`,
  noOccupation: 'No occupation matched the title; the skills below are the whole target.',
  essentialHeading: (amount: number) => `Essential (${amount})`,
  essentialLead: 'What the posting requires: each one without work behind it is a gap.',
  optionalHeading: (amount: number) => `Optional (${amount})`,
  optionalLead: 'Nice to have; never counted as a gap.',
  noSkills: 'None.',
  namedTimes: (times: number) => (times === 0 ? 'added by you' : `named ${count(times, 'time')}`),
  makeOptional: 'Make optional',
  makeEssential: 'Make essential',
  remove: 'Remove',
  addSkill: 'Add a skill',
  skillPlaceholder: 'e.g. SQL, stakeholder management',
  offeredHeading: 'The role usually also asks for:',
  offeredLead: 'Not named in the posting, so not added. Add any that apply.',
  add: 'Add',
  back: 'Edit the text',
  save: 'Save target',
  saving: 'Saving…',
  notSaved: 'The target could not be saved; nothing was changed.',
  noSkillsToSave: 'Keep at least one skill, or add one, before saving.',

  // The posting in the target view
  blockLabel: 'The job posting',
  at: (title: string, company: string | null) => (company === null ? title : `${title} at ${company}`),
  savedOn: (day: string) => `Saved ${day}`,
  pasted: 'pasted',
  fromFile: (fileName: string) => `from ${fileName}`,
  showPosting: 'Show the posting',

  // The export dialog
  tailoredTo: (posting: string) => `Tailored to ${posting}: the work that shows its skills comes first.`,
  coverLetter: 'Cover letter draft (Markdown)',
  noCoverLetter: 'A cover letter draft is offered for a target made from a job posting.',

  // Closest to ready
  closestHeading: 'Closest to ready',
  closestLead: 'Your saved postings by the share of their essential skills your work already backs.',
  closestLoading: 'Reading your postings…',
  closestFailed: (message: string) => `The postings could not be compared: ${message}`,
  backed: (backed: number, total: number) =>
    total === 0 ? 'No essential skills named' : `${backed} of ${count(total, 'essential skill')} backed by work`,
  active: '(active)',
  makeActive: (title: string) => `Make ${title} the active target`,
};
