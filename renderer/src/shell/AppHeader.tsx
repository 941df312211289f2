import type { ReactNode } from 'react';
import type { SaveStatus } from '../../../shared/profile/state';
import { text } from '../i18n/text';
import { ReadinessLine } from '../plan/ReadinessLine';
import { BrandMark } from './BrandMark';

const copy = text.shell;

export type HeaderSaveState = SaveStatus | 'loading' | 'unavailable';

function saveText(save: HeaderSaveState): { text: string; tone: string } {
  if (save === 'loading') return { text: copy.save.loading, tone: 'loading' };
  if (save === 'unavailable') return { text: copy.save.unavailable, tone: 'unavailable' };
  switch (save.state) {
    case 'saved':
      return { text: copy.save.saved, tone: 'saved' };
    case 'pending':
      return { text: copy.save.pending, tone: 'pending' };
    case 'failed':
      return { text: copy.save.failed, tone: 'unavailable' };
  }
}

/** The first letter of the name, for the round mark beside it; a plain figure while there is none. */
function initialOf(name: string): string {
  const first = name.trim().at(0);
  return first === undefined ? '' : first.toLocaleUpperCase();
}

export function AppHeader(props: {
  activeTargetTitle: string | null;
  /** The profile revision shown: the readiness line is read again when it moves. */
  revision: number;
  save: HeaderSaveState;
  onShowAbout: () => void;
  onShowBackups: (() => void) | null;
  onShowImport: (() => void) | null;
  onShowExport: (() => void) | null;
  onShowTargets: (() => void) | null;
  /** The person's details (a CV's name and contact); null until the profile is open. */
  person: { name: string; onShow: () => void } | null;
  /** Shown after the target summary: the switch between the timeline and the target view. */
  children?: ReactNode;
}) {
  const save = saveText(props.save);
  return (
    <header className="app-header">
      <div className="brand">
        <BrandMark />
        <span className="brand-name">{copy.brand}</span>
      </div>
      {/* The button and, under it, how ready the person is for that target today. */}
      <div className="target-summary-stack">
        <button
          type="button"
          className="target-summary"
          aria-label={copy.target.button(props.activeTargetTitle)}
          disabled={props.onShowTargets === null}
          onClick={props.onShowTargets ?? undefined}
        >
          <span className="target-label">{copy.target.label}</span>
          {props.activeTargetTitle === null ? (
            <span className="target-value target-value--empty">{copy.target.none}</span>
          ) : (
            <span className="target-value">{props.activeTargetTitle}</span>
          )}
        </button>
        <ReadinessLine activeTargetTitle={props.activeTargetTitle} revision={props.revision} />
      </div>
      {props.children}
      <div className="header-actions">
        <span className={`save-state save-state--${save.tone}`} role="status">
          {save.text}
        </span>
        {props.person !== null && (
          <button
            type="button"
            className="button button--quiet header-person"
            aria-label={text.editor.person.buttonLabel(props.person.name)}
            title={text.editor.person.buttonLabel(props.person.name)}
            onClick={props.person.onShow}
          >
            <span aria-hidden="true" className="header-person__mark">
              {initialOf(props.person.name) || (
                // Head and shoulders, while there is no name to take a letter from.
                <svg viewBox="0 0 16 16">
                  <circle cx="8" cy="5" r="3" />
                  <path d="M2 15c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5z" />
                </svg>
              )}
            </span>
            <span className="header-person__name">
              {props.person.name === '' ? text.editor.person.button : props.person.name}
            </span>
          </button>
        )}
        {props.onShowImport !== null && (
          <button type="button" className="button button--quiet" onClick={props.onShowImport}>
            {text.importer.button}
          </button>
        )}
        {props.onShowExport !== null && (
          <button type="button" className="button button--quiet" onClick={props.onShowExport}>
            {text.exporter.button}
          </button>
        )}
        {props.onShowBackups !== null && (
          <button type="button" className="button button--quiet" onClick={props.onShowBackups}>
            {copy.backups}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={props.onShowAbout}>
          {copy.about}
        </button>
      </div>
    </header>
  );
}
