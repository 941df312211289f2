import path from 'node:path';
import { fixtureFidelity, report, totals } from '../scripts/support/import-fidelity';
const root = path.resolve(import.meta.dirname, '..');
const f = fixtureFidelity(root);
console.log(report(f)); console.log(`BENCH import.fidelity ${totals(f).share.toFixed(3)}`);
