import { fixtureFidelity, report, totals } from '../scripts/support/import-fidelity';
const docs = await fixtureFidelity(process.cwd());
console.log(report(docs)); console.log(totals(docs));
for (const d of docs) for (const l of d.lost) console.log('LOST', d.document, l.place, JSON.stringify(l.value));
for (const d of docs) for (const l of d.invented) console.log('INVENTED', d.document, l.place, JSON.stringify(l.value));
