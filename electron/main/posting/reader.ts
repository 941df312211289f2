import { createPostingReader, type PostingReader } from '../../../shared/posting/extract';
import { buildPostingMatcher } from '../../../shared/posting/matcher';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';

/**
 * One posting reader per loaded taxonomy. Its matcher over every skill name takes a few seconds
 * of work to build, done in slices between which main goes on answering (only compiling the
 * automaton is one block); a posting then reads in milliseconds. Built on the first posting read,
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
