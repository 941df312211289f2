/**
 * `npm run taxonomy -- search "<query>" [--kind skill|occupation] [--limit N] [--json]`: the
 * app's own skill and occupation search, from the bundled asset, without starting the app.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../electron/main/taxonomy/load';

const USAGE = 'usage: npm run taxonomy -- search "<query>" [--kind skill|occupation] [--limit N] [--json]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const [command, query] = positionals;
const kind = values.kind;
const limit = values.limit === undefined ? 10 : Number(values.limit);
if (
  command !== 'search' ||
  query === undefined ||
  (kind !== undefined && kind !== 'skill' && kind !== 'occupation') ||
  !Number.isInteger(limit) ||
  limit < 1
) {
  console.error(USAGE);
  // 2, not 1: the command was used wrongly, as with `npm run analyze`.
  process.exit(2);
}

const taxonomy = loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz'));
const results = taxonomy.search(query, { ...(kind === undefined ? {} : { kind }), limit }).map((hit) => ({
  label: hit.label,
  // ESCO concepts carry their URI; curated tools and methods their supplementary id.
  ...(hit.conceptId.startsWith('sup:') ? { id: hit.conceptId } : { uri: hit.conceptId }),
  kind: hit.kind,
  matched: hit.matched,
  match: hit.tier,
}));
if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else if (results.length === 0) {
  console.log(`Nothing found for “${query}”.`);
} else {
  results.forEach((result, index) => {
    const also = result.matched === null ? '' : ` (as “${result.matched}”)`;
    console.log(`${String(index + 1).padStart(2)}. ${result.label}${also} — ${result.kind}, ${result.match} match`);
  });
}
