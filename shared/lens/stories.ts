import type { Certificate } from '../domain/profile';
import { isRole, linkedEntities, type Context } from './context';
import { compareText } from '../taxonomy/text';
import { rememberPerEntity } from './memo';
import { readableMonth } from '../domain/months';
import type { CertificateAssessment, LensResult } from './result';

type Story = LensResult['stories'][number];
const storyPerCertificate = rememberPerEntity<Story | null>();
/** Lets go of the story lines of certificates no longer in the profile. */
export const keepStoriesOf = storyPerCertificate.keepOnly;

/** "Learned → applied in → outcome", from the user's own words, for interviews and exports. */
export function stories(context: Context, assessments: readonly CertificateAssessment[]): LensResult['stories'] {
  const byId = context.certificatesById;
  return assessments.flatMap((assessment) => {
    const certificate = byId.get(assessment.certificateId);
    if (certificate === undefined || assessment.intent || certificate.appliedIn.length === 0) return [];
    // The line reads the certificate and the entities it is linked to, nothing else.
    const story = storyPerCertificate(
      certificate,
      linkedEntities(certificate, context),
      () => storyOf(certificate, context),
      context.editing,
    );
    return story === null ? [] : [story];
  });
}

function storyOf(certificate: Certificate, context: Context): Story | null {
  const learned = certificate.skills.slice(0, 2).map((skill) => skill.label);
  const source = [certificate.provider.trim(), certificate.issued === null ? '' : readableMonth(certificate.issued)]
    .filter(Boolean)
    .join(', ');
  const links =
    certificate.appliedIn.length > 1
      ? [...certificate.appliedIn].sort((a, b) => compareText(a.id, b.id))
      : certificate.appliedIn;
  const uses = links.flatMap((link) => {
    const entity = link.kind === 'role' ? context.rolesById.get(link.id) : context.projectsById.get(link.id);
    if (entity === undefined) return [];
    const outcome = 'outcome' in entity ? entity.outcome : (entity.highlights[0] ?? '');
    const where =
      isRole(entity) && entity.organization !== '' ? `${entity.title} at ${entity.organization}` : entity.title;
    const note = link.note.trim() === '' ? '' : ` (${link.note.trim()})`;
    return [`applied in ${where}${note}${outcome.trim() === '' ? '' : ` → ${outcome.trim()}`}`];
  });
  if (uses.length === 0) return null;
  const what =
    learned.length > 0
      ? `Learned ${learned.join(' and ')} in “${certificate.title}”`
      : `Learned in “${certificate.title}”`;
  return {
    certificateId: certificate.id,
    line: `${what}${source === '' ? '' : ` (${source})`} → ${uses.join('; ')}`,
  };
}
