import { useMemo } from 'react';
import { text } from '../i18n/text';
import type { SkillRef } from '../../../shared/domain/profile';
import { skillKey } from '../../../shared/domain/skills';
import { alsoNamed, demote, promote, type TargetSkill } from './skill-tiers';

const copy = text.targets;

/**
 * A target's skills in three tiers — core, secondary, and the occupation's other skills ESCO also
 * names — each with buttons that move a skill one tier up or down.
 */
export function SkillTiers(props: {
  skills: readonly TargetSkill[];
  /** Every skill the occupation names; empty for a target from scratch. */
  named: readonly SkillRef[];
  onChange: (skills: TargetSkill[]) => void;
}) {
  const { skills, onChange } = props;
  const namedKeys = useMemo(() => new Set(props.named.map(skillKey)), [props.named]);
  const others = useMemo(() => alsoNamed(skills, props.named), [skills, props.named]);
  const core = skills.filter((entry) => entry.importance === 'essential');
  const secondary = skills.filter((entry) => entry.importance === 'optional');
  return (
    <>
      <fieldset className="skill-group skill-group--core">
        <legend className="field__label">
          {copy.essentialSkills} ({core.length})
        </legend>
        <p className="skill-group__lead">{copy.coreLead}</p>
        <ul className="skill-list">
          {core.map((entry) => (
            <li key={skillKey(entry.skill)} className="skill-chip">
              <span>{entry.skill.label}</span>
              <MoveButton
                direction="down"
                words={copy.toSecondary}
                name={copy.moveTo(entry.skill.label, copy.toSecondary)}
                onClick={() => onChange(demote(skills, entry.skill))}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="skill-group skill-group--secondary">
        <legend className="field__label">
          {copy.optionalSkills} ({secondary.length})
        </legend>
        <p className="skill-group__lead">{copy.secondaryLead}</p>
        <ul className="skill-list">
          {secondary.map((entry) => {
            // A skill the occupation names goes back to "also named"; one the user added is gone.
            const named = namedKeys.has(skillKey(entry.skill));
            return (
              <li key={skillKey(entry.skill)} className="skill-chip">
                <span>{entry.skill.label}</span>
                <MoveButton
                  direction="up"
                  words={copy.toCore}
                  name={copy.moveTo(entry.skill.label, copy.toCore)}
                  onClick={() => onChange(promote(skills, entry.skill))}
                />
                <MoveButton
                  direction="down"
                  words={named ? copy.toAlsoNamed : copy.remove}
                  name={named ? copy.moveTo(entry.skill.label, copy.toAlsoNamed) : copy.removeSkill(entry.skill.label)}
                  onClick={() => onChange(demote(skills, entry.skill))}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      {others.length > 0 && (
        <details className="skill-group skill-group--also">
          <summary className="field__label">{copy.alsoNamed(others.length)}</summary>
          <p className="skill-group__lead">{copy.alsoNamedLead}</p>
          <ul className="skill-list skill-list--also" aria-label={copy.alsoNamed(others.length)}>
            {others.map((skill) => (
              <li key={skillKey(skill)} className="skill-chip skill-chip--also">
                <span>{skill.label}</span>
                <MoveButton
                  direction="up"
                  words={copy.toSecondary}
                  name={copy.moveTo(skill.label, copy.toSecondary)}
                  onClick={() => onChange(promote(skills, skill))}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function MoveButton(props: { direction: 'up' | 'down'; words: string; name: string; onClick: () => void }) {
  return (
    <button type="button" className="chip-button" aria-label={props.name} title={props.name} onClick={props.onClick}>
      <span aria-hidden="true">
        {props.direction === 'up' ? '↑' : '↓'} {props.words}
      </span>
    </button>
  );
}
