import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLensActions } from '../actions/lens-actions';
import {
  AppliedInSchema,
  type Award,
  type Certificate,
  type Profile,
  type WorkKind,
} from '../../../shared/domain/profile';
import { parseRefKey, refKey, sameRef, WorkKindSchema } from '../../../shared/domain/refs';
import { skillKey } from '../../../shared/domain/skills';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import type { Run } from './types';
import { linkTargetTitle } from './entries';

const words = text.editor.details;
/** The field stops where a link's note would be refused, so a long one is cut while typed, not lost on save. */
const NOTE_MAX_LENGTH = AppliedInSchema.shape.note.maxLength ?? undefined;

/** Whether a role or project names one of the certificate's skills (by concept, or by its words). */
function usesSkillsOf(certificate: Certificate, entity: { skills: Certificate['skills'] }): boolean {
  const named = new Set(certificate.skills.map(skillKey));
  return entity.skills.some((skill) => named.has(skillKey(skill)));
}

/**
 * A certificate's "Applied in" list, and linking it to another role or project. The places that
 * use its skills (or that a next step named) are offered first; a next step's request opens the
 * form on the first of them, in view and focused, so linking is one more press.
 */
export function CertificateLinks(props: {
  certificate: Certificate;
  profile: Profile;
  run: Run;
  onSelect: (selection: Selection) => void;
}) {
  const { certificate, profile } = props;
  const { attach } = useLensActions();
  const request = attach !== null && attach.certificateId === certificate.id ? attach : null;
  const isLinked = (kind: WorkKind, id: string) => certificate.appliedIn.some((link) => sameRef(link, { kind, id }));
  const named = new Set(request?.suggested ?? []);
  const suggested = (entity: { id: string; skills: Certificate['skills'] }) =>
    named.has(entity.id) || usesSkillsOf(certificate, entity);
  const options = [
    ...profile.roles
      .filter((role) => !isLinked('role', role.id))
      .map((role) => ({ kind: 'role' as const, entity: role })),
    ...profile.projects
      .filter((project) => !isLinked('project', project.id))
      .map((project) => ({ kind: 'project' as const, entity: project })),
  ];
  const first = options
    .filter((option) => suggested(option.entity))
    .sort((a, b) => Number(named.has(b.entity.id)) - Number(named.has(a.entity.id)));
  const rest = options.filter((option) => !suggested(option.entity));
  const optionOf = (option: (typeof options)[number]) => (
    <option
      key={refKey({ kind: option.kind, id: option.entity.id })}
      value={refKey({ kind: option.kind, id: option.entity.id })}
    >
      {option.entity.title}
    </option>
  );
  const firstChoice = first[0];

  return (
    <LinkSection
      heading={words.appliedIn}
      empty={words.notApplied}
      links={certificate.appliedIn.map((link) => ({
        key: refKey(link),
        title: linkTargetTitle(profile, link.kind, link.id),
        kind: text.editor.kinds[link.kind],
        note: link.note,
        onOpen: () => props.onSelect({ kind: link.kind, id: link.id }),
        onDetach: () => void props.run({ type: 'link.detach', certificateId: certificate.id, to: link }),
      }))}
    >
      {options.length === 0 ? (
        profile.roles.length + profile.projects.length === 0 && <p className="details__none">{words.nothingToAttach}</p>
      ) : (
        <AttachForm
          title={words.attachTo}
          choiceLabel={words.attachTarget}
          missingChoice={words.chooseFirst}
          choiceId="target"
          request={
            request === null
              ? null
              : {
                  nonce: request.nonce,
                  choice:
                    firstChoice === undefined ? '' : refKey({ kind: firstChoice.kind, id: firstChoice.entity.id }),
                }
          }
          onAttach={(choice, note) => {
            const to = parseRefKey(choice, WorkKindSchema);
            if (to === null) return null;
            return props.run({ type: 'link.attach', certificateId: certificate.id, to, note });
          }}
        >
          {first.length > 0 && <optgroup label={text.actions.suggestedGroup}>{first.map(optionOf)}</optgroup>}
          {rest.some((option) => option.kind === 'role') && (
            <optgroup label={words.roleGroup}>{rest.filter((option) => option.kind === 'role').map(optionOf)}</optgroup>
          )}
          {rest.some((option) => option.kind === 'project') && (
            <optgroup label={words.projectGroup}>
              {rest.filter((option) => option.kind === 'project').map(optionOf)}
            </optgroup>
          )}
        </AttachForm>
      )}
    </LinkSection>
  );
}

