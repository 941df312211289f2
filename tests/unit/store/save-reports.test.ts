import { describe, expect, it } from 'vitest';
import type { SaveReport } from '../../../shared/profile/state';
import { openStore, tempFolder } from '../../support/store-harness';
import { editForRevision } from '../../support/store-edits';

describe('save reports', () => {
  it('say when an edit is waiting to be written and when it is on disk, naming its revision', async () => {
    const reports: SaveReport[] = [];
    const store = await openStore(tempFolder(), { onSaveStatus: (report) => reports.push(report) });
    store.execute(editForRevision(1));
    expect(reports).toEqual([{ save: { state: 'pending' }, revision: 1 }]);
    await store.flush();
    expect(reports.at(-1)).toEqual({ save: { state: 'saved' }, revision: 1 });
    await store.close();
  });

  it('never say "saved" for a revision that is not yet on disk', async () => {
    const reports: SaveReport[] = [];
    const store = await openStore(tempFolder(), { onSaveStatus: (report) => reports.push(report) });
    store.execute(editForRevision(1));
    store.execute(editForRevision(2));
    await store.flush();
    const saved = reports.filter((report) => report.save.state === 'saved').map((report) => report.revision);
    expect(saved).toEqual([2]);
    await store.close();
  });
});
