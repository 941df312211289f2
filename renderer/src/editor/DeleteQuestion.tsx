import { useId } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import { LinkedCertificatesChoiceSchema, type LinkedCertificatesChoice } from '../../../shared/profile/commands';
import { text } from '../i18n/text';
import { linkTargetTitle, type Entry } from './entries';

const CHOICE_LABELS: Record<LinkedCertificatesChoice, string> = {
  'keep-unlinked': text.editor.confirmDelete.keepUnlinked,
  'delete-certificates': text.editor.confirmDelete.deleteCertificates,
};

/**
 * What deleting takes with it, and for a role or project with linked certificates, the choice.
 * Awards given for it stay: the recognition happened, only the link goes.
 */
export function DeleteQuestion(props: {
  found: Entry;
  profile: Profile;
  linked: number;
  awards: number;
  choice: LinkedCertificatesChoice;
  onChoice: (choice: LinkedCertificatesChoice) => void;
}) {
  const { found, profile } = props;
  const ask = text.editor.confirmDelete;
  const name = useId();
  if (found.kind === 'certificate' || found.kind === 'award') {
    const links = found.entry.appliedIn;
    if (links.length === 0) return <p>{ask.plain(found.entry.title)}</p>;
    return (
      <>
        <p>{ask.certificateLinks(found.entry.title)}</p>
        <ul>
          {links.map((link) => (
            <li key={refKey({ kind: link.kind, id: link.id })}>
              {linkTargetTitle(profile, link.kind, link.id)} ({text.editor.kinds[link.kind]})
            </li>
          ))}
        </ul>
      </>
    );
  }
  const projects =
    found.kind === 'role' ? profile.projects.filter((project) => project.roleId === found.entry.id).length : 0;
  return (
    <>
      {props.linked === 0 ? (
        <p>{ask.plain(found.entry.title)}</p>
      ) : (
        <fieldset className="editor-choice">
          <legend>{ask.linkedCertificates(found.entry.title, props.linked)}</legend>
          {LinkedCertificatesChoiceSchema.options.map((option) => (
            <label key={option} className="editor-choice__option">
              <input
                type="radio"
                name={name}
                value={option}
                checked={props.choice === option}
                onChange={() => props.onChoice(option)}
              />
              {CHOICE_LABELS[option]}
            </label>
          ))}
        </fieldset>
      )}
      {projects > 0 && <p>{ask.projectsUnassigned(projects)}</p>}
      {props.awards > 0 && <p>{ask.awardsUnlinked(props.awards)}</p>}
    </>
  );
}
