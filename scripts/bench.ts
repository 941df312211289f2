/**
 * `npm run bench`: speed as ratios measured in one run (DESIGN.md §8), one line per figure:
 * `BENCH <name> <value>`. Exits 1 when a figure is over its budget.
 */
import { mkdtempSync } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeDisk, type Disk } from '../electron/main/store/disk';
import { encodeStoredProfile } from '../electron/main/store/profile-file';
import { openProfileStore, PROFILE_FILE } from '../electron/main/store/profile-store';
import { largeProfile } from '../tests/support/large-profile';

const budgets: Record<string, number> = { 'store.save_ratio': 1.5, 'store.coalesced_writes': 10 };
const results: Array<[string, number]> = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The reference save: JSON.stringify, write a temp file, fsync, rename. */
async function plainDurableSave(file: string, revision: number, profile: object): Promise<void> {
  const temp = `${file}.bench.tmp`;
  const handle = await fs.open(temp, 'w', 0o600);
  await handle.writeFile(JSON.stringify({ revision, profile }), 'utf8');
  await handle.sync();
  await handle.close();
  await fs.rename(temp, file);
}

async function saveRatio(): Promise<number> {
  const profile = largeProfile();
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-bench-'));
  await fs.writeFile(path.join(folder, PROFILE_FILE), encodeStoredProfile(1, profile), { mode: 0o600 });
  const store = await openProfileStore({ dataFolder: folder, coalesceMs: 60_000 });
  const reference = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-bench-ref-')), 'profile.json');
  const storeTimes: number[] = [];
  const plainTimes: number[] = [];
  const role = profile.roles[0]!;
  for (let round = 0; round < 31; round += 1) {
    // The edit itself is acknowledged in memory; what is timed is getting it durably to disk.
    store.execute({ type: 'role.update', role: { ...role, highlights: [`round ${round}`] } });
    let started = performance.now();
    await store.flush();
    storeTimes.push(performance.now() - started);
    started = performance.now();
    await plainDurableSave(reference, round, store.state().profile);
    plainTimes.push(performance.now() - started);
  }
  await store.close();
  console.error(
    `# save: store ${median(storeTimes).toFixed(2)} ms, plain ${median(plainTimes).toFixed(2)} ms, ${(encodeStoredProfile(1, profile).length / 1024).toFixed(0)} KB`,
  );
  return median(storeTimes) / median(plainTimes);
}

async function coalescedWrites(): Promise<number> {
  let writes = 0;
  const disk: Disk = {
    ...nodeDisk,
    async writeAtomic(file, data, options) {
      if (path.basename(file) === PROFILE_FILE) writes += 1;
      await nodeDisk.writeAtomic(file, data, options);
    },
  };
  const store = await openProfileStore({ dataFolder: mkdtempSync(path.join(tmpdir(), 'throughline-bench-')), disk });
  const base = largeProfile().roles.slice(0, 10);
  for (const role of base) store.execute({ type: 'role.add', role });
  const started = performance.now();
  for (let edit = 0; edit < 1000; edit += 1) {
    const role = base[edit % base.length]!;
    store.execute({ type: 'role.update', role: { ...role, highlights: [`edit ${edit}`] } });
    // Spread the burst over one second, as fast typing and dragging would.
    if (edit % 50 === 49)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, edit + 1 - (performance.now() - started))));
  }
  await store.close();
  return writes;
}

results.push(['store.save_ratio', await saveRatio()]);
results.push(['store.coalesced_writes', await coalescedWrites()]);

let over = false;
for (const [name, value] of results) {
  console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
  const budget = budgets[name];
  if (budget !== undefined && value > budget) {
    over = true;
    console.error(`# ${name} is over its budget of ${budget}`);
  }
}
process.exit(over ? 1 : 0);
