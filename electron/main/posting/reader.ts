import { createPostingReader, type PostingReader } from '../../../shared/posting/extract';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';

/**
 * One posting reader per loaded taxonomy: its matcher over every skill name takes a second or so
 * to build, after which a posting reads in milliseconds. Built on the first posting read, not at
 * start-up, so people who never paste a posting never pay for it.
 */
const readers = new WeakMap<Taxonomy, PostingReader>();

export function postingReaderFor(taxonomy: Taxonomy): PostingReader {
  let reader = readers.get(taxonomy);
  if (reader === undefined) {
    reader = createPostingReader(taxonomy);
    readers.set(taxonomy, reader);
  }
  return reader;
}
