/**
 * What the user has selected: an item on the timeline (from a click, the keyboard, a finding or a
 * form that just created it). App holds it; the timeline highlights it and the side panel shows its details.
 */
export type EntityKind = 'role' | 'project' | 'certificate';
export type Selection = { kind: EntityKind; id: string } | null;