/** The certificates linked to a role or project, and linking another from this side. */
export function LinkedCertificates(props: {
  kind: WorkKind;
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

/**
 * An award's "Given for" list, and linking it to another role or project: recognition reads as
 * evidence for the work it was given for.
 */
export function AwardLinks(props: {
  award: Award;
  profile: Profile;
  run: Run;
  onSelect: (selection: Selection) => void;
}) {
  const { award, profile } = props;
  const isLinked = (kind: WorkKind, id: string) => award.appliedIn.some((link) => sameRef(link, { kind, id }));
  const roles = profile.roles.filter((role) => !isLinked('role', role.id));
  const projects = profile.projects.filter((project) => !isLinked('project', project.id));
  return (
    <LinkSection
      heading={words.givenFor}
      empty={words.notGivenFor}
      noNote={words.noAwardNote}
      links={award.appliedIn.map((link) => ({
        key: refKey(link),
        title: linkTargetTitle(profile, link.kind, link.id),
        kind: text.editor.kinds[link.kind],
        note: link.note,
        onOpen: () => props.onSelect({ kind: link.kind, id: link.id }),
        onDetach: () => void props.run({ type: 'award.detach', awardId: award.id, to: link }),
      }))}
    >
      {roles.length + projects.length === 0 ? (
        profile.roles.length + profile.projects.length === 0 && (
          <p className="details__none">{words.nothingToAttachAward}</p>
        )
      ) : (
        <AttachForm
          title={words.attachTo}
          choiceLabel={words.attachTarget}
          missingChoice={words.chooseFirst}
          choiceId="target"
          noteLabel={words.awardNote}
          notePlaceholder={words.awardNotePlaceholder}
          onAttach={(choice, note) => {
            const to = parseRefKey(choice, WorkKindSchema);
            if (to === null) return null;
            return props.run({ type: 'award.attach', awardId: award.id, to, note });
          }}
        >
          {roles.length > 0 && (
            <optgroup label={words.roleGroup}>
              {roles.map((role) => (
                <option key={role.id} value={refKey({ kind: 'role', id: role.id })}>
                  {role.title}
                </option>
              ))}
            </optgroup>
          )}
          {projects.length > 0 && (
            <optgroup label={words.projectGroup}>
              {projects.map((project) => (
                <option key={project.id} value={refKey({ kind: 'project', id: project.id })}>
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

/** The awards given for a role or project, each one press from its details; shown only when there are some. */
export function LinkedAwards(props: {
  kind: WorkKind;
  id: string;
  linked: Array<{ award: Award; note: string }>;
  run: Run;
  onSelect: (selection: Selection) => void;
}) {
  if (props.linked.length === 0) return null;
  const to = { kind: props.kind, id: props.id };
  return (
    <LinkSection
      heading={words.awards}
      empty=""
      noNote={words.noAwardNote}
      links={props.linked.map(({ award, note }) => ({
        key: award.id,
        title: award.title,
        kind: null,
        note,
        onOpen: () => props.onSelect({ kind: 'award', id: award.id }),
        onDetach: () => void props.run({ type: 'award.detach', awardId: award.id, to }),
      }))}
    >
      {null}
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

/** One side of the certificate (or award) ↔ work links: who is linked, with the note, each detachable. */
function LinkSection(props: {
  heading: string;
  empty: string;
  /** What an empty note reads as; a certificate's "how it was used" by default. */
  noNote?: string;
  links: LinkEntry[];
  children: ReactNode;
}) {
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
                <p className="details__note">{link.note === '' ? (props.noNote ?? words.noNote) : link.note}</p>
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
  /** The note's label and example, when the link is not a certificate's "how I used it". */
  noteLabel?: string;
  notePlaceholder?: string;
  /** A next step asked for this form: show it, focused, with this choice made. */
  request?: { nonce: number; choice: string } | null;
  children: ReactNode;
}) {
  const ids = useId();
  const [choice, setChoice] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const nonce = props.request?.nonce;
  const requested = props.request?.choice ?? '';
  // A new request makes its choice while rendering, so the form never shows the old one first.
  const [answered, setAnswered] = useState<number | undefined>(undefined);
  if (nonce !== answered) {
    setAnswered(nonce);
    if (nonce !== undefined) setChoice(requested);
  }
  useEffect(() => {
    if (nonce === undefined) return;
    // After the details have rendered and the panel has scrolled to its top for the new selection.
    const frame = requestAnimationFrame(() => {
      select.current?.scrollIntoView({ block: 'center' });
      select.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [nonce]);
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
          ref={select}
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
          {props.noteLabel ?? words.note}
        </label>
        <input
          id={`${ids}-note`}
          className="field__input"
          maxLength={NOTE_MAX_LENGTH}
          placeholder={props.notePlaceholder ?? words.notePlaceholder}
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
