import { useId, type ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import type { SkillRef } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { ConceptCombobox } from '../taxonomy/ConceptCombobox';
import { withSkill } from './form-schemas';
import './editor.css';

/** What a control needs to be tied to its label, hint and error text. */
export interface FieldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A label, the control, an optional hint and the problem under it, announced as it appears. */
export function Field(props: {
  label: string;
  error?: FieldError | undefined;
  hint?: string;
  optional?: boolean;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = props.error?.message;
  const describedBy = [props.hint === undefined ? null : hintId, message === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={props.className === undefined ? 'field' : `field ${props.className}`}>
      <label htmlFor={id} className="field__label">
        {props.label}
        {props.optional === true && <span className="editor-optional"> {text.editor.fields.optional}</span>}
      </label>
      {props.children({
        id,
        'aria-invalid': message === undefined ? undefined : true,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {props.hint !== undefined && (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      <FieldProblem id={errorId} message={message} />
    </div>
  );
}

/** The problem text under a field; a live region so it is read out when it appears. */
export function FieldProblem(props: { id: string; message: string | undefined }) {
  if (props.message === undefined) return null;
  return (
    <p id={props.id} className="field__problem" role="alert">
      {props.message}
    </p>
  );
}

export function TextField(props: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
  type?: 'text' | 'url' | 'number';
  inputMode?: 'numeric' | 'decimal';
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {(aria) => (
        <input
          {...aria}
          {...props.registration}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          className="field__input"
          placeholder={props.placeholder}
        />
      )}
    </Field>
  );
}

export function TextAreaField(props: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: string;
  optional?: boolean;
  rows?: number;
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {(aria) => <textarea {...aria} {...props.registration} rows={props.rows ?? 3} className="field__input" />}
    </Field>
  );
}

/** A month as YYYY-MM: the native month picker where Chromium has one. */
export function MonthField(props: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  optional?: boolean;
  disabled?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} optional={props.optional}>
      {(aria) => (
        <input
          {...aria}
          {...props.registration}
          type="month"
          className="field__input"
          disabled={props.disabled}
          placeholder="YYYY-MM"
        />
      )}
    </Field>
  );
}

export function SelectField(props: {
  label: string;
  registration: UseFormRegisterReturn;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: FieldError | undefined;
}) {
  return (
    <Field label={props.label} error={props.error}>
      {(aria) => (
        <select {...aria} {...props.registration} className="field__input">
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField(props: { label: string; registration: UseFormRegisterReturn }) {
  const id = useId();
  return (
    <div className="editor-checkbox">
      <input id={id} type="checkbox" {...props.registration} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** Skills as removable chips, with taxonomy suggestions to add more; free labels are kept too. */
export function SkillsField(props: { value: SkillRef[]; onChange: (skills: SkillRef[]) => void }) {
  const labels = text.editor.fields;
  const headingId = useId();
  return (
    <fieldset className="editor-skills" aria-labelledby={headingId}>
      <legend id={headingId} className="field__label">
        {labels.skills} ({props.value.length})
      </legend>
      {props.value.length === 0 ? (
        <p className="field__hint">{labels.noSkills}</p>
      ) : (
        <ul className="skill-list" aria-labelledby={headingId}>
          {props.value.map((skill, index) => (
            <li key={`${skill.conceptId ?? skill.label}-${index}`} className="skill-chip">
              <span>{skill.label}</span>
              <button
                type="button"
                className="chip-button"
                aria-label={labels.removeSkill(skill.label)}
                onClick={() => props.onChange(props.value.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConceptCombobox
        label={labels.addSkill}
        kind="skill"
        allowFree
        placeholder={labels.skillPlaceholder}
        onPick={(option) =>
          props.onChange(withSkill(props.value, { label: option.label, conceptId: option.conceptId }))
        }
      />
    </fieldset>
  );
}
