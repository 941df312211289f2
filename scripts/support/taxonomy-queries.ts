import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConceptKindSchema, type ConceptKind } from '../../shared/taxonomy/search-index';

const QuerySchema = z.array(
  z
    .object({
      query: z.string(),
      kind: ConceptKindSchema,
      expected: z.string(),
      acceptable: z.array(z.string()).optional(),
      category: z.string(),
    })
    .strict(),
);
export type TaxonomyQuery = z.infer<typeof QuerySchema>[number];

/** Everyday queries with the answer a person would accept, written independently of the search. */
export function taxonomyQueries(): TaxonomyQuery[] {
  return QuerySchema.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'taxonomy-queries.json'), 'utf8')),
  );
}

/** Share of queries whose expected (or acceptable) label is among the first three results. */
export function hitRate(
  queries: readonly TaxonomyQuery[],
  search: (query: string, kind: ConceptKind) => readonly string[],
): { rate: number; misses: Array<{ query: string; expected: string; got: readonly string[] }> } {
  const misses: Array<{ query: string; expected: string; got: readonly string[] }> = [];
  for (const entry of queries) {
    const top = search(entry.query, entry.kind).slice(0, 3);
    const right = new Set([entry.expected, ...(entry.acceptable ?? [])]);
    if (!top.some((label) => right.has(label))) misses.push({ query: entry.query, expected: entry.expected, got: top });
  }
  return { rate: (queries.length - misses.length) / queries.length, misses };
}
