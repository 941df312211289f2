/**
 * How large a badge may be. An Open Badge is a few kilobytes of JSON; even one that embeds its image
 * as a data URL stays well under this. Anything larger is refused before it is inflated or parsed, so
 * a 48 MB document of nested arrays never reaches JSON.parse.
 */
export const MAX_BADGE_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * How many JSON values a credential may hold and still have its Data Integrity proof checked.
 * Checking canonicalises the document as RDF, whose cost grows faster than the document: a real
 * credential holds a few hundred values; one with 50,000 alignments took a minute.
 */
export const MAX_VERIFIABLE_VALUES = 2_000;
