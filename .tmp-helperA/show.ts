import { readFileSync } from 'node:fs';
import { readJsonResume } from '../shared/import/json-resume';
const file = process.argv[2]!;
const draft = readJsonResume(readFileSync(file, 'utf8'), file, { now: '2026-11-26' });
console.log(JSON.stringify(draft, null, 1));
