import { useState } from 'react';
import type { TargetRole } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { ConceptCombobox } from '../taxonomy/ConceptCombobox';

type Importance = TargetRole['skills'][number]['importance'];
const PACE_TEXT = text.targets.paceOption;

/**
 * Edits a target before it is saved: its title, the skills it asks for (essential or optional,
 * removable, more addable from the taxonomy or as free labels) and its pace.
 */
export function TargetEditor(props: {
  initial: TargetRole;
  derivedPace: 'fast' | 'normal' | 'slow' | null;
  saveLabel: string;
  onSave: (target: TargetRole) => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const groups: Array<[Importance, string]> = [
    ['essential', text.targets.essentialSkills],
    ['optional', text.targets.optionalSkills],
  ];

  const setImportance = (index: number, importance: Importance) =>
    setTarget((current) => ({
      ...current,
      skills: current.skills.map((entry, at) => (at === index ? { ...entry, importance } : entry)),
    }));
  const remove = (index: number) =>
    setTarget((current) => ({ ...current, skills: current.skills.filter((_, at) => at !== index) }));

  return (
    <form
      className="target-editor"
      aria-label={text.targets.editorLabel}
      onSubmit={(event) => {
        event.preventDefault();
        if (target.title.trim() === '') {
          setProblem(text.targets.titleMissing);
          return;
        }
        props.onSave({ ...target, title: target.title.trim() });
      }}
    >
      <div className="field">
        <label htmlFor="target-title" className="field__label">
          {text.targets.title}
        </label>
        <input
          id="target-title"
          className="field__input"
          value={target.title}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : 'target-title-problem'}
          onChange={(event) => {
            setTarget({ ...target, title: event.target.value });
            setProblem(null);
          }}
        />
        {problem !== null && (
          <p id="target-title-problem" className="field__problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="target-pace" className="field__label">
          {text.targets.paceLabel}
        </label>
        <select
          id="target-pace"
          className="field__input"
          value={target.paceOverride ?? 'derived'}
          onChange={(event) => {
            const value = event.target.value;
            setTarget({
              ...target,
              paceOverride: value === 'fast' || value === 'normal' || value === 'slow' ? value : null,
            });
          }}
        >
          <option value="derived">
            {props.derivedPace === null
              ? text.targets.paceDerivedUnknown
              : text.targets.paceDerived(PACE_TEXT[props.derivedPace])}
          </option>
          <option value="fast">{PACE_TEXT.fast}</option>
          <option value="normal">{PACE_TEXT.normal}</option>
          <option value="slow">{PACE_TEXT.slow}</option>
        </select>
      </div>
      <ConceptCombobox
        label={text.targets.addSkill}
        kind="skill"
        allowFree
        placeholder={text.targets.skillPlaceholder}
        onPick={(option) =>
          setTarget((current) =>
            current.skills.some(
              (entry) => (entry.skill.conceptId ?? entry.skill.label) === (option.conceptId ?? option.label),
            )
              ? current
              : {
                  ...current,
                  skills: [
                    ...current.skills,
                    { skill: { label: option.label, conceptId: option.conceptId }, importance: 'essential' },
                  ],
                },
          )
        }
      />
      {groups.map(([importance, heading]) => (
        <fieldset key={importance} className="skill-group">
          <legend className="field__label">
            {heading} ({target.skills.filter((entry) => entry.importance === importance).length})
          </legend>
          <ul className="skill-list">
            {target.skills.map((entry, index) =>
              entry.importance !== importance ? null : (
                <li key={`${entry.skill.conceptId ?? entry.skill.label}-${index}`} className="skill-chip">
                  <span>{entry.skill.label}</span>
                  <button
                    type="button"
                    className="chip-button"
                    onClick={() => setImportance(index, importance === 'essential' ? 'optional' : 'essential')}
                  >
                    {text.targets.makeImportance(importance === 'essential' ? 'optional' : 'essential')}
                    <span className="visually-hidden">: {entry.skill.label}</span>
                  </button>
                  <button type="button" className="chip-button" onClick={() => remove(index)}>
                    {text.targets.remove}
                    <span className="visually-hidden"> {entry.skill.label}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
        </fieldset>
      ))}
      <div className="dialog__actions dialog__actions--inline">
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.targets.cancel}
        </button>
        <button type="submit" className="button">
          {props.saveLabel}
        </button>
      </div>
    </form>
  );
}
