import { readFileSync } from 'node:fs';
import { fidelityOf } from '../scripts/support/import-fidelity';
import { badgeDocumentOf, badgeLeaves, badgeDomains } from '../scripts/support/badge-leaves';
import { readOpenBadge } from '../electron/main/import/open-badges';
const f = 'dcpv__ob30_simple.json';
const bytes = new Uint8Array(readFileSync(`tests/fixtures/external/openbadges/${f}`));
const d = await readOpenBadge(bytes, f, new Date('2026-11-26T12:00:00Z'));
const e = d.entries[0]!;
if (e.kind === 'certificate') { e.certificate.description += '\nAbout this badge: https://made.up/x'; e.certificate.provider = 'Someone'; e.certificate.skills = [{label: 'x', conceptId: null}]; }
const doc = badgeDocumentOf(f, bytes);
const r = fidelityOf(f, badgeLeaves(doc, e.ref), d, badgeDomains(doc));
console.log(r.invented, r.lost);
