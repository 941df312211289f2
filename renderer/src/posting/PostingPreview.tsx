import { useId, useState, type SyntheticEvent } from 'react';
import { localDay } from '../../../shared/plan/days';
import { targetFromExtraction } from '../../../shared/posting/target';
import { text } from '../i18n/text';
import { newId } from '../profile/new-id';
import type { ProfileUpdate } from '../profile/useProfile';
import { Field } from '../editor/fields';
import { ConceptCombobox } from '../taxonomy/ConceptCombobox';
import type { ReadPosting } from './PostingDialog';
import { changeDraft, correctedExtraction, draftOf, type DraftChange } from './posting-draft';
import { PostingSkillList } from './PostingSkillList';
import { named } from './named';
import { PostingText } from './PostingText';

const copy = text.posting;

/**
 * How the posting was read, beside what it became: the text with its marks on one side; the
 * title, company, occupation and the skills in two groups on the other, all correctable before
 * the target is saved. Nothing is saved until Save target.
 */
export function PostingPreview(props: {
  read: ReadPosting;
  update: ProfileUpdate;
  onBack: () => void;
  onCancel: () => void;
  onSaved: (targetId: string) => void;
}) {
  const { extraction } = props.read;
  const [draft, setDraft] = useState(() => draftOf(extraction));
  const [problem, setProblem] = useState<{ field: 'title' | 'form'; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { text: useId(), offered: useId() };
  const change = (next: DraftChange) => {
    setDraft((current) => changeDraft(current, next));
    if (next.type === 'title') setProblem(null);
  };
  const offered = extraction.offered.filter(
    (skill) => !draft.skills.some((kept) => kept.conceptId === skill.conceptId),
  );

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setProblem({ field: 'title', message: copy.titleMissing });
      return;
    }
    if (draft.skills.length === 0) {
      setProblem({ field: 'form', message: copy.noSkillsToSave });
      return;
    }
    const target = targetFromExtraction(correctedExtraction(extraction, draft, props.read.text), {
      id: newId('target'),
      text: props.read.text,
      origin: props.read.origin,
      savedOn: localDay(new Date()),
    });
    setSaving(true);
    const added =
      (await props.update((api) => api.executeCommand({ command: { type: 'target.add', target } }))) &&
      (await props.update((api) => api.executeCommand({ command: { type: 'target.setActive', id: target.id } })));
    setSaving(false);
    if (added) props.onSaved(target.id);
    else setProblem({ field: 'form', message: copy.notSaved });
  };

  return (
    <form className="posting-preview" aria-label={copy.previewLabel} onSubmit={(event) => void save(event)}>
      <div className="posting-preview__columns">
        <div className="posting-preview__reading">
          <h3 id={ids.text} className="posting-preview__heading">
            {copy.textHeading}
          </h3>
          <p className="muted posting-preview__lead">{copy.textLead}</p>
          <PostingText
            text={props.read.text}
            skills={draft.skills}
            ignored={extraction.ignored}
            sections={extraction.sections}
            labelledBy={ids.text}
          />
        </div>
        <div className="posting-preview__target">
          <div className="posting-preview__names">
            <Field
              label={copy.title}
              error={problem?.field === 'title' ? { type: 'manual', message: problem.message } : undefined}
            >
              {(aria) => (
                <input
                  {...aria}
                  className="field__input"
                  value={draft.title}
                  onChange={(event) => change({ type: 'title', value: event.target.value })}
                />
              )}
            </Field>
            <Field label={copy.company}>
              {(aria) => (
                <input
                  {...aria}
                  className="field__input"
                  value={draft.company}
                  onChange={(event) => change({ type: 'company', value: event.target.value })}
                />
              )}
            </Field>
          </div>
          <p className="muted posting-preview__occupation">
            {extraction.occupation === null ? copy.noOccupation : copy.occupation(extraction.occupation.label)}
          </p>
          <PostingSkillList skills={draft.skills} onChange={change} />
          <ConceptCombobox
            label={copy.addSkill}
            kind="skill"
            placeholder={copy.skillPlaceholder}
            onPick={(option) => {
              if (option.conceptId !== null) change({ type: 'add', label: option.label, conceptId: option.conceptId });
            }}
          />
          {offered.length > 0 && (
            <section className="posting-offered" aria-labelledby={ids.offered}>
              <h4 id={ids.offered} className="posting-group__heading">
                {copy.offeredHeading}
              </h4>
              <p className="muted posting-group__lead">{copy.offeredLead}</p>
              <ul className="posting-group__list">
                {offered.map((skill) => (
                  <li key={skill.conceptId} className="posting-skill">
                    <span className="posting-skill__label">{skill.label}</span>
                    <span className="posting-skill__actions">
                      <button
                        type="button"
                        className="chip-button"
                        onClick={() => change({ type: 'add', label: skill.label, conceptId: skill.conceptId })}
                      >
                        {named(copy.add, skill.label)}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      {problem?.field === 'form' && (
        <p className="editor-form__failure" role="alert">
          {problem.message}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet posting-form__open" onClick={props.onBack}>
          {copy.back}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.common.cancel}
        </button>
        <button type="submit" className="button" disabled={saving}>
          {saving ? copy.saving : copy.save}
        </button>
      </div>
    </form>
  );
}
