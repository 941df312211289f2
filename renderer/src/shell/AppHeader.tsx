import type { ReactNode } from 'react';
import type { SaveStatus } from '../../../shared/profile/state';
import { BrandMark } from './BrandMark';

export type HeaderSaveState = SaveStatus | 'loading' | 'unavailable';

function saveText(save: HeaderSaveState): { text: string; tone: string } {
  if (save === 'loading') return { text: 'Opening your profile…', tone: 'loading' };
  if (save === 'unavailable') return { text: 'Profile not available', tone: 'unavailable' };
  switch (save.state) {
    case 'saved':
      return { text: 'Saved on this computer', tone: 'saved' };
    case 'pending':
      return { text: 'Saving…', tone: 'pending' };
    case 'failed':
      return { text: 'Not saved', tone: 'unavailable' };
  }
}

export function AppHeader(props: {
  activeTargetTitle: string | null;
  save: HeaderSaveState;
  onShowAbout: () => void;
  onShowBackups: (() => void) | null;
  onShowTargets: (() => void) | null;
  /** Shown after the target summary: the switch between the timeline and the target view. */
  children?: ReactNode;
}) {
  const save = saveText(props.save);
  return (
    <header className="app-header">
      <div className="brand">
        <BrandMark />
        <span className="brand-name">Throughline</span>
      </div>
      <button
        type="button"
        className="target-summary"
        aria-label={`Target role: ${props.activeTargetTitle ?? 'none chosen yet'}. Choose or edit target roles`}
        disabled={props.onShowTargets === null}
        onClick={props.onShowTargets ?? undefined}
      >
        <span className="target-label">Target role</span>
        {props.activeTargetTitle === null ? (
          <span className="target-value target-value--empty">None chosen yet</span>
        ) : (
          <span className="target-value">{props.activeTargetTitle}</span>
        )}
      </button>
      {props.children}
      <div className="header-actions">
        <span className={`save-state save-state--${save.tone}`} role="status">
          {save.text}
        </span>
        {props.onShowBackups !== null && (
          <button type="button" className="button button--quiet" onClick={props.onShowBackups}>
            Backups
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={props.onShowAbout}>
          About
        </button>
      </div>
    </header>
  );
}
