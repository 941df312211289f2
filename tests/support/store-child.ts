/**
 * A separate process that owns a profile store and edits it as fast as a user never could,
 * printing each acknowledged revision. The crash test kills it with SIGKILL at random moments;
 * the lock tests keep it holding the profile, or race several of them for it.
 *
 * Usage: store-child <data folder> edit|hold|try
 *   try: like hold, but prints `locked` and exits when another process has the profile.
 */
import { AppError } from '../../electron/main/app-error';
import { openProfileStore } from '../../electron/main/store/profile-store';
import { editForRevision } from './store-edits';

const [folder, mode = 'edit'] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: store-child <folder> edit|hold|try');

const store = await openProfileStore({ dataFolder: folder }).catch((error: unknown) => {
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
