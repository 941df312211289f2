import { createPostingReader, type PostingReader } from '../../../shared/posting/extract';
import type { PostingExtraction } from '../../../shared/posting/posting';
import { bundledTaxonomy } from '../../support/taxonomy';

let reader: PostingReader | undefined;

/** Reads a posting with the bundled taxonomy (the matcher is built once per test file). */
export function read(text: string): PostingExtraction {
  reader ??= createPostingReader(bundledTaxonomy());
  return reader.extract(text);
}

/** The concept a skill's name resolves to, as search reads it. */
export function conceptOf(name: string): string {
  const hit = bundledTaxonomy().resolve(name);
  if (hit === null) throw new Error(`${name} does not resolve`);
  return hit.conceptId;
}

export const skillIds = (extraction: PostingExtraction) => extraction.skills.map((skill) => skill.conceptId);
export const importanceOf = (extraction: PostingExtraction, name: string) =>
  extraction.skills.find((skill) => skill.conceptId === conceptOf(name))?.importance ?? null;
