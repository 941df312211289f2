import type { Profile, Project, Role, WorkKind } from '../domain/profile';
import { refKey } from '../domain/refs';
import { importanceRank } from '../lens/evidence-level';
import type { SkillEvidence } from '../lens/result';

/** A role or project and the posting's skills it shows, as the lens reads the evidence. */
export interface WorkShowing {
  kind: WorkKind;
  id: string;
  entity: Role | Project;
  /** The posting's skills this work shows: essential ones first, each in the lens's order. */
  shows: string[];
  essentialShown: number;
}

/**
 * The roles and projects that show the target's skills, most essential skills shown first, then
 * most skills shown, then in the profile's own order. Read from the lens's evidence per skill, so
 * a narrower skill or a course used in the work counts exactly as the target view counts it.
 */
export function workShowingSkills(profile: Profile, skillEvidence: readonly SkillEvidence[]): WorkShowing[] {
  const found = new Map<string, WorkShowing>();
  const entities = new Map<string, { kind: WorkKind; entity: Role | Project; at: number }>([
    ...profile.roles.map(
      (role, at) => [refKey({ kind: 'role', id: role.id }), { kind: 'role' as const, entity: role, at }] as const,
    ),
    ...profile.projects.map(
      (project, at) =>
        [
          refKey({ kind: 'project', id: project.id }),
          { kind: 'project' as const, entity: project, at: profile.roles.length + at },
        ] as const,
    ),
  ]);
  const evidence = [...skillEvidence].sort((a, b) => importanceRank(a.importance) - importanceRank(b.importance));
  for (const entry of evidence) {
    const keys = [
      ...entry.roles.map((id) => refKey({ kind: 'role', id })),
      ...entry.projects.map((id) => refKey({ kind: 'project', id })),
    ];
    for (const key of keys) {
      const known = entities.get(key);
      if (known === undefined) continue;
      const showing = found.get(key) ?? {
        kind: known.kind,
        id: known.entity.id,
        entity: known.entity,
        shows: [],
        essentialShown: 0,
      };
      if (showing.shows.includes(entry.skill)) continue;
      showing.shows.push(entry.skill);
      if (entry.importance === 'essential') showing.essentialShown += 1;
      found.set(key, showing);
    }
  }
  const placeOf = (showing: WorkShowing) => entities.get(refKey(showing))?.at ?? 0;
  return [...found.values()].sort(
    (a, b) => b.essentialShown - a.essentialShown || b.shows.length - a.shows.length || placeOf(a) - placeOf(b),
  );
}
