import { useState } from 'react';
import type { BackupInfo } from '../../../shared/profile/backups';
import { count } from '../i18n/en/plural';
import { ask } from '../ipc/client';
import { useBridgeQuery } from '../ipc/useBridgeQuery';
import { text } from '../i18n/text';
import { Dialog } from '../shell/Dialog';

const copy = text.backups;
import type { ProfileUpdate as Update } from './useProfile';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Snapshots to go back to, the folder they live in, and export/import of the whole profile. */
export function BackupsDialog(props: { open: boolean; onClose: () => void; update: Update }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={copy.title} wide>
      <BackupsPanel update={props.update} />
    </Dialog>
  );
}

function BackupsPanel(props: { update: Update }) {
  const [message, setMessage] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const refresh = () => setListVersion((version) => version + 1);
  const listing = useBridgeQuery((api) => api.listBackups(), listVersion);
  const backups = listing.status === 'ready' ? listing.value : null;

  const restore = async (backup: BackupInfo) => {
    const restored = await props.update((api) => api.restoreBackup({ id: backup.id }));
    setMessage(restored ? copy.restored(when.format(new Date(backup.createdAt))) : copy.notRestored);
    refresh();
  };

  const exportProfile = async () => {
    const result = await ask((api) => api.exportProfile());
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.status === 'saved') setMessage(copy.exported(result.value.file));
  };

  const importProfile = async () => {
    const result = await ask((api) => api.importProfile());
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    if (result.value.status === 'cancelled') return;
    const { state } = result.value;
    await props.update(() => Promise.resolve({ ok: true, value: state }));
    setMessage(copy.imported);
    refresh();
  };

  return (
    <div className="backups">
      <p className="muted">{copy.intro}</p>
      {message !== null && (
        <p className="backups__message" role="status">
          {message}
        </p>
      )}
      {listing.status === 'failed' && <p role="alert">{listing.error.message}</p>}
      {listing.status === 'loading' ? (
        <p className="muted">{copy.loading}</p>
      ) : backups === null ? null : backups.backups.length === 0 ? (
        <p className="muted">{copy.none}</p>
      ) : (
        <table className="backups__table">
          <caption className="visually-hidden">{copy.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.saved}</th>
              <th scope="col">{copy.contents}</th>
              <th scope="col">
                <span className="visually-hidden">{copy.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.backups.map((backup) => (
              <tr key={backup.id}>
                <td>{when.format(new Date(backup.createdAt))}</td>
                <td>
                  {[
                    count(backup.counts.roles, 'role'),
                    count(backup.counts.projects, 'project'),
                    count(backup.counts.certificates, 'certificate'),
                  ].join(', ')}
                </td>
                <td>
                  <button type="button" className="button button--quiet" onClick={() => void restore(backup)}>
                    {copy.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="backups__actions">
        <button type="button" className="button button--quiet" onClick={() => void ask((api) => api.revealBackups())}>
          {copy.reveal}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void exportProfile()}>
          {copy.export}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void importProfile()}>
          {copy.import}
        </button>
      </div>
    </div>
  );
}
