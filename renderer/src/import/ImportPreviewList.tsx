import { memo, useId } from 'react';
import { TITLE_MAX_LENGTH } from '../../../shared/domain/refs';
import type { ImportPreview, PlanAction, PlanItem } from '../../../shared/import/plan';
import { Field } from '../editor/fields';
import { text } from '../i18n/text';
import { awaitsTitle, isIncluded, type ChoiceSet, type PreviewChoices } from './preview-choices';

const copy = text.importer;
/** Entries waiting for a title come first: they are the ones that need the person. */
const GROUPS: ReadonlyArray<PlanAction | 'waiting'> = ['waiting', 'add', 'merge', 'skip'];
type Group = (typeof GROUPS)[number];
const groupOf = (item: PlanItem): Group => (awaitsTitle(item) ? 'waiting' : item.action);

/** "Education" for a degree or diploma, otherwise the kind of entry. */
function kindLabel(item: PlanItem): string {
  return item.education ? copy.education : copy.kinds[item.kind];
}

/**
 * The preview, grouped by what will happen: each entry with its reason, its problems and a tick to leave
 * it out; an entry whose file lacks its title, with a field to type it.
 */
export function ImportPreviewList(props: {
  preview: ImportPreview;
  choices: PreviewChoices;
  onToggle: (set: ChoiceSet, ref: string) => void;
  onTitle: (ref: string, title: string) => void;
  disabled: boolean;
}) {
  const { choices } = props;
  return (
    <div className="import-preview">
      {GROUPS.map((group) => {
        const items = props.preview.items.filter((item) => groupOf(item) === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className={`import-group import-group--${group}`} aria-label={copy.groups[group]}>
            <h3 className="import-group__title">
              {copy.groups[group]} <span className="import-group__count">{items.length}</span>
            </h3>
            <ul className="import-group__list">
              {items.map((item) => (
                <PreviewRow
                  key={item.ref}
                  item={item}
                  excluded={choices.excluded.has(item.ref)}
                  confirmed={choices.confirmed.has(item.ref)}
                  included={isIncluded(item, choices)}
                  title={group === 'waiting' ? (choices.titles.get(item.ref) ?? '') : null}
                  onToggle={props.onToggle}
                  onTitle={props.onTitle}
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
  /** What the person typed, for an entry waiting for its title; null for every other entry. */
  title: string | null;
  onToggle: (set: ChoiceSet, ref: string) => void;
  onTitle: (ref: string, title: string) => void;
  disabled: boolean;
}) {
  const { item } = props;
  const check = item.credential;
  const waiting = props.title !== null;
  const detailId = useId();
  // The reason and the credential's detail already say what the first problem often says.
  const problems = item.problems.filter(
    (problem) => problem.message !== item.reason && problem.message !== check?.detail,
  );
  const hasDetail = check !== null && check.detail !== '';
  return (
    <li
      className={props.included ? 'import-item' : 'import-item import-item--out'}
      data-action={waiting ? (props.included ? 'add' : 'waiting') : item.action}
    >
      <div className="import-item__head">
        {item.action === 'skip' || waiting ? (
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
        {!waiting ? (
          <span className="import-item__title">{item.title}</span>
        ) : item.facts.length > 0 ? (
          // What the file does say (school, dates, the badge's URL) tells the person what they are naming.
          <span className="import-item__title import-item__title--stand-in">{item.facts.join(' · ')}</span>
        ) : (
          // Only a stand-in ("Untitled badge from …"), shown as what it is; one that merely repeats the
          // place ("certificates[0]") says nothing the line under the entry does not.
          item.title !== item.place && (
            <span className="import-item__title import-item__title--stand-in">{item.title}</span>
          )
        )}
        {check !== null && (
          <span className={`credential-status credential-status--${check.status}`}>
            {copy.credential[check.status]}
          </span>
        )}
        {check?.expired === true && (
          <span className="credential-status credential-status--expired">{copy.credential.expired}</span>
        )}
      </div>
      {!waiting ? (
        <p className="import-item__reason">{item.reason}</p>
      ) : (
        <Field label={copy.needsTitle.label} hint={copy.needsTitle.hint} className="import-item__title-field">
          {(aria) => (
            <input
              {...aria}
              // The hint says what to do; the credential's detail says why the file has no title.
              aria-describedby={[aria['aria-describedby'], hasDetail ? detailId : null].filter(Boolean).join(' ')}
              className="field__input"
              value={props.title ?? ''}
              maxLength={TITLE_MAX_LENGTH}
              autoComplete="off"
              spellCheck
              disabled={props.disabled}
              onChange={(event) => props.onTitle(item.ref, event.target.value)}
            />
          )}
        </Field>
      )}
      {hasDetail && (
        <p id={detailId} className="import-item__detail muted">
          {check.detail}
        </p>
      )}
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
