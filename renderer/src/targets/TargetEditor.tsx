import { useState } from 'react';
import { FieldPaceSchema, type FieldPace, type TargetRole } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { ConceptCombobox } from '../taxonomy/ConceptCombobox';
import { RoleExpectations } from './RoleExpectations';
import { addCore } from './skill-tiers';
import { SkillTiers } from './SkillTiers';
import { useOccupation } from './useOccupation';
import './target-view.css';

const PACE_TEXT = text.targets.paceOption;

/**
 * Edits a target before it is saved: its title, its pace, and its skills in tiers — core,
 * secondary, and the others its occupation names — moved up and down a tier at a time, more
 * addable from the taxonomy or as free labels. A curated role shows what recruiters expect.
 */
export function TargetEditor(props: {
  initial: TargetRole;
  derivedPace: FieldPace | null;
  saveLabel: string;
  /** Resolves false when the target could not be saved: the editor stays open with what was typed. */
  onSave: (target: TargetRole) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const occupation = useOccupation(target.occupationId);

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
        setSaving(true);
        setFailed(false);
        void props.onSave({ ...target, title: target.title.trim() }).then((saved) => {
          setSaving(false);
          setFailed(!saved);
        });
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
            // 'derived' is no pace: it clears the override.
            const pace = FieldPaceSchema.safeParse(event.target.value);
            setTarget({ ...target, paceOverride: pace.success ? pace.data : null });
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
        onPick={(option) => setTarget((current) => ({ ...current, skills: addCore(current.skills, option) }))}
      />
      <SkillTiers
        skills={target.skills}
        named={occupation?.named ?? []}
        onChange={(skills) => setTarget((current) => ({ ...current, skills }))}
      />
      {/* After the skills: what recruiters expect sets the skills in context, once they are read. */}
      {occupation?.role != null && <RoleExpectations role={occupation.role} />}
      {failed && (
        <p className="editor-form__failure" role="alert">
          {text.targets.notSaved}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.targets.cancel}
        </button>
        <button type="submit" className="button" disabled={saving}>
          {props.saveLabel}
        </button>
      </div>
    </form>
  );
}
