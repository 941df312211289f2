import { BrandMark } from './BrandMark';

export type SaveState = 'loading' | 'saved' | 'unavailable';

const SAVE_STATE_TEXT: Record<SaveState, string> = {
  loading: 'Opening your profile…',
  saved: 'Saved on this computer',
  unavailable: 'Profile not available',
};

export function AppHeader(props: { activeTargetTitle: string | null; saveState: SaveState; onShowAbout: () => void }) {
  return (
    <header className="app-header">
      <div className="brand">
        <BrandMark />
        <span className="brand-name">Throughline</span>
      </div>
      <div className="target-summary" aria-label="Active target role">
        <span className="target-label">Target role</span>
        {props.activeTargetTitle === null ? (
          <span className="target-value target-value--empty">None chosen yet</span>
        ) : (
          <span className="target-value">{props.activeTargetTitle}</span>
        )}
      </div>
      <div className="header-actions">
        <span className={`save-state save-state--${props.saveState}`} role="status">
          {SAVE_STATE_TEXT[props.saveState]}
        </span>
        <button type="button" className="button button--quiet" onClick={props.onShowAbout}>
          About
        </button>
      </div>
    </header>
  );
}
