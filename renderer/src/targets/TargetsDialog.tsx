import { useState } from 'react';
import type { FieldPace, Profile, TargetRole } from '../../../shared/domain/profile';
import type { Command } from '../../../shared/profile/commands';
import { text } from '../i18n/text';
import { newId } from '../profile/new-id';
import { ask } from '../ipc/client';
import { useLensActions } from '../actions/lens-actions';
import { PostingDialog } from '../posting/PostingDialog';
import { Dialog } from '../shell/Dialog';
import { ConceptCombobox } from '../taxonomy/ConceptCombobox';
import { TargetEditor } from './TargetEditor';
import type { ProfileUpdate as Update } from '../profile/useProfile';

type Editing = { target: TargetRole; pace: FieldPace | null; isNew: boolean } | null;

/**
 * The roles the user is aiming for: choose the active one, add one from ESCO or from scratch, edit,
 * delete. Editing fills the dialog, its own Cancel and Save at the foot; saving closes it.
 */
export function TargetsDialog(props: { open: boolean; onClose: () => void; profile: Profile; update: Update }) {
  const [editing, setEditing] = useState<Editing>(null);
  // The posting's dialog takes this one's place while it is open, and gives it back on Cancel.
  const [fromPosting, setFromPosting] = useState(false);
  const { perform } = useLensActions();
  const { profile, update } = props;
  const close = () => {
    setEditing(null);
    props.onClose();
  };

  const save = async (target: TargetRole, isNew: boolean) => {
    const run = (command: Command) => update((api) => api.executeCommand({ command }));
    const saved = await run(isNew ? { type: 'target.add', target } : { type: 'target.update', target });
    if (!saved) return false;
    // A first target is the one the lens reads against; a later one waits to be chosen.
    if (isNew && profile.activeTargetId === null) await run({ type: 'target.setActive', id: target.id });
    close();
    return true;
  };

  return (
    <>
      <Dialog
        open={props.open && !fromPosting}
        // Closed to make way for the posting's dialog, the targets dialog stays in the app's hands.
        onClose={() => {
          if (!fromPosting) close();
        }}
        title={text.targets.dialogTitle}
        wide
        closeButton={editing === null}
      >
        {editing === null ? (
          <TargetsPanel
            profile={profile}
            update={update}
            onEdit={setEditing}
            onFromPosting={() => setFromPosting(true)}
          />
        ) : (
          <TargetEditor
            initial={editing.target}
            derivedPace={editing.pace}
            saveLabel={editing.isNew ? text.targets.addTarget : text.targets.saveChanges}
            onCancel={() => setEditing(null)}
            onSave={(target) => save(target, editing.isNew)}
          />
        )}
      </Dialog>
      <PostingDialog
        open={props.open && fromPosting}
        onClose={() => setFromPosting(false)}
        onSaved={() => {
          setFromPosting(false);
          close();
          perform({ type: 'open-target' });
        }}
        update={update}
      />
    </>
  );
}

function TargetsPanel(props: {
  profile: Profile;
  update: Update;
  onEdit: (editing: Editing) => void;
  onFromPosting: () => void;
}) {
  const { profile, update, onEdit: setEditing } = props;
  const [message, setMessage] = useState<string | null>(null);

  const run = (command: Command) => update((api) => api.executeCommand({ command }));

  const startFromOccupation = async (occupationId: string | null) => {
    if (occupationId === null) return;
    const result = await ask((api) => api.draftTargetFromOccupation({ occupationId }));
    if (result.ok) setEditing({ target: result.value.target, pace: result.value.pace, isNew: true });
    else setMessage(result.error.message);
  };

  return (
    <div className="targets">
      {message !== null && (
        <p className="backups__message" role="status">
          {message}
        </p>
      )}
      {profile.targets.length === 0 ? (
        <p className="muted">{text.targets.noTargets}</p>
      ) : (
        <fieldset className="targets__list">
          <legend className="field__label">{text.targets.activeLegend}</legend>
          {profile.targets.map((target) => (
            <div key={target.id} className="targets__row">
              <label className="targets__choice">
                <input
                  type="radio"
                  name="active-target"
                  checked={profile.activeTargetId === target.id}
                  onChange={() => void run({ type: 'target.setActive', id: target.id })}
                />
                <span className="targets__title">{target.title}</span>
                <span className="muted">
                  {text.targets.essentialCount(
                    target.skills.filter((entry) => entry.importance === 'essential').length,
                  )}
                </span>
              </label>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setEditing({ target, pace: null, isNew: false })}
              >
                {text.targets.edit}
                <span className="visually-hidden"> {target.title}</span>
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void run({ type: 'target.delete', id: target.id })}
              >
                {text.targets.delete}
                <span className="visually-hidden"> {target.title}</span>
              </button>
            </div>
          ))}
        </fieldset>
      )}
      <h3 className="dialog__subtitle">{text.targets.addHeading}</h3>
      <button type="button" className="button button--quiet targets__from-posting" onClick={props.onFromPosting}>
        {text.posting.fromPosting}
      </button>
      <ConceptCombobox
        label={text.targets.fromOccupation}
        kind="occupation"
        placeholder={text.targets.occupationPlaceholder}
        onPick={(option) => void startFromOccupation(option.conceptId)}
      />
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          setEditing({
            target: {
              id: newId('target'),
              title: '',
              occupationId: null,
              skills: [],
              paceOverride: null,
              targetDate: null,
              posting: null,
            },
            pace: null,
            isNew: true,
          })
        }
      >
        {text.targets.fromScratch}
      </button>
    </div>
  );
}
