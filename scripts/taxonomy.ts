/**
 * The app's own taxonomy, from the bundled asset, without starting the app:
 *   npm run taxonomy -- search "<query>" [--kind skill|occupation] [--limit N] [--json]
 *   npm run taxonomy -- target "<occupation or role title>" [--json]
 *   npm run taxonomy -- resolve --stdin [--kind skill|occupation] [--json]
 * `target` drafts a target as the app does (core, secondary and what else ESCO names);
 * `resolve` reads one label per line and says which concept each stands for, in one process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { targetFromOccupation, targetPace } from '../electron/main/taxonomy/service';
import type { SearchHit } from '../shared/taxonomy/search-index';
import type { Taxonomy } from '../shared/taxonomy/taxonomy';
import { exitQuietlyOnClosedPipe } from './cli-support';

const USAGE = [
  'usage: npm run taxonomy -- search "<query>" [--kind skill|occupation] [--limit N] [--json]',
  '       npm run taxonomy -- target "<occupation or role title>" [--json]',
  '       npm run taxonomy -- resolve --stdin [--kind skill|occupation] [--json]   (one label per line)',
].join('\n');

function misuse(): never {
  console.error(USAGE);
  // 2, not 1: the command was used wrongly, as with `npm run analyze`.
  process.exit(2);
}

exitQuietlyOnClosedPipe();

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
    },
  });
} catch {
  misuse();
}
const { values, positionals } = parsed;
const [command, query, ...extra] = positionals;
const kind = values.kind;
const limit = values.limit === undefined ? 10 : Number(values.limit);
const validKind = kind === undefined || kind === 'skill' || kind === 'occupation';
const valid =
  extra.length === 0 &&
  validKind &&
  ((command === 'search' && query !== undefined && Number.isInteger(limit) && limit >= 1 && !values.stdin) ||
    (command === 'target' && query !== undefined && query.trim() !== '' && kind === undefined && !values.stdin) ||
    (command === 'resolve' && query === undefined && values.stdin));
if (!valid) misuse();

const taxonomy = loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz'));
const searchKind = kind === 'skill' || kind === 'occupation' ? kind : undefined;
const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));
/** ESCO concepts carry their URI; curated tools and methods their supplementary id. */
const idOf = (conceptId: string) => (conceptId.startsWith('sup:') ? { id: conceptId } : { uri: conceptId });

if (command === 'search') search(query ?? '');
else if (command === 'target') target(query ?? '');
else resolveLines(readFileSync(0, 'utf8'));

function search(text: string) {
  const results = taxonomy
    .search(text, { ...(searchKind === undefined ? {} : { kind: searchKind }), limit })
    .map((hit) => ({
      label: hit.label,
      ...idOf(hit.conceptId),
      kind: hit.kind,
      matched: hit.matched,
      match: hit.tier,
    }));
  if (values.json) {
    print(results);
    return;
  }
  if (results.length === 0) {
    console.log(`Nothing found for “${text}”.`);
    return;
  }
  results.forEach((result, index) => {
    const also = result.matched === null ? '' : ` (as “${result.matched}”)`;
    console.log(`${String(index + 1).padStart(2)}. ${result.label}${also} — ${result.kind}, ${result.match} match`);
  });
}

/** A curated role id, a job title (a role's title or alias, an ESCO occupation), else the best occupation match. */
function draftFor(text: string, loaded: Taxonomy) {
  if (loaded.roles().some((role) => role.id === text)) return text;
  const named = loaded.occupationForTitle(text);
  if (named !== null) return named.roleId ?? named.conceptId;
  return loaded.search(text, { kind: 'occupation', limit: 1 })[0]?.conceptId ?? null;
}

function target(text: string) {
  const id = draftFor(text, taxonomy);
  const tiers = id === null ? null : taxonomy.occupationTiers(id);
  const draft = id === null ? null : targetFromOccupation(taxonomy, id, 'cli-draft');
  if (tiers === null || draft === null) {
    console.error(
      `No occupation or role found for “${text}”. Try: npm run taxonomy -- search "${text}" --kind occupation`,
    );
    process.exit(2);
  }
  const occupation = taxonomy.occupation(tiers.occupationId);
  const named = (ids: readonly string[]) =>
    ids.map((conceptId) => ({ label: taxonomy.skill(conceptId)?.label ?? conceptId, ...idOf(conceptId) }));
  const result = {
    title: draft.title,
    occupation: { label: occupation?.label ?? '', uri: tiers.occupationId, isco: occupation?.isco ?? '' },
    role: tiers.role === null ? null : { id: tiers.role.id, source: tiers.role.source, evidence: tiers.role.evidence },
    pace: targetPace(taxonomy, draft),
    core: named(tiers.core),
    secondary: named(tiers.secondary),
    alsoNamed: named(tiers.alsoNamed),
  };
  if (values.json) {
    print(result);
    return;
  }
  const list = (entries: ReadonlyArray<{ label: string }>) => entries.map((entry) => entry.label).join('; ') || '—';
  console.log(`${result.title} — ${result.occupation.label} (ISCO ${result.occupation.isco}), ${result.pace} pace`);
  console.log(
    result.role === null ? 'No curated role profile: tiers ranked from ESCO.' : `Role profile: ${result.role.id}`,
  );
  console.log(`Core (${String(result.core.length)}): ${list(result.core)}`);
  console.log(`Secondary (${String(result.secondary.length)}): ${list(result.secondary)}`);
  console.log(`Also named by ESCO (${String(result.alsoNamed.length)}): ${list(result.alsoNamed)}`);
}

function resolveLines(input: string) {
  const labels = input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const concept = (hit: SearchHit | null) =>
    hit === null ? null : { label: hit.label, ...idOf(hit.conceptId), kind: hit.kind, match: hit.tier };
  const results = labels.map((label) => ({ label, concept: concept(taxonomy.resolve(label, searchKind)) }));
  if (values.json) {
    print(results);
    return;
  }
  for (const result of results)
    console.log(
      `${result.label}\t${result.concept === null ? 'none' : `${result.concept.label}\t${'uri' in result.concept ? result.concept.uri : result.concept.id}`}`,
    );
}
