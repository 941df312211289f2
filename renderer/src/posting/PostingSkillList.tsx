import { useId } from 'react';
import type { Importance } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import type { DraftChange } from './posting-draft';
import { named } from './named';
import type { DraftSkill } from './posting-segments';

const copy = text.posting;

/** The skills read from the posting in two groups, each removable and movable to the other group. */
export function PostingSkillList(props: { skills: readonly DraftSkill[]; onChange: (change: DraftChange) => void }) {
  return (
    <>
      <SkillGroup importance="essential" {...props} />
      <SkillGroup importance="optional" {...props} />
    </>
  );
}

function SkillGroup(props: {
  importance: Importance;
  skills: readonly DraftSkill[];
  onChange: (change: DraftChange) => void;
}) {
  const headingId = useId();
  const essential = props.importance === 'essential';
  const skills = props.skills.filter((skill) => skill.importance === props.importance);
  const other: Importance = essential ? 'optional' : 'essential';
  return (
    <section className={`posting-group posting-group--${props.importance}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="posting-group__heading">
        {essential ? copy.essentialHeading(skills.length) : copy.optionalHeading(skills.length)}
      </h4>
      <p className="posting-group__lead muted">{essential ? copy.essentialLead : copy.optionalLead}</p>
      {skills.length === 0 ? (
        <p className="muted posting-group__empty">{copy.noSkills}</p>
      ) : (
        <ul className="posting-group__list">
          {skills.map((skill) => (
            <li key={skill.conceptId} className="posting-skill">
              <span className={`posting-skill__label posting-skill__label--${props.importance}`}>{skill.label}</span>
              <span className="posting-skill__times muted">{copy.namedTimes(skill.spans.length)}</span>
              <span className="posting-skill__actions">
                <button
                  type="button"
                  className="chip-button"
                  onClick={() => props.onChange({ type: 'importance', conceptId: skill.conceptId, importance: other })}
                >
                  {named(essential ? copy.makeOptional : copy.makeEssential, skill.label)}
                </button>
                <button
                  type="button"
                  className="chip-button"
                  onClick={() => props.onChange({ type: 'remove', conceptId: skill.conceptId })}
                >
                  {named(copy.remove, skill.label)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
