import { useMemo, useState } from 'react';
import type { SkillRef } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import type { EditField, LensAction } from '../../../shared/lens/actions';
import type { EntryFocus, EntryFormTarget } from '../editor/entry-form-target';
import type { ProfileUpdate } from '../profile/useProfile';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import type { AppView } from '../targets/ViewSwitch';
import type { LensActions } from './lens-actions';

/** The certificate form's field for each field a finding can name. */
const CERTIFICATE_FIELDS = {
  expires: 'expires',
  description: 'description',
  credential: 'credentialUrl',
} as const satisfies Record<EditField, Extract<EntryFocus, { kind: 'certificate' }>['field']>;

/** The dialog a target skill's action opens: say where it was used, or look in the catalogue. */
export interface SkillDialog {
  kind: 'use' | 'catalogue';
  skill: SkillRef;
}

/**
 * Turns a pressed next step or finding action into what the screens do: select and show the
 * subject, open the form it needs already filled or focused, or run the command outright.
 */
export function useLensActionHandler(app: {
  update: ProfileUpdate;
  select: (selection: Selection) => void;
  showScreen: (view: AppView) => void;
  /** Brings a period or an item into view on the timeline. */
  reveal: (subject: { kind: 'period'; from: string; to: string } | { kind: 'entity'; key: string }) => void;
}): {
  actions: LensActions;
  entryForm: EntryFormTarget | null;
  closeEntryForm: () => void;
  skillDialog: SkillDialog | null;
  closeSkillDialog: () => void;
} {
  const [entryForm, setEntryForm] = useState<EntryFormTarget | null>(null);
  const [skillDialog, setSkillDialog] = useState<SkillDialog | null>(null);
  const [attach, setAttach] = useState<LensActions['attach']>(null);
  const { update, select, showScreen, reveal } = app;

  const actions = useMemo<LensActions>(() => {
    const perform = (action: LensAction) => {
      switch (action.type) {
        case 'link-certificate':
          showScreen('timeline');
          select({ kind: 'certificate', id: action.certificateId });
          reveal({ kind: 'entity', key: refKey({ kind: 'certificate', id: action.certificateId }) });
          setAttach((last) => ({
            certificateId: action.certificateId,
            suggested: action.suggested,
            nonce: (last?.nonce ?? 0) + 1,
          }));
          return;
        case 'add-project':
          setSkillDialog(null);
          setEntryForm({
            mode: 'create',
            kind: 'project',
            prefill: { project: { skills: action.skills.map((label) => ({ label, conceptId: null })) } },
            linkCertificates: action.certificateIds,
          });
          return;
        case 'edit-field':
          setEntryForm({
            mode: 'edit',
            kind: action.kind,
            id: action.id,
            ...(action.kind === 'certificate'
              ? { focus: { kind: 'certificate', field: CERTIFICATE_FIELDS[action.field] } }
              : {}),
          });
          return;
        case 'keep-as-background': {
          const at = new Date().toISOString();
          const findings = action.findingKeys.map((key) => ({ key, reason: text.actions.backgroundReason, at }));
          void update((api) => api.executeCommand({ command: { type: 'finding.dismissMany', findings } }));
          return;
        }
        case 'explain-period':
          showScreen('timeline');
          select({ kind: 'period', from: action.from, to: action.to });
          reveal({ kind: 'period', from: action.from, to: action.to });
          return;
        case 'open-target':
          showScreen('target');
          return;
        case 'use-skill':
          setSkillDialog({ kind: 'use', skill: action.skill });
          return;
        case 'find-certificate':
          setSkillDialog({ kind: 'catalogue', skill: action.skill });
          return;
        case 'add-certificate':
          setSkillDialog(null);
          setEntryForm({
            mode: 'create',
            kind: 'certificate',
            prefill: {
              certificate: { title: action.title, provider: action.provider, skills: action.skills, state: 'planned' },
            },
          });
          return;
      }
    };
    return { perform, attach };
  }, [attach, update, select, showScreen, reveal]);

  return {
    actions,
    entryForm,
    closeEntryForm: () => setEntryForm(null),
    skillDialog,
    closeSkillDialog: () => setSkillDialog(null),
  };
}
