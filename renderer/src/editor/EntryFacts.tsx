import type { Certificate, CredentialCheck, Profile, SkillRef } from '../../../shared/domain/profile';
import { formatDay, formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { linkTargetTitle, type Entry } from './entries';

const words = text.editor.details;

/** "Role · Job", "Education · Technical": what the selected entry is. */
export function kindLine(found: Entry): string {
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
    case 'award':
      return text.editor.kindNames.award;
  }
}

/** One fact as a term and its value; nothing when the value is empty. */
function Fact(props: { term: string; value: string | null }) {
  if (props.value === null || props.value === '') return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.value}</dd>
    </>
  );
}

/** Lines (courses, the person's part) as a list; nothing when there are none. */
function FactList(props: { term: string; items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>
        <ul className="details__highlights">
          {props.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
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

/** The entry's facts as a definition list: when, where, with whom, and for learning its status and check. */
export function Facts(props: { found: Entry; profile: Profile; onSelect: (selection: Selection) => void }) {
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
        <Fact term={words.aboutOrganization} value={found.entry.organizationDescription} />
        <Fact term={words.websiteLabel} value={found.entry.url} />
      </>
    );
  if (found.kind === 'award')
    return (
      <>
        <dt>{words.periodLabel}</dt>
        <dd>{found.entry.date === null ? words.undated : formatPartialDate(found.entry.date)}</dd>
        <Fact term={words.awarderLabel} value={found.entry.awarder} />
        <Fact term={text.editor.fields.awardSummary} value={found.entry.summary} />
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
        <Fact term={words.forOrWith} value={found.entry.organization} />
        <FactList term={words.yourPart} items={found.entry.roles} />
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
      <Fact term={words.scoreLabel} value={found.entry.score} />
      <Fact term={text.editor.fields.providerUrl} value={found.entry.providerUrl} />
      <FactList term={words.coursesLabel} items={found.entry.courses} />
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

export function SkillList(props: { skills: SkillRef[] }) {
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
