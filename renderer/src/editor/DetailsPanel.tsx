import { useId, useState } from 'react';
import type { Certificate, CredentialCheck, Profile, SkillRef } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import { LinkedCertificatesChoiceSchema, type LinkedCertificatesChoice } from '../../../shared/profile/commands';
import { newId } from '../format/new-id';
import { text } from '../i18n/text';
import { formatDay, formatPartialDate } from '../i18n/locale';
import type { Selection } from '../selection/selection';
import { ActionButton } from '../actions/lens-actions';
import { DeclaredSkills } from '../skills/DeclaredSkills';
import { actionForFinding } from '../../../shared/lens/actions';
import { ConfirmDialog } from './ConfirmDialog';
import { PeriodDetails } from './PeriodDetails';
import { certificatesLinkedTo, findEntry, linkTargetTitle, type Entry } from './entries';
import { EntryFormDialog, type EntryFormTarget } from './EntryFormDialog';
import { CertificateLinks, LinkedCertificates } from './LinkSections';
import type { ProfileUpdate } from '../profile/useProfile';
import type { Run } from './types';
import './editor.css';

const words = text.editor.details;

/**
 * The selected entry in the side panel: what it is, when, its skills, what the lens says about
 * it, and its links to other entries, with edit, delete, attach and detach right here.
 */
