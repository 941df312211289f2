import { useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import { newId } from '../profile/new-id';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { Dialog } from '../shell/Dialog';
import { AwardForm } from './AwardForm';
import { CertificateForm } from './CertificateForm';
import { saveCommand, type EntryDraft } from './form-schemas';
import type { EntryFormTarget } from './entry-form-target';
import { ProjectForm } from './ProjectForm';
import { RoleForm } from './RoleForm';
import type { ProfileUpdate } from '../profile/useProfile';
import './editor.css';

const ID_PREFIX = { role: 'role', project: 'project', certificate: 'cert', award: 'award' } as const;

/**
 * One dialog to add or edit a role, a project, a certificate or an award. Saving runs the add or update
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
          key={target.mode === 'edit' ? refKey({ kind: target.kind, id: target.id }) : `new:${target.kind}`}
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
    // A project made for a next step is linked to the learning it puts to use, as the step said.
    const kind = target.kind;
    if (target.mode === 'create' && (kind === 'role' || kind === 'project'))
      for (const certificateId of target.linkCertificates ?? [])
        await props.update((api) =>
          api.executeCommand({ command: { type: 'link.attach', certificateId, to: { kind, id }, note: '' } }),
        );
    props.onSaved({ kind: target.kind, id });
    props.onClose();
  };

  const common = { id, mode: target.mode, onCancel: props.onClose };
  const prefill = target.mode === 'create' ? target.prefill : undefined;
  const focus = target.mode === 'edit' ? target.focus : undefined;
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
          prefill={prefill?.role}
          focus={focus?.kind === 'role' ? focus.field : undefined}
          onSave={(role) => save({ kind: 'role', role })}
        />
      )}
      {target.kind === 'project' && (
        <ProjectForm
          {...common}
          project={profile.projects.find((project) => project.id === id) ?? null}
          prefill={prefill?.project}
          focus={focus?.kind === 'project' ? focus.field : undefined}
          roles={profile.roles}
          onSave={(project) => save({ kind: 'project', project })}
        />
      )}
      {target.kind === 'certificate' && (
        <CertificateForm
          {...common}
          certificate={profile.certificates.find((certificate) => certificate.id === id) ?? null}
          prefill={prefill?.certificate}
          focus={focus?.kind === 'certificate' ? focus.field : undefined}
          onSave={(certificate) => save({ kind: 'certificate', certificate })}
        />
      )}
      {target.kind === 'award' && (
        <AwardForm
          {...common}
          award={profile.awards.find((award) => award.id === id) ?? null}
          profile={profile}
          onSave={(award) => save({ kind: 'award', award })}
        />
      )}
    </>
  );
}
