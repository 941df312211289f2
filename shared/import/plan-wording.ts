import type { CredentialCheck } from '../domain/profile';
import { count, joinedList } from '../domain/text';

/** Field names as the preview says them; a field missing here is shown as it is named. */
const FIELD_WORDS: Record<string, [one: string, many: string]> = {
  organization: ['organisation', 'organisation'],
  location: ['location', 'location'],
  summary: ['description', 'description'],
  field: ['field', 'field'],
  start: ['a more precise start', ''],
  end: ['a more precise end', ''],
  skills: ['skill', 'skills'],
  highlights: ['highlight', 'highlights'],
  outcome: ['outcome', 'outcome'],
  evidence: ['evidence link', 'evidence links'],
  roleId: ['its role', 'its role'],
  provider: ['provider', 'provider'],
  started: ['start date', 'start date'],
  issued: ['issue date', 'issue date'],
  expires: ['expiry date', 'expiry date'],
  credentialId: ['credential id', 'credential id'],
  credentialUrl: ['credential URL', 'credential URL'],
  hours: ['hours', 'hours'],
  description: ['description', 'description'],
  appliedIn: ['link', 'links'],
  credential: ['a new credential check', ''],
  skill: ['its taxonomy match', ''],
  level: ['level', 'level'],
  keywords: ['keyword', 'keywords'],
  url: ['web address', 'web address'],
  organizationDescription: ['what the organisation does', 'what the organisation does'],
  roles: ['part you played', 'parts you played'],
  providerUrl: ['provider’s web address', 'provider’s web address'],
  courses: ['course', 'courses'],
  score: ['score', 'score'],
  awarder: ['awarder', 'awarder'],
  date: ['date', 'date'],
  name: ['name', 'name'],
  label: ['headline', 'headline'],
  image: ['picture', 'picture'],
  email: ['email', 'email'],
  phone: ['phone', 'phone'],
  profiles: ['profile link', 'profile links'],
  interests: ['interest', 'interests'],
  references: ['reference', 'references'],
  address: ['address', 'address'],
  postalCode: ['postcode', 'postcode'],
  city: ['city', 'city'],
  countryCode: ['country', 'country'],
  region: ['region', 'region'],
};

function fieldWords({ field, count: amount }: { field: string; count: number }): string {
  const [one, many] = FIELD_WORDS[field] ?? [field, field];
  // 0 stands for a plain field (an organisation, a start date): named, not counted.
  if (amount === 0) return one;
  return count(amount, one, many);
}

const STATUS_WORDS: Record<CredentialCheck['status'], string> = {
  verified: 'its signature checks out',
  invalid: 'its signature does not check out',
  unverifiable: 'its signature could not be checked offline',
  unsigned: 'it is not signed',
};

export const planWording = {
  unreadable: 'It could not be read.',
  newEntry: 'Not in your profile yet.',
  newSkill: 'Not in your list of skills yet.',
  sameRole: (title: string) => `Same title, organisation and start as “${title}”`,
  sameProject: (title: string) => `Same title and start as “${title}”`,
  sameCertificate: (title: string) => `Same credential as “${title}”`,
  sameSkill: (title: string) => `Same skill as “${title}”`,
  sameAward: (title: string) => `Same title, awarder and date as “${title}”`,
  samePerson: 'Your details',
  newSession: 'Not in your learning log yet.',
  sameSession: 'The same session (day, time and what) is already in your learning log.',
  needsTitle: 'It needs a title: type one to import it.',
  logFull: 'Your learning log is full; it was not added.',
  /** The person's own details are never overwritten; the reason names the ones a file would have changed. */
  personKept: (fields: string[]) =>
    fields.length === 0
      ? ''
      : ` Your ${joinedList(fields.map((field) => fieldWords({ field, count: 0 })))} ${fields.length === 1 ? 'is' : 'are'} kept as you have ${fields.length === 1 ? 'it' : 'them'}.`,
  nothingNew: (same: string) => `${same}, which already has everything in it.`,
  personNothingNew: 'Your details already hold everything in it.',
  personAdds: (adds: Array<{ field: string; count: number }>) =>
    `Adds to your details: ${joinedList(adds.map(fieldWords))}.`,
  personNew: 'Your details (name, contact, profiles) are empty so far.',
  mergeAdds: (same: string, adds: Array<{ field: string; count: number }>) =>
    `${same}: adds ${joinedList(adds.map(fieldWords))}; nothing you wrote is changed.`,
  needsConfirm: (check: CredentialCheck | null) => {
    const why = [
      check !== null && check.status === 'invalid' ? STATUS_WORDS.invalid : null,
      check?.expired === true ? 'it has expired' : null,
    ].filter((part): part is string => part !== null);
    return `Imported only if you confirm: ${joinedList(why)}. It stays marked.`;
  },
  statusWords: STATUS_WORDS,
};