export function DetailsPanel(props: {
  profile: Profile;
  selection: Selection;
  findings: readonly Finding[] | null;
  update: ProfileUpdate;
  onSelect: (selection: Selection) => void;
}) {
  const { profile, selection } = props;
  const [form, setForm] = useState<EntryFormTarget | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [choice, setChoice] = useState<LinkedCertificatesChoice>('keep-unlinked');
  const headingId = useId();

  if (selection === null)
    return (
      <>
        <p className="side-panel__empty">{words.empty}</p>
        <DeclaredSkills profile={profile} headingLevel="h3" />
      </>
    );
  if (selection.kind === 'period')
    return <PeriodDetails profile={profile} period={selection} update={props.update} onSelect={props.onSelect} />;
  const found = findEntry(profile, selection.kind, selection.id);
  if (found === null) return <p className="side-panel__empty">{words.missing}</p>;
  const { entry } = found;

  const run: Run = (command) => props.update((api) => api.executeCommand({ command }));

  const linked = found.kind === 'certificate' ? [] : certificatesLinkedTo(profile, found.kind, entry.id);
  const findings =
    props.findings?.filter((finding) => finding.subject === entry.id && finding.dismissed === null) ?? [];

  const remove = async () => {
    setConfirming(false);
    const ok =
      found.kind === 'certificate'
        ? await run({ type: 'certificate.delete', id: entry.id })
        : await run({
            type: found.kind === 'role' ? 'role.delete' : 'project.delete',
            id: entry.id,
            ...(linked.length > 0 ? { linkedCertificates: choice } : {}),
          });
    if (ok) props.onSelect(null);
  };

  return (
    <article className="details" aria-labelledby={headingId}>
      <header className="details__header">
        <p className="details__kind">{kindLine(found)}</p>
        <h3 id={headingId} className="details__title">
          {entry.title}
        </h3>
      </header>
      <dl className="details__facts">
        <Facts found={found} profile={profile} onSelect={props.onSelect} />
      </dl>
      <SkillList skills={entry.skills} />
      <div className="details__buttons">
        <button
          type="button"
          className="button button--quiet"
          aria-label={words.edit(entry.title)}
          onClick={() => setForm({ mode: 'edit', kind: found.kind, id: entry.id })}
        >
          {text.common.edit}
        </button>
        <button
          type="button"
          className="button button--quiet button--danger-quiet"
          aria-label={words.delete(entry.title)}
          onClick={() => {
            setChoice('keep-unlinked');
            setConfirming(true);
          }}
        >
          {text.common.delete}
        </button>
      </div>
      <section className="details__section" aria-label={words.findings}>
        <h4 className="details__subheading">{words.findings}</h4>
        {findings.length === 0 ? (
          <p className="details__none">{words.noFindings}</p>
        ) : (
          <ul className="details__findings">
            {findings.map((finding) => (
              <li key={finding.key} className={`finding finding--${finding.severity}`}>
                <p className="finding__message">{finding.message}</p>
                <p className="finding__why">{finding.why}</p>
                <p className="finding__action">
                  <span className="finding__label">{words.nextStep}</span> {finding.action}
                </p>
                <div className="finding__buttons">
                  {/* Linking is the attach form just below, not a button that reopens it. */}
                  {finding.code !== 'CERT_UNAPPLIED' && (
                    <ActionButton action={actionForFinding(finding)} about={finding.message} />
                  )}
                  {finding.code === 'CERT_UNKNOWN_PROVIDER' && found.kind === 'certificate' && (
                    <RecogniseProvider provider={found.entry.provider} run={run} />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {found.kind === 'certificate' ? (
        <CertificateLinks certificate={found.entry} profile={profile} run={run} onSelect={props.onSelect} />
      ) : (
        <LinkedCertificates
          kind={found.kind}
          id={entry.id}
          linked={linked}
          profile={profile}
          run={run}
          onSelect={props.onSelect}
        />
      )}
      <EntryFormDialog
        target={form}
        profile={profile}
        update={props.update}
        onClose={() => setForm(null)}
        onSaved={props.onSelect}
      />
      <ConfirmDialog
        open={confirming}
        title={text.editor.confirmDelete.title(text.editor.kinds[found.kind])}
        confirmLabel={text.editor.confirmDelete.confirm}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <DeleteQuestion found={found} profile={profile} linked={linked.length} choice={choice} onChoice={setChoice} />
      </ConfirmDialog>
    </article>
  );
}

/**
 * The bundled list of providers cannot know every field's trusted names; the user's word adds one,
 * and the lens stops asking about it.
 */
function RecogniseProvider(props: { provider: string; run: Run }) {
  const name = props.provider.trim();
  if (name === '') return null;
  return (
    <button
      type="button"
      className="chip-button"
      onClick={() =>
        void props.run({
          type: 'provider.add',
          provider: { id: newId('provider'), name, aliases: [], recognised: true },
        })
      }
    >
      {words.recogniseProvider(name)}
    </button>
  );
}

function kindLine(found: Entry): string {
  switch (found.kind) {
    case 'role':
      return `${text.editor.kindNames.role} · ${text.editor.roleKinds[found.entry.kind]}`;
    case 'project':
      return `${text.editor.kindNames.project} · ${text.editor.projectKinds[found.entry.kind]}`;
    case 'certificate': {
      const name = found.entry.learning === 'education' ? text.editor.educationName : text.editor.kindNames.certificate;
      return found.entry.kindOverride === null
        ? name
        : `${name} · ${text.editor.certificateKinds[found.entry.kindOverride]}`;
    }
  }
}

function period(start: string, end: string | null): string {
  return text.common.period(formatPartialDate(start), end === null ? words.present : formatPartialDate(end));
}

function certificateDates(certificate: Certificate): string {
  const parts: string[] = [];
  if (certificate.started !== null) parts.push(words.startedOn(formatPartialDate(certificate.started)));
  if (certificate.issued !== null) {
    const date = formatPartialDate(certificate.issued);
    parts.push(certificate.status.state === 'earned' ? words.issuedOn(date) : words.expectedOn(date));
  }
  if (certificate.expires !== null) parts.push(words.expiresOn(formatPartialDate(certificate.expires)));
  return parts.length === 0 ? words.undated : parts.join(' · ');
}

function Facts(props: { found: Entry; profile: Profile; onSelect: (selection: Selection) => void }) {
  const { found } = props;
  if (found.kind === 'role')
    return (
      <>
        <dt>{words.periodLabel}</dt>
        <dd>{period(found.entry.start, found.entry.end)}</dd>
        {found.entry.organization !== '' && (
          <>
            <dt>{text.editor.fields.organization}</dt>
            <dd>{found.entry.organization}</dd>
          </>
        )}
        {found.entry.location !== '' && (
          <>
            <dt>{text.editor.fields.location}</dt>
            <dd>{found.entry.location}</dd>
          </>
        )}
        {found.entry.field !== '' && (
          <>
            <dt>{text.editor.fields.field}</dt>
            <dd>{found.entry.field}</dd>
          </>
        )}
        {found.entry.summary !== '' && (
          <>
            <dt>{text.editor.fields.summary}</dt>
            <dd>{found.entry.summary}</dd>
          </>
        )}
      </>
    );
  if (found.kind === 'project') {
    const roleId = found.entry.roleId;
    return (
      <>
        <dt>{words.periodLabel}</dt>
        <dd>{period(found.entry.start, found.entry.end)}</dd>
        {roleId !== null && (
          <>
            <dt>{words.roleLabel}</dt>
            <dd>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onSelect({ kind: 'role', id: roleId })}
              >
                {linkTargetTitle(props.profile, 'role', roleId)}
              </button>
            </dd>
          </>
        )}
        {found.entry.outcome !== '' && (
          <>
            <dt>{text.editor.fields.outcome}</dt>
            <dd>{found.entry.outcome}</dd>
          </>
        )}
        {found.entry.highlights.length > 0 && (
          <>
            <dt>{text.editor.fields.highlights}</dt>
            <dd>
              <ul className="details__highlights">
                {found.entry.highlights.map((highlight, index) => (
                  <li key={index}>{highlight}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </>
    );
  }
  const { status } = found.entry;
  return (
    <>
      {found.entry.provider !== '' && (
        <>
          <dt>{words.providerLabel}</dt>
          <dd>{found.entry.provider}</dd>
        </>
      )}
      <dt>{words.statusLabel}</dt>
      <dd>
        {status.state === 'in-progress'
          ? text.editor.statusWithPercent(status.percentDone)
          : text.editor.statuses[status.state]}
      </dd>
      <dt>{words.periodLabel}</dt>
      <dd>{certificateDates(found.entry)}</dd>
      {found.entry.credential !== null && <CredentialFacts check={found.entry.credential} />}
    </>
  );
}

/** An imported badge keeps what its offline check found; invalid or expired stays visible here. */
function CredentialFacts({ check }: { check: CredentialCheck }) {
  const warn = check.status === 'invalid' || check.expired;
  return (
    <>
      <dt>{words.credentialLabel}</dt>
      <dd className={warn ? 'details__credential details__credential--warn' : 'details__credential'}>
        {[text.importer.credential[check.status], check.expired ? text.importer.credential.expired : null]
          .filter((part) => part !== null)
          .join(' · ')}
        <span className="muted"> — {words.checkedOn(formatDay(check.checkedAt))}</span>
        {check.detail !== '' && <span className="details__credential-detail muted">{check.detail}</span>}
      </dd>
    </>
  );
}

function SkillList(props: { skills: SkillRef[] }) {
  return (
    <section className="details__section" aria-label={words.skillsLabel}>
      <h4 className="details__subheading">{words.skillsLabel}</h4>
      {props.skills.length === 0 ? (
        <p className="details__none">{words.noSkills}</p>
      ) : (
        <ul className="skill-list">
          {props.skills.map((skill, index) => (
            <li key={`${skill.conceptId ?? skill.label}-${index}`} className="skill-chip skill-chip--static">
              {skill.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What deleting takes with it, and for a role or project with linked certificates, the choice. */
function DeleteQuestion(props: {
  found: Entry;
  profile: Profile;
  linked: number;
  choice: LinkedCertificatesChoice;
  onChoice: (choice: LinkedCertificatesChoice) => void;
}) {
  const { found, profile } = props;
  const ask = text.editor.confirmDelete;
  const name = useId();
  if (found.kind === 'certificate') {
    const links = found.entry.appliedIn;
    if (links.length === 0) return <p>{ask.plain(found.entry.title)}</p>;
    return (
      <>
        <p>{ask.certificateLinks(found.entry.title)}</p>
        <ul>
          {links.map((link) => (
            <li key={`${link.kind}:${link.id}`}>
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
              {option === 'keep-unlinked' ? ask.keepUnlinked : ask.deleteCertificates}
            </label>
          ))}
        </fieldset>
      )}
      {projects > 0 && <p>{ask.projectsUnassigned(projects)}</p>}
    </>
  );
}
