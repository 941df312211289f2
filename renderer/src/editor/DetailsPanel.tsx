import { useId, useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import type { LinkedCertificatesChoice } from '../../../shared/profile/commands';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { DeclaredSkills } from '../skills/DeclaredSkills';
import { ConfirmDialog } from './ConfirmDialog';
import { PeriodDetails } from './PeriodDetails';
import { DeleteQuestion } from './DeleteQuestion';
import { awardsLinkedTo, certificatesLinkedTo, findEntry } from './entries';
import { EntryFindings } from './EntryFindings';
import { Facts, kindLine, SkillList } from './EntryFacts';
import { LogDialog } from '../plan/LogDialog';
import { EntryFormDialog } from './EntryFormDialog';
import type { EntryFormTarget } from './entry-form-target';
import { AwardLinks, CertificateLinks, LinkedAwards, LinkedCertificates } from './LinkSections';
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
  const [logging, setLogging] = useState(false);
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

  const work = found.kind === 'role' || found.kind === 'project' ? found.kind : null;
  const linked = work === null ? [] : certificatesLinkedTo(profile, work, entry.id);
  const awards = work === null ? [] : awardsLinkedTo(profile, work, entry.id);
  const findings =
    props.findings?.filter((finding) => finding.subject === entry.id && finding.dismissed === null) ?? [];

  const remove = async () => {
    setConfirming(false);
    const ok =
      work === null
        ? await run({ type: found.kind === 'award' ? 'award.delete' : 'certificate.delete', id: entry.id })
        : await run({
            type: work === 'role' ? 'role.delete' : 'project.delete',
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
      {found.kind !== 'award' && <SkillList skills={found.entry.skills} />}
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
        {found.kind === 'certificate' && found.entry.status.state !== 'earned' && (
          <button type="button" className="button button--quiet" onClick={() => setLogging(true)}>
            {text.plan.log.button}
            <span className="visually-hidden">: {entry.title}</span>
          </button>
        )}
      </div>
      {/* The lens reads an award only as evidence for its work: it has no findings of its own. */}
      {found.kind !== 'award' && <EntryFindings findings={findings} found={found} run={run} />}
      {found.kind === 'certificate' && (
        <CertificateLinks certificate={found.entry} profile={profile} run={run} onSelect={props.onSelect} />
      )}
      {found.kind === 'award' && (
        <AwardLinks award={found.entry} profile={profile} run={run} onSelect={props.onSelect} />
      )}
      {work !== null && (
        <>
          <LinkedCertificates
            kind={work}
            id={entry.id}
            linked={linked}
            profile={profile}
            run={run}
            onSelect={props.onSelect}
          />
          <LinkedAwards kind={work} id={entry.id} linked={awards} run={run} onSelect={props.onSelect} />
        </>
      )}
      <LogDialog
        request={logging ? { certificateId: entry.id, stepId: null } : null}
        certificates={profile.certificates}
        update={props.update}
        onClose={() => setLogging(false)}
      />
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
        <DeleteQuestion
          found={found}
          profile={profile}
          linked={linked.length}
          awards={awards.length}
          choice={choice}
          onChoice={setChoice}
        />
      </ConfirmDialog>
    </article>
  );
}
