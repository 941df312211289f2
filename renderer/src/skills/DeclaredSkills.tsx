import { useMemo } from 'react';
import type { DeclaredSkill, Profile } from '../../../shared/domain/profile';
import { useLensActions } from '../actions/lens-actions';
import { text } from '../i18n/text';
import { declaredByUse, declaredHeading } from './declared-skills';
import './skills.css';

const words = text.skills;

/**
 * Every skill the person lists (from their CV or a LinkedIn export), not only those a target
 * names: the ones their work shows, and the ones only listed — each of those one press from
 * saying where it was used — and the languages they speak, with their fluency.
 */
export function DeclaredSkills(props: {
  profile: Profile;
  headingLevel: 'h3' | 'h4';
  /** The region's name where two of them could meet (a target's column). */
  label?: string;
  headingClassName?: string;
}) {
  const { roles, projects, skills } = props.profile;
  // By list, not by profile: an edit to a certificate leaves all three as they were.
  const { shown, listedOnly, languages } = useMemo(
    () => declaredByUse({ roles, projects, skills }),
    [roles, projects, skills],
  );
  const { perform } = useLensActions();
  const Heading = props.headingLevel;
  if (shown.length + listedOnly.length + languages.length === 0) return null;
  const heading = declaredHeading(skills);
  return (
    <section className="declared" aria-label={props.label ?? heading}>
      <Heading className={props.headingClassName ?? 'declared__heading'}>{heading}</Heading>
      {listedOnly.length > 0 && (
        <div className="declared__group">
          <p className="declared__lead">{words.listedOnly(listedOnly.length)}</p>
          <ul className="skill-list declared__list">
            {listedOnly.map((entry) => (
              <li key={entry.skill.conceptId ?? entry.skill.label}>
                <button
                  type="button"
                  className="declared__chip declared__chip--ask"
                  aria-label={words.where(entry.skill.label)}
                  title={words.where(entry.skill.label)}
                  onClick={() => perform({ type: 'use-skill', skill: entry.skill })}
                >
                  <ChipText entry={entry} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.length > 0 && (
        <div className="declared__group">
          <p className="declared__lead">{words.shown(shown.length)}</p>
          <ul className="skill-list declared__list">
            {shown.map((entry) => (
              <li key={entry.skill.conceptId ?? entry.skill.label} className="declared__chip">
                <ChipText entry={entry} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {languages.length > 0 && (
        <div className="declared__group">
          <p className="declared__lead">{words.languages(languages.length)}</p>
          <ul className="skill-list declared__list">
            {languages.map((entry) => (
              <li key={entry.skill.conceptId ?? entry.skill.label} className="declared__chip">
                <ChipText entry={entry} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ChipText({ entry }: { entry: DeclaredSkill }) {
  return (
    <>
      {entry.skill.label}
      {entry.level.trim() !== '' && <span className="muted"> · {entry.level}</span>}
    </>
  );
}
