import { memo } from 'react';
import type { ImportPreview, PlanAction, PlanItem } from '../../../shared/import/plan';
import { text } from '../i18n/text';
import { isIncluded } from './useImportFlow';

const copy = text.importer;
const ACTIONS: readonly PlanAction[] = ['add', 'merge', 'skip'];

/** "Education" for a degree or diploma, otherwise the kind of entry. */
function kindLabel(item: PlanItem): string {
  return item.education ? copy.education : copy.kinds[item.kind];
}

/** The preview, grouped by what will happen: each entry with its reason, its problems and a tick to leave it out. */
export function ImportPreviewList(props: {
  preview: ImportPreview;
  excluded: ReadonlySet<string>;
  confirmed: ReadonlySet<string>;
  onToggle: (set: 'excluded' | 'confirmed', ref: string) => void;
  disabled: boolean;
}) {
  return (
    <div className="import-preview">
      {ACTIONS.map((action) => {
        const items = props.preview.items.filter((item) => item.action === action);
        if (items.length === 0) return null;
        return (
          <section key={action} className={`import-group import-group--${action}`} aria-label={copy.groups[action]}>
            <h3 className="import-group__title">
              {copy.groups[action]} <span className="import-group__count">{items.length}</span>
            </h3>
            <ul className="import-group__list">
              {items.map((item) => (
                <PreviewRow
                  key={item.ref}
                  item={item}
                  excluded={props.excluded.has(item.ref)}
                  confirmed={props.confirmed.has(item.ref)}
                  included={isIncluded(item, props.excluded, props.confirmed)}
                  onToggle={props.onToggle}
                  disabled={props.disabled}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const PreviewRow = memo(function PreviewRow(props: {
  item: PlanItem;
  excluded: boolean;
  confirmed: boolean;
  included: boolean;
  onToggle: (set: 'excluded' | 'confirmed', ref: string) => void;
  disabled: boolean;
}) {
  const { item } = props;
  const check = item.credential;
  // The reason and the credential's detail already say what the first problem often says.
  const problems = item.problems.filter(
    (problem) => problem.message !== item.reason && problem.message !== check?.detail,
  );
  return (
    <li className={props.included ? 'import-item' : 'import-item import-item--out'} data-action={item.action}>
      <div className="import-item__head">
        {item.action === 'skip' ? (
          <span className="import-item__kind">{kindLabel(item)}</span>
        ) : (
          <label className="import-item__pick">
            <input
              type="checkbox"
              checked={!props.excluded}
              disabled={props.disabled}
              onChange={() => props.onToggle('excluded', item.ref)}
              aria-label={copy.include(item.title)}
            />
            <span className="import-item__kind">{kindLabel(item)}</span>
          </label>
        )}
        <span className="import-item__title">{item.title}</span>
        {check !== null && (
          <span className={`credential-status credential-status--${check.status}`}>
            {copy.credential[check.status]}
          </span>
        )}
        {check?.expired === true && (
          <span className="credential-status credential-status--expired">{copy.credential.expired}</span>
        )}
      </div>
      <p className="import-item__reason">{item.reason}</p>
      {check !== null && check.detail !== '' && <p className="import-item__detail muted">{check.detail}</p>}
      {problems.length > 0 && (
        <ul className="import-item__problems">
          {problems.map((problem, index) => (
            <li key={index}>
              <span className="muted">{problem.place}:</span> {problem.message}
            </li>
          ))}
        </ul>
      )}
      {item.needsConfirm && !props.excluded && (
        <label className="import-item__confirm">
          <input
            type="checkbox"
            checked={props.confirmed}
            disabled={props.disabled}
            onChange={() => props.onToggle('confirmed', item.ref)}
          />
          {copy.confirmAnyway}
        </label>
      )}
      <p className="import-item__place muted">{copy.place(item.place)}</p>
    </li>
  );
});
