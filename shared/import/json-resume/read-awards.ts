import { newAward } from '../../domain/entries';
import { AwardSchema } from '../../domain/profile';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { FieldReader, finishEntry, isRecord, titleOrStandIn } from './entry-builder';
import { AwardExtensionSchema, readExtension } from './extension';
import { keptLinks, optionalDate, type LinkTargets } from './read-learning';
import { notAnEntry } from './read-roles';

/**
 * One `awards[]` entry: recognition someone gave, evidence like a certificate. A Throughline export
 * names the roles and projects it was given for; a date that cannot be read is left empty and said so.
 */
export function readAward(item: unknown, index: number, targets: LinkTargets): DraftEntry {
  const place = `awards[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('title');
  const { title, needs } = titleOrStandIn(written, fields, 'title', 'a title');
  const extension = readExtension(item, AwardExtensionSchema, place, problems);
  const links = keptLinks(extension?.appliedIn ?? [], targets, place, problems);
  const value = newAward({
    id: draftId(place),
    title,
    awarder: fields.text('awarder'),
    date: optionalDate(fields, 'date', 'date'),
    summary: fields.text('summary'),
    appliedIn: links.map((link) => ({ kind: link.kind, id: draftId(link.ref), note: link.note })),
  });
  return finishEntry({
    ref: place,
    place,
    title: written.trim() || place,
    problems,
    schema: AwardSchema,
    value,
    make: (award, kept) => ({
      kind: 'award',
      ref: place,
      place,
      problems: kept,
      award,
      links: links.map((link) => ({ ref: link.ref, note: link.note })),
      ...(needs && { needs }),
    }),
  });
}
