import { useState } from 'react';
import { EntityKindSchema, type EntityKind, type Profile } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { EntryFormDialog } from './EntryFormDialog';
import type { EntryFormTarget } from './entry-form-target';
import type { ProfileUpdate } from '../profile/useProfile';
import './editor.css';

const KINDS: readonly EntityKind[] = EntityKindSchema.options;

/** A small toolbar that opens the entry form for a new role, project or certificate. */
export function AddEntryMenu(props: {
  profile: Profile;
  update: ProfileUpdate;
  onSaved: (selection: Selection) => void;
}) {
  const [form, setForm] = useState<EntryFormTarget | null>(null);
  return (
    <div className="add-entry" role="group" aria-label={text.editor.addToolbar}>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button button--quiet add-entry__button"
          onClick={() => setForm({ mode: 'create', kind })}
        >
          <span aria-hidden="true" className="add-entry__plus">
            +
          </span>
          {text.editor.add[kind]}
        </button>
      ))}
      <EntryFormDialog
        target={form}
        profile={props.profile}
        update={props.update}
        onClose={() => setForm(null)}
        onSaved={props.onSaved}
      />
    </div>
  );
}
