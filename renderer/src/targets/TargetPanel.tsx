import { useId } from 'react';
import type { Profile, TargetRole } from '../../../shared/domain/profile';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { CuratedList } from './CuratedList';
import type { EntityIndex } from './entities';
import { EvidenceChart } from './EvidenceChart';
import { coreBacked } from '../../../shared/lens/evidence-level';
import { SkillEvidenceList } from './SkillEvidenceList';
import { DeclaredSkills } from '../skills/DeclaredSkills';
import { declaredHeading } from '../skills/declared-skills';
import { useTargetAnalysis } from './useTargetAnalysis';
import './target-view.css';

/**
 * One target read by the lens: its evidence by skill (chart and list) and its curated
 * certificates. Shown alone, or as one of two columns when targets are compared.
 */
export function TargetPanel(props: {
  profile: Profile;
  target: TargetRole;
  revision: number;
  entities: EntityIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** The chart's axis end, shared with the other column when two targets are compared. */
  scaleMax?: number;
}) {
  const { target } = props;
  const analysis = useTargetAnalysis(target.id, props.revision);
  const headingId = useId();
  const essential = target.skills.filter((entry) => entry.importance === 'essential').length;
  const meta = [
    text.targets.essentialCount(essential),
    analysis.status === 'ready' && analysis.value.pace !== null ? text.targets.pace(analysis.value.pace) : null,
    target.targetDate === null ? null : text.targets.targetDate(formatPartialDate(target.targetDate)),
  ].filter((part) => part !== null);

  return (
    <section className="target-panel" aria-labelledby={headingId} aria-busy={analysis.status === 'loading'}>
      <header className="target-panel__header">
        <h2 id={headingId} className="target-panel__title">
          {target.title}
        </h2>
        <p className="target-panel__meta">{meta.join(' · ')}</p>
      </header>
      {analysis.status === 'loading' && <p className="muted target-panel__status">{text.targets.loading}</p>}
      {analysis.status === 'failed' && (
        <p className="target-panel__problem" role="alert">
          {text.targets.failed(analysis.error.message)}
        </p>
      )}
      {analysis.status === 'ready' && (
        <div className="target-panel__body">
          <section
            className="tv-card"
            aria-label={text.targets.sectionName(text.targets.evidenceHeading, target.title)}
          >
            <h3 className="tv-card__heading">{text.targets.evidenceHeading}</h3>
            <p className="tv-card__lead">{text.targets.evidenceSummary(coreBacked(analysis.value.skillEvidence))}</p>
            <EvidenceChart title={target.title} skills={analysis.value.skillEvidence} scaleMax={props.scaleMax} />
            <SkillEvidenceList
              skills={analysis.value.skillEvidence}
              declared={props.profile.skills}
              entities={props.entities}
              selection={props.selection}
              onSelect={props.onSelect}
            />
          </section>
          <section className="tv-card" aria-label={text.targets.sectionName(text.targets.curatedHeading, target.title)}>
            <h3 className="tv-card__heading">{text.targets.curatedHeading}</h3>
            <p className="tv-card__lead">{text.targets.curatedLead}</p>
            <CuratedList
              analysis={analysis.value}
              certificates={props.profile.certificates}
              selection={props.selection}
              onSelect={props.onSelect}
            />
          </section>
          {props.profile.skills.length > 0 && (
            <div className="tv-card">
              <DeclaredSkills
                profile={props.profile}
                headingLevel="h3"
                headingClassName="tv-card__heading"
                label={text.targets.sectionName(declaredHeading(props.profile.skills), target.title)}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
