/**
 * A separate process that owns a profile store and edits it as fast as a user never could,
 * printing each acknowledged revision and each revision written durably. The crash test kills it with SIGKILL at random moments;
 * the lock tests keep it holding the profile, or race several of them for it.
 *
 * Usage: store-child <data folder> edit|hold|try
 *   try: like hold, but prints `locked` and exits when another process has the profile.
 */
import { AppError } from '../../electron/main/app-error';
import { nodeDisk, type Disk } from '../../electron/main/store/disk';
import { openProfileStore, PROFILE_FILE } from '../../electron/main/store/profile-store';
import { editForRevision } from './store-edits';

const [folder, mode = 'edit'] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: store-child <folder> edit|hold|try');

/** Reports each profile write once it is on disk, so the crash test knows what must survive. */
const reportingDisk: Disk = {
  ...nodeDisk,
  async writeAtomic(file, data, options) {
    await nodeDisk.writeAtomic(file, data, options);
    if (file.endsWith(PROFILE_FILE)) {
      const { revision } = JSON.parse(data) as { revision: number };
      process.stdout.write(`durable ${revision} ${Date.now()}\n`);
    }
  },
};

const store = await openProfileStore({ dataFolder: folder, disk: reportingDisk }).catch((error: unknown) => {
  if (mode !== 'try' || !(error instanceof AppError) || error.code !== 'STORE_LOCKED') throw error;
  process.stdout.write('locked\n');
  // The answer the lock tests wait for: this opener lost the race, holds nothing, and is done.
  process.exit(0);
});
process.stdout.write(`ready ${store.state().revision}\n`);
if (mode === 'hold' || mode === 'try') {
  setInterval(() => undefined, 60_000);
} else {
  const tick = () => {
    const next = store.state().revision + 1;
    const { revision } = store.execute(editForRevision(next));
    process.stdout.write(`ack ${revision} ${Date.now()}\n`);
    setTimeout(tick, 1);
  };
  tick();
}
