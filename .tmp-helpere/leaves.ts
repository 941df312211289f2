import { readFileSync } from 'node:fs';
import { badgeDocumentOf, badgeLeaves, badgeDomains } from '../scripts/support/badge-leaves';
import { readOpenBadge } from '../electron/main/import/open-badges';
for (const f of ['dcpv__ob20_basic-assertion.json', 'dcpv__ob30_simple-err-expired.json', 'dcpv__ob30_simple-json.png', 'vc-test-fixtures__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json']) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/external/openbadges/${f}`));
  console.log(f, badgeLeaves(badgeDocumentOf(f, bytes), 'r').map((l) => `${l.section} ${l.place}=${l.value}`), [...badgeDomains(badgeDocumentOf(f, bytes))]);
  const d = await readOpenBadge(bytes, f, new Date('2026-11-26T12:00:00Z'));
  const e = d.entries[0]!; if (e.kind === 'certificate') { const { credential, ...c } = e.certificate; console.log(c, credential?.status); }
}
