import type { Profile, EntityKind } from '../../../shared/domain/profile';
import { sameRef } from '../../../shared/domain/refs';
import type { Selection } from '../shell/selection';

export type EntityIndex = ReadonlyMap<string, { kind: EntityKind; title: string }>;

/** Every role, project and certificate by id, so the lens's ids can be shown as titles. */
export function entityIndex(profile: Profile): EntityIndex {
  const index = new Map<string, { kind: EntityKind; title: string }>();
  for (const role of profile.roles) index.set(role.id, { kind: 'role', title: role.title });
  for (const project of profile.projects) index.set(project.id, { kind: 'project', title: project.title });
  for (const certificate of profile.certificates)
    index.set(certificate.id, { kind: 'certificate', title: certificate.title });
  return index;
}

/** A title that opens the item's details; marked as current while it is the selected one. */
export function EntityLink(props: {
  kind: EntityKind;
  id: string;
  title: string;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  className?: string;
}) {
  const selected =
    props.selection !== null &&
    props.selection.kind !== 'period' &&
    sameRef(props.selection, { kind: props.kind, id: props.id });
  return (
    <button
      type="button"
      className={`entity-link${props.className === undefined ? '' : ` ${props.className}`}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => props.onSelect({ kind: props.kind, id: props.id })}
    >
      {props.title}
    </button>
  );
}
