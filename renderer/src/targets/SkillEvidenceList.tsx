import { useId, useMemo } from 'react';
import type { DeclaredSkill } from '../../../shared/domain/profile';
import { skillFinder } from '../../../shared/domain/skills';
import { EVIDENCE_KINDS } from '../../../shared/export/report-text';
import type { LensAction } from '../../../shared/lens/actions';
import { compareSkillEvidence, isApplied } from '../../../shared/lens/evidence-level';
import type { SkillEvidence } from '../../../shared/lens/result';
import { ActionButton } from '../actions/lens-actions';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { EntityLink, type EntityIndex } from './entities';
import { LevelSwatch } from './EvidenceChart';
import { IMPORTANCES } from './evidence-levels';
import './target-view.css';

const GROUP_HEADING = { essential: text.targets.essentialSkills, optional: text.targets.optionalSkills } as const;

/**
 * Every target skill with its evidence level and the roles, projects and certificates behind it:
 * essential first, gaps first. It is also the chart's text alternative.
 */
export function SkillEvidenceList(props: {
  skills: readonly SkillEvidence[];
  /** Skills the person lists on their CV; a listed skill with nothing behind it is what a recruiter probes. */
  declared: readonly DeclaredSkill[];
  entities: EntityIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const headingId = useId();
  const sorted = [...props.skills].sort(compareSkillEvidence);
  const listed = useMemo(() => {
    const find = skillFinder(props.declared, (entry) => entry.skill);
    return (skill: SkillEvidence) => find({ conceptId: skill.conceptId, label: skill.skill });
  }, [props.declared]);
  return (
    <div className="skill-evidence">
      {IMPORTANCES.map((importance) => {
        const group = sorted.filter((entry) => entry.importance === importance);
        if (group.length === 0 && importance === 'optional') return null;
        return (
          // A group, not a region: two targets side by side each have one of each name.
          <div
            key={importance}
            role="group"
            className="skill-evidence__group"
            aria-labelledby={`${headingId}-${importance}`}
          >
            <h4 id={`${headingId}-${importance}`} className="skill-evidence__heading">
              {GROUP_HEADING[importance]} <span className="muted">({group.length})</span>
            </h4>
            {group.length === 0 ? (
              <p className="muted skill-evidence__empty">{text.targets.noSkills}</p>
            ) : (
              <ul className="skill-evidence__list">
                {group.map((entry) => (
                  <SkillRow
                    key={`${entry.conceptId ?? ''}:${entry.skill}`}
                    entry={entry}
                    listed={listed(entry)}
                    entities={props.entities}
                    selection={props.selection}
                    onSelect={props.onSelect}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

function SkillRow(props: {
  entry: SkillEvidence;
  listed: DeclaredSkill | undefined;
  entities: EntityIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { entry } = props;
  const shown = EVIDENCE_KINDS.filter((kind) => entry[kind].length > 0);
  return (
    <li className={`skill-row skill-row--${entry.level}`}>
      <div className="skill-row__head">
        <span className="skill-row__name">{entry.skill}</span>
        <span className="skill-row__level">
          <LevelSwatch level={entry.level} />
          {text.targets.level[entry.level]}
        </span>
      </div>
      {props.listed !== undefined && (
        <p className="skill-row__listed muted">
          {entry.level === 'none' || entry.level === 'planned'
            ? text.targets.listedOnly(props.listed.level)
            : text.targets.listed(props.listed.level)}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="skill-row__by muted">
          {entry.level === 'declared' ? text.targets.declaredLanguage : text.targets.noEvidence}
        </p>
      ) : (
        <dl className="skill-row__by">
          {shown.map((kind) => (
            <div key={kind} className="skill-row__by-group">
              <dt>{text.targets.evidenceKind[kind]}</dt>
              {entry[kind].map((id) => {
                const entity = props.entities.get(id);
                return entity === undefined ? null : (
                  <dd key={id}>
                    <EntityLink
                      kind={entity.kind}
                      id={id}
                      title={entity.title}
                      selection={props.selection}
                      onSelect={props.onSelect}
                    />
                  </dd>
                );
              })}
            </div>
          ))}
        </dl>
      )}
      <SkillActions entry={entry} />
    </li>
  );
}

/**
 * What would back a skill that work does not back yet: the place it was used, a certificate
 * that teaches it, a project that applies it. A certificate alone is linked to its use.
 */
function SkillActions({ entry }: { entry: SkillEvidence }) {
  if (isApplied(entry.level)) return null;
  const skill = { label: entry.skill, conceptId: entry.conceptId };
  const [certified] = entry.level === 'certified' ? entry.certificates : [];
  const actions: LensAction[] = [
    certified === undefined
      ? { type: 'use-skill', skill }
      : { type: 'link-certificate', certificateId: certified, suggested: [] },
    ...(entry.level === 'none' ? [{ type: 'find-certificate', skill } as const] : []),
    // Only earned learning is linked to the new project: a plan is not yet something used.
    { type: 'add-project', skills: [entry.skill], certificateIds: certified === undefined ? [] : entry.certificates },
  ];
  return (
    <div className="skill-row__actions">
      {actions.map((action) => (
        <ActionButton key={action.type} action={action} about={entry.skill} />
      ))}
    </div>
  );
}
