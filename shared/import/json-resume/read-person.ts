import { PersonSchema, type Person } from '../../domain/profile';
import type { DraftEntry, EntryProblem } from '../draft';
import { FieldReader, finishEntry, holdsValue, isRecord, problem, readWebUrl } from './entry-builder';
import { BasicsExtensionSchema, readExtension } from './extension';
import { lines } from './read-learning';

const PLACE = 'basics';

/** The entries of a list section that are objects; any other is said so and left out. */
function records(value: unknown, section: string, problems: EntryProblem[]): Array<[number, Record<string, unknown>]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): Array<[number, Record<string, unknown>]> => {
    if (isRecord(item)) return [[index, item]];
    problems.push(problem(`${section}[${index}]`, 'This is not an object with fields, so it was left out.', false));
    return [];
  });
}

function readLocation(value: unknown, problems: EntryProblem[]): Person['location'] {
  const fields = new FieldReader(isRecord(value) ? value : {}, `${PLACE}.location`, problems);
  return {
    address: fields.text('address'),
    postalCode: fields.text('postalCode'),
    city: fields.text('city'),
    countryCode: fields.text('countryCode'),
    region: fields.text('region'),
  };
}

/**
 * Who the resume is about: `basics` (name, headline, contact, location, profiles), with the person's
 * `interests` and `references`, as one draft person. Never read by the lens; kept so the profile can
 * give back a whole resume. None when the file says nothing about the person; what could not be read
 * is then a note on the file (`fileProblems`).
 */
export function readPerson(
  document: Readonly<Record<string, unknown>>,
  fileProblems: EntryProblem[],
): DraftEntry | null {
  const problems: EntryProblem[] = [];
  const basics = document.basics;
  if (basics !== undefined && basics !== null && !isRecord(basics)) {
    problems.push(problem(PLACE, 'basics is not an object with fields, so nothing in it could be read.', false));
  }
  const record = isRecord(basics) ? basics : {};
  const fields = new FieldReader(record, PLACE, problems);
  const extension = readExtension(record, BasicsExtensionSchema, PLACE, problems);
  const profiles = records(record.profiles, `${PLACE}.profiles`, problems).map(([index, profile]) => {
    const profileFields = new FieldReader(profile, `${PLACE}.profiles[${index}]`, problems);
    return {
      network: profileFields.text('network'),
      username: profileFields.text('username'),
      url: readWebUrl(profileFields, 'url'),
    };
  });
  const interests = records(document.interests, 'interests', problems).map(([index, interest]) => {
    const interestFields = new FieldReader(interest, `interests[${index}]`, problems);
    return { name: interestFields.text('name'), keywords: lines(interestFields, 'keywords') };
  });
  const references = records(document.references, 'references', problems).map(([index, reference]) => {
    const referenceFields = new FieldReader(reference, `references[${index}]`, problems);
    return { name: referenceFields.text('name'), reference: referenceFields.text('reference') };
  });
  const value: Person = {
    name: fields.text('name'),
    label: extension?.label ?? fields.text('label'),
    image: fields.text('image'),
    email: extension?.email ?? fields.text('email'),
    phone: fields.text('phone'),
    url: readWebUrl(fields, 'url'),
    summary: fields.text('summary'),
    location: readLocation(record.location, problems),
    profiles: profiles.filter((profile) => profile.network !== '' || profile.username !== '' || profile.url !== null),
    interests: interests.filter((interest) => interest.name.trim() !== '' || interest.keywords.length > 0),
    references: references.filter((reference) => reference.name.trim() !== '' || reference.reference.trim() !== ''),
  };
  if (!holdsValue(value)) {
    fileProblems.push(...problems);
    return null;
  }
  return finishEntry({
    ref: PLACE,
    place: PLACE,
    title: value.name.trim() || PLACE,
    problems,
    schema: PersonSchema,
    value,
    make: (person, kept) => ({ kind: 'person', ref: PLACE, place: PLACE, problems: kept, person }),
  });
}
