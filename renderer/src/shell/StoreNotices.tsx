import type { StoreNotice } from '../../../shared/profile/state';
import { text } from '../i18n/text';

/** What the store did on the user's behalf (a recovery, an upgrade), until they dismiss it. */
export function StoreNotices(props: { notices: StoreNotice[]; onDismiss: (id: string) => void }) {
  if (props.notices.length === 0) return null;
  return (
    <div className="notices">
      {props.notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'recovered' ? 'alert' : 'status'}
        >
          <p className="notice__text">
            <strong>{text.shell.notices[notice.kind]}</strong> {notice.message}
          </p>
          <button type="button" className="button button--quiet" onClick={() => props.onDismiss(notice.id)}>
            {text.shell.notices.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
