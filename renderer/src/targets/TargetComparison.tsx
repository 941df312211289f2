import { ImportanceSchema, type Profile, type TargetRole } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import type { EntityIndex } from './entities';
import { TargetPanel } from './TargetPanel';
import './target-view.css';

/** Two targets side by side, each read by the lens on its own; the columns stack when the window is narrow. */
export function TargetComparison(props: {
  profile: Profile;
  first: TargetRole;
  second: TargetRole;
  revision: number;
  entities: EntityIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const shared = {
    profile: props.profile,
    revision: props.revision,
    entities: props.entities,
    selection: props.selection,
    onSelect: props.onSelect,
    scaleMax: Math.max(
      ...[props.first, props.second].flatMap((target) =>
        ImportanceSchema.options.map(
          (importance) => target.skills.filter((entry) => entry.importance === importance).length,
        ),
      ),
    ),
  };
  return (
    <div className="target-comparison">
      <p className="visually-hidden">{text.targets.comparisonHeading(props.first.title, props.second.title)}</p>
      <div className="target-comparison__columns">
        <TargetPanel key={props.first.id} target={props.first} {...shared} />
        <TargetPanel key={props.second.id} target={props.second} {...shared} />
      </div>
    </div>
  );
}
