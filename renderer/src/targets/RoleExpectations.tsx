import { text } from '../i18n/text';
import type { RoleProfile } from './useOccupation';

const copy = text.targets;

/** The curated role profile's expectations: the evidence recruiters look for, the certificates they know. */
export function RoleExpectations(props: { role: RoleProfile }) {
  const { role } = props;
  return (
    <section className="role-expectations" aria-labelledby="role-expectations-heading">
      <h3 id="role-expectations-heading" className="role-expectations__heading">
        {copy.roleHeading}
      </h3>
      {role.evidence.length > 0 && <p>{copy.roleEvidence(role.evidence.join('; '))}</p>}
      {role.certificates.length > 0 && (
        <p>{copy.roleCertificates(role.certificates.map((certificate) => certificate.title).join('; '))}</p>
      )}
      <p className="role-expectations__source">{copy.roleSource(role.source)}</p>
    </section>
  );
}
