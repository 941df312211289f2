import { fixtureFidelity } from '../scripts/support/import-fidelity';
const docs = fixtureFidelity(process.cwd());
const li = docs.at(-1)!;
console.log(li.unusable);
