import type { Finding } from '../../../shared/lens/result';
import { actionForFinding } from '../../../shared/lens/actions';
import { ActionButton } from '../actions/lens-actions';
import { FindingReason } from '../findings/FindingReason';
import { newId } from '../profile/new-id';
import { text } from '../i18n/text';
import type { Entry } from './entries';
import type { Run } from './types';

const words = text.editor.details;

/** What the lens says about the selected entry, each finding with the button that acts on it. */
export function EntryFindings(props: { findings: readonly Finding[]; found: Entry; run: Run }) {
  const { found } = props;
  return (
    <section className="details__section" aria-label={words.findings}>
      <h4 className="details__subheading">{words.findings}</h4>
      {props.findings.length === 0 ? (
        <p className="details__none">{words.noFindings}</p>
      ) : (
        <ul className="details__findings">
          {props.findings.map((finding) => (
            <li key={finding.key} className={`finding finding--${finding.severity}`}>
              <p className="finding__message">{finding.message}</p>
              <FindingReason finding={finding} />
              <div className="finding__buttons">
                {/* Linking is the attach form just below, not a button that reopens it. */}
                {finding.code !== 'CERT_UNAPPLIED' && (
                  <ActionButton action={actionForFinding(finding)} about={finding.message} />
                )}
                {finding.code === 'CERT_UNKNOWN_PROVIDER' && found.kind === 'certificate' && (
                  <RecogniseProvider provider={found.entry.provider} run={props.run} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
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
