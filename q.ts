import { loadTaxonomy } from '/work/main/electron/main/taxonomy/load';
import { taxonomyQueries } from '/work/main/tests/support/taxonomy-queries';
const tx = loadTaxonomy('/work/main/assets/taxonomy/taxonomy.json.gz');
const qs = taxonomyQueries();
for (const q of qs) tx.search(q.query, { kind: q.kind });
const times: number[] = [];
for (let r = 0; r < 5; r++) for (const q of qs) { const t = performance.now(); tx.search(q.query, { kind: q.kind }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('p50', times[Math.floor(times.length * 0.5)]!.toFixed(3), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(3), 'max', times.at(-1)!.toFixed(2));
for (const q of ['power b', 'ma', 'm', 'data a', 'communicaton skills', 'customer service']) { const t = performance.now(); tx.search(q); console.log(q, (performance.now() - t).toFixed(2)); }
