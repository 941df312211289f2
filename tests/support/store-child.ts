/**
 * A separate process that owns a profile store and edits it as fast as a user never could,
 * printing each acknowledged revision. The crash test kills it with SIGKILL at random moments;
 * the lock test keeps it holding the profile.
 *
 * Usage: store-child <data folder> edit|hold
 */
import { openProfileStore } from '../../electron/main/store/profile-store';
import { editForRevision } from './store-edits';

const [folder, mode = 'edit'] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: store-child <folder> edit|hold');

const store = await openProfileStore({ dataFolder: folder });
process.stdout.write(`ready ${store.state().revision}\n`);
if (mode === 'hold') {
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
