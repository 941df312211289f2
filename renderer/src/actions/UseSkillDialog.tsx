import { useId, useState, type SyntheticEvent } from 'react';
import type { Profile, SkillRef, SkilledKind } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import type { Command } from '../../../shared/profile/commands';
import { withSkill } from '../editor/form-schemas';
import type { ProfileUpdate } from '../profile/useProfile';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { Dialog } from '../shell/Dialog';
import { ActionButton } from './lens-actions';
import './actions.css';

const words = text.actions.useSkill;

interface Choice {
  /** An award names no skills: it is never offered. */
  kind: SkilledKind;
  id: string;
  title: string;
  detail: string;
}

/**
 * A target skill nothing backs yet, though the person may well have used it: they say where, and
 * the skill joins that role, project or course, so the lens reads it as theirs. Entries that
 * already name it are not offered.
 */
export function UseSkillDialog(props: {
  skill: SkillRef | null;
  profile: Profile;
  update: ProfileUpdate;
  onClose: () => void;
  onDone: (selection: Selection) => void;
}) {
  return (
    <Dialog
      open={props.skill !== null}
      onClose={props.onClose}
      title={props.skill === null ? '' : words.title(props.skill.label)}
      closeButton={false}
    >
      {props.skill !== null && <UseSkillForm {...props} skill={props.skill} />}
    </Dialog>
  );
}

function UseSkillForm(props: {
  skill: SkillRef;
  profile: Profile;
  update: ProfileUpdate;
  onClose: () => void;
  onDone: (selection: Selection) => void;
}) {
  const { profile, skill } = props;
  const [chosen, setChosen] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const name = useId();
  const lacks = (entry: { skills: readonly SkillRef[] }) => withSkill(entry.skills, skill).length > entry.skills.length;
  const groups: Array<{ legend: string; choices: Choice[] }> = [
    {
      legend: words.roles,
      choices: profile.roles.filter(lacks).map((role) => ({
        kind: 'role',
        id: role.id,
        title: role.title,
        detail: [role.organization, formatPartialDate(role.start)].filter((part) => part !== '').join(' · '),
      })),
    },
    {
      legend: words.projects,
      choices: profile.projects.filter(lacks).map((project) => ({
        kind: 'project',
        id: project.id,
        title: project.title,
        detail: formatPartialDate(project.start),
      })),
    },
    {
      legend: words.learning,
      choices: profile.certificates.filter(lacks).map((certificate) => ({
        kind: 'certificate',
        id: certificate.id,
        title: certificate.title,
        detail: certificate.provider,
      })),
    },
  ];
  const offered = groups.filter((group) => group.choices.length > 0);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const choice = offered
      .flatMap((group) => group.choices)
      .find((entry) => refKey({ kind: entry.kind, id: entry.id }) === chosen);
    const command = choice === undefined ? null : withSkillCommand(profile, choice, skill);
    if (choice === undefined || command === null) return;
    const saved = await props.update((api) => api.executeCommand({ command }));
    setFailed(!saved);
    if (!saved) return;
    props.onDone({ kind: choice.kind, id: choice.id });
    props.onClose();
  };

  return (
    <form className="use-skill" aria-label={words.title(skill.label)} onSubmit={(event) => void submit(event)}>
      <p className="muted">{offered.length === 0 ? words.nothing : words.lead}</p>
      {offered.length === 0 && (
        <div>
          <ActionButton
            action={{ type: 'add-project', skills: [skill.label], certificateIds: [] }}
            about={skill.label}
          />
        </div>
      )}
      {offered.map((group) => (
        <fieldset key={group.legend} className="use-skill__group">
          <legend className="field__label">{group.legend}</legend>
          {group.choices.map((choice) => {
            const key = refKey({ kind: choice.kind, id: choice.id });
            return (
              <label key={key} className="use-skill__choice">
                <input type="radio" name={name} checked={chosen === key} onChange={() => setChosen(key)} />
                <span className="use-skill__title">{choice.title}</span>
                {choice.detail !== '' && <span className="muted">{choice.detail}</span>}
              </label>
            );
          })}
        </fieldset>
      ))}
      {failed && (
        <p className="editor-form__failure" role="alert">
          {words.failed}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {offered.length === 0 ? text.common.close : text.common.cancel}
        </button>
        {offered.length > 0 && (
          <button type="submit" className="button" disabled={chosen === null}>
            {words.add}
          </button>
        )}
      </div>
    </form>
  );
}

/** The update that adds the skill to the chosen entry, as it is now in the profile. */
function withSkillCommand(profile: Profile, choice: Choice, skill: SkillRef): Command | null {
  switch (choice.kind) {
    case 'role': {
      const role = profile.roles.find((entry) => entry.id === choice.id);
      return role === undefined
        ? null
        : { type: 'role.update', role: { ...role, skills: withSkill(role.skills, skill) } };
    }
    case 'project': {
      const project = profile.projects.find((entry) => entry.id === choice.id);
      return project === undefined
        ? null
        : { type: 'project.update', project: { ...project, skills: withSkill(project.skills, skill) } };
    }
    case 'certificate': {
      const certificate = profile.certificates.find((entry) => entry.id === choice.id);
      return certificate === undefined
        ? null
        : {
            type: 'certificate.update',
            certificate: { ...certificate, skills: withSkill(certificate.skills, skill) },
          };
    }
  }
}
