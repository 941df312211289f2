import { loadTaxonomy } from '/work/main/electron/main/taxonomy/load';
const tx = loadTaxonomy('/work/main/assets/taxonomy/taxonomy.json.gz');
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(tx.search(q, { limit: 6 }).map(h => [h.label, h.matched, h.tier, Math.round(h.score)])));
