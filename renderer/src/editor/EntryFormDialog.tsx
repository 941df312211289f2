import { useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { newId } from '../format/new-id';
import { text } from '../i18n/text';
import type { EntityKind, Selection } from '../selection/selection';
import { Dialog } from '../shell/Dialog';
import { CertificateForm } from './CertificateForm';
import { saveCommand, type EntryDraft } from './form-schemas';
import { ProjectForm } from './ProjectForm';
import { RoleForm } from './RoleForm';
import type { ProfileUpdate } from './types';
import './editor.css';

/** Which entry the dialog is for: a new one of a kind, or an existing one by id. */
export type EntryFormTarget = { mode: 'create'; kind: EntityKind } | { mode: 'edit'; kind: EntityKind; id: string };

const ID_PREFIX = { role: 'role', project: 'project', certificate: 'cert' } as const;

/**
 * One dialog to add or edit a role, a project or a certificate. Saving runs the add or update
 * command through main; only when main accepts it does the dialog close and report the entry.
 */
export function EntryFormDialog(props: {
  target: EntryFormTarget | null;
  profile: Profile;
  update: ProfileUpdate;
  onClose: () => void;
  onSaved: (selection: Selection) => void;
}) {
  const { target } = props;
  return (
    <Dialog
      open={target !== null}
      onClose={props.onClose}
      title={target === null ? '' : text.editor.dialogTitle[target.mode][target.kind]}
      wide
      closeButton={false}
    >
      {target !== null && (
        <EntryForm
          key={target.mode === 'edit' ? `${target.kind}:${target.id}` : `new:${target.kind}`}
          target={target}
          profile={props.profile}
          update={props.update}
          onClose={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </Dialog>
  );
}

function EntryForm(props: {
  target: EntryFormTarget;
  profile: Profile;
  update: ProfileUpdate;
  onClose: () => void;
  onSaved: (selection: Selection) => void;
}) {
  const { target, profile } = props;
  // A new entry's id is chosen once, so a retried save cannot make two.
  const [id] = useState(() => (target.mode === 'edit' ? target.id : newId(ID_PREFIX[target.kind])));
  const [failed, setFailed] = useState(false);

  const save = async (draft: EntryDraft) => {
    setFailed(false);
    const ok = await props.update((api) => api.executeCommand({ command: saveCommand(draft, target.mode) }));
    if (!ok) {
      setFailed(true);
      return;
    }
    props.onSaved({ kind: target.kind, id });
    props.onClose();
  };

  const common = { id, mode: target.mode, onCancel: props.onClose };
  return (
    <>
      {failed && (
        <p className="editor-form__failure" role="alert">
          {text.editor.notSaved}
        </p>
      )}
      {target.kind === 'role' && (
        <RoleForm
          {...common}
          role={profile.roles.find((role) => role.id === id) ?? null}
          onSave={(role) => save({ kind: 'role', role })}
        />
      )}
      {target.kind === 'project' && (
        <ProjectForm
          {...common}
          project={profile.projects.find((project) => project.id === id) ?? null}
          roles={profile.roles}
          onSave={(project) => save({ kind: 'project', project })}
        />
      )}
      {target.kind === 'certificate' && (
        <CertificateForm
          {...common}
          certificate={profile.certificates.find((certificate) => certificate.id === id) ?? null}
          onSave={(certificate) => save({ kind: 'certificate', certificate })}
        />
      )}
    </>
  );
}
