import type { Finding } from '../../../shared/lens/result';
import { text } from '../i18n/text';

/** Why a finding matters and the step that answers it: the same two lines on every card. */
export function FindingReason(props: { finding: Pick<Finding, 'why' | 'action'> }) {
  return (
    <>
      <p className="finding__why">{props.finding.why}</p>
      <p className="finding__action">
        <span className="finding__label">{text.findings.nextStep}</span> {props.finding.action}
      </p>
    </>
  );
}
