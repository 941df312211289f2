import { createPostingReader, type PostingReader } from '../../../shared/posting/extract';
import { buildPostingMatcher } from '../../../shared/posting/matcher';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';

/**
 * One posting reader per loaded taxonomy. Its matcher over every skill name takes about a second
 * of work to build, done in slices of a few milliseconds between which main goes on answering; a
 * posting then reads in milliseconds. Built on the first posting read,
 * not at start-up, so people who never read a posting never pay for it.
 */
const readers = new WeakMap<Taxonomy, Promise<PostingReader>>();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function postingReaderFor(taxonomy: Taxonomy): Promise<PostingReader> {
  let reader = readers.get(taxonomy);
  if (reader === undefined) {
    reader = buildPostingMatcher(taxonomy, nextTurn).then((matcher) => createPostingReader(taxonomy, matcher));
    readers.set(taxonomy, reader);
  }
  return reader;
}
