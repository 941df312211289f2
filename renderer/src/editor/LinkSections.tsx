import { useId, useState, type ReactNode } from 'react';
import type { Certificate, Profile } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import type { Selection } from '../selection/selection';
import type { Run } from './types';
import { linkTargetTitle } from './entries';

const words = text.editor.details;

/** A certificate's "Applied in" list, and linking it to another role or project. */
export function CertificateLinks(props: {
  certificate: Certificate;
  profile: Profile;
  run: Run;
  onSelect: (selection: Selection) => void;
}) {
  const { certificate, profile } = props;
  const isLinked = (kind: 'role' | 'project', id: string) =>
    certificate.appliedIn.some((link) => link.kind === kind && link.id === id);
  const roles = profile.roles.filter((role) => !isLinked('role', role.id));
  const projects = profile.projects.filter((project) => !isLinked('project', project.id));

  return (
    <LinkSection
      heading={words.appliedIn}
      empty={words.notApplied}
      links={certificate.appliedIn.map((link) => ({
        key: `${link.kind}:${link.id}`,
        title: linkTargetTitle(profile, link.kind, link.id),
        kind: text.editor.kinds[link.kind],
        note: link.note,
        onOpen: () => props.onSelect({ kind: link.kind, id: link.id }),
        onDetach: () => void props.run({ type: 'link.detach', certificateId: certificate.id, to: link }),
      }))}
    >
      {roles.length + projects.length === 0 ? (
        profile.roles.length + profile.projects.length === 0 && <p className="details__none">{words.nothingToAttach}</p>
      ) : (
        <AttachForm
          title={words.attachTo}
          choiceLabel={words.attachTarget}
          missingChoice={words.chooseFirst}
          choiceId="target"
          onAttach={(choice, note) => {
            const [kind, ...rest] = choice.split(':');
            const id = rest.join(':');
            if ((kind !== 'role' && kind !== 'project') || id === '') return null;
            return props.run({ type: 'link.attach', certificateId: certificate.id, to: { kind, id }, note });
          }}
        >
          {roles.length > 0 && (
            <optgroup label={words.roleGroup}>
              {roles.map((role) => (
                <option key={role.id} value={`role:${role.id}`}>
                  {role.title}
                </option>
              ))}
            </optgroup>
          )}
          {projects.length > 0 && (
            <optgroup label={words.projectGroup}>
              {projects.map((project) => (
                <option key={project.id} value={`project:${project.id}`}>
                  {project.title}
                </option>
              ))}
            </optgroup>
          )}
        </AttachForm>
      )}
    </LinkSection>
  );
}

/** The certificates linked to a role or project, and linking another from this side. */
export function LinkedCertificates(props: {
  kind: 'role' | 'project';
  id: string;
  linked: Array<{ certificate: Certificate; note: string }>;
  profile: Profile;
  run: Run;
  onSelect: (selection: Selection) => void;
}) {
  const to = { kind: props.kind, id: props.id };
  const linkedIds = new Set(props.linked.map(({ certificate }) => certificate.id));
  const available = props.profile.certificates.filter((certificate) => !linkedIds.has(certificate.id));

  return (
    <LinkSection
      heading={words.certificates}
      empty={words.noCertificates}
      links={props.linked.map(({ certificate, note }) => ({
        key: certificate.id,
        title: certificate.title,
        kind: null,
        note,
        onOpen: () => props.onSelect({ kind: 'certificate', id: certificate.id }),
        onDetach: () => void props.run({ type: 'link.detach', certificateId: certificate.id, to }),
      }))}
    >
      {available.length > 0 && (
        <AttachForm
          title={words.attachCertificate}
          choiceLabel={words.certificateChoice}
          missingChoice={words.chooseCertificateFirst}
          choiceId="certificate"
          onAttach={(certificateId, note) => props.run({ type: 'link.attach', certificateId, to, note })}
        >
          {available.map((certificate) => (
            <option key={certificate.id} value={certificate.id}>
              {certificate.title}
            </option>
          ))}
        </AttachForm>
      )}
    </LinkSection>
  );
}

interface LinkEntry {
  key: string;
  title: string;
  /** "Role" or "Project" beside the title, when the list mixes them. */
  kind: string | null;
  note: string;
  onOpen: () => void;
  onDetach: () => void;
}

/** One side of the certificate ↔ work links: who is linked, with the note, each detachable. */
function LinkSection(props: { heading: string; empty: string; links: LinkEntry[]; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h4 id={headingId} className="details__subheading">
        {props.heading}
      </h4>
      {props.links.length === 0 ? (
        <p className="details__none">{props.empty}</p>
      ) : (
        <ul className="details__links" aria-labelledby={headingId}>
          {props.links.map((link) => (
            <li key={link.key} className="details__link">
              <div className="details__link-text">
                <button type="button" className="link-button" onClick={link.onOpen}>
                  {link.title}
                </button>
                {link.kind !== null && <span className="details__link-kind"> · {link.kind}</span>}
                <p className="details__note">{link.note === '' ? words.noNote : link.note}</p>
              </div>
              <button type="button" className="chip-button" onClick={link.onDetach}>
                {words.detach(link.title)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.children}
    </section>
  );
}

/**
 * Choose what to link, say in one line how it was used, attach. `onAttach` answers null when the
 * choice is not usable (nothing chosen), which is said at the field.
 */
function AttachForm(props: {
  title: string;
  choiceLabel: string;
  missingChoice: string;
  choiceId: string;
  onAttach: (choice: string, note: string) => Promise<boolean> | null;
  children: ReactNode;
}) {
  const ids = useId();
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = `${ids}-${props.choiceId}`;
  return (
    <form
      className="details__attach"
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        const attached = choice === '' ? null : props.onAttach(choice, note.trim());
        if (attached === null) {
          setProblem(props.missingChoice);
          return;
        }
        void attached.then((ok) => {
          if (!ok) return;
          setChoice('');
          setNote('');
        });
      }}
    >
      <h5 className="details__form-title">{props.title}</h5>
      <div className="field">
        <label htmlFor={selectId} className="field__label">
          {props.choiceLabel}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={choice}
          aria-invalid={problem === null ? undefined : true}
          aria-describedby={problem === null ? undefined : `${selectId}-problem`}
          onChange={(event) => {
            setChoice(event.target.value);
            setProblem(null);
          }}
        >
          <option value="">{words.chooseTarget}</option>
          {props.children}
        </select>
        {problem !== null && (
          <p id={`${selectId}-problem`} className="field__problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`} className="field__label">
          {words.note}
        </label>
        <input
          id={`${ids}-note`}
          className="field__input"
          maxLength={500}
          placeholder={words.notePlaceholder}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {words.attach}
      </button>
    </form>
  );
}
