import { useEffect, useState } from 'react';
import type { SkillRef } from '../../../shared/domain/profile';
import type { CatalogueCertificate } from '../../../shared/taxonomy/concepts';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import { Dialog } from '../shell/Dialog';
import { ActionButton } from './lens-actions';
import './actions.css';

const words = text.actions.catalogue;
/** Enough of what else a certificate covers to tell two apart. */
const OTHER_SKILLS_SHOWN = 4;

type Found = { state: 'loading' } | { state: 'found'; certificates: CatalogueCertificate[] };

/**
 * The catalogue's certificates for a skill nothing backs yet, each one press from the certificate
 * form filled in as planned learning; when the catalogue has none, a course of one's own or a
 * project is the way.
 */
export function CatalogueDialog(props: { skill: SkillRef | null; onClose: () => void }) {
  return (
    <Dialog
      open={props.skill !== null}
      onClose={props.onClose}
      title={props.skill === null ? '' : words.title(props.skill.label)}
    >
      {props.skill !== null && <CatalogueList skill={props.skill} />}
    </Dialog>
  );
}

function CatalogueList({ skill }: { skill: SkillRef }) {
  const [found, setFound] = useState<Found>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const { conceptId } = skill;
    // A failed look-up reads as an empty catalogue: the ways on without one are offered either way.
    void ask((api) =>
      conceptId === null
        ? api.searchCatalogue({ query: skill.label.slice(0, 200), limit: 8 })
        : api.certificatesForSkill({ conceptId, limit: 8 }),
    ).then((answer) => {
      if (current) setFound({ state: 'found', certificates: answer.ok ? answer.value.certificates : [] });
    });
    return () => {
      current = false;
    };
  }, [skill]);

  if (found.state === 'loading') return <p className="muted">{words.loading}</p>;
  if (found.certificates.length === 0)
    return (
      <div className="catalogue">
        <p>{words.none(skill.label)}</p>
        <div className="catalogue__ways">
          <ActionButton
            action={{ type: 'add-certificate', title: '', provider: '', skills: [skill] }}
            about={skill.label}
          />
          <ActionButton
            action={{ type: 'add-project', skills: [skill.label], certificateIds: [] }}
            about={skill.label}
          />
        </div>
      </div>
    );
  return (
    <div className="catalogue">
      <p className="muted">{words.lead}</p>
      <ul className="catalogue__list">
        {found.certificates.map((certificate) => {
          const others = certificate.skills
            .filter((taught) => taught.conceptId !== skill.conceptId)
            .slice(0, OTHER_SKILLS_SHOWN)
            .map((taught) => taught.label);
          return (
            <li key={certificate.id} className="catalogue__item">
              <div className="catalogue__text">
                <span className="catalogue__title">{certificate.title}</span>
                <span className="muted">{certificate.provider.name}</span>
                {others.length > 0 && <span className="catalogue__also">{words.alsoTeaches(others.join(', '))}</span>}
                {certificate.validityYears !== null && (
                  <span className="muted">{words.validity(certificate.validityYears)}</span>
                )}
              </div>
              <ActionButton
                action={{
                  type: 'add-certificate',
                  title: certificate.title,
                  provider: certificate.provider.name,
                  skills: certificate.skills,
                }}
                about={certificate.title}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
