import { useEffect, useState } from 'react';
import type { SkillRef } from '../../../shared/domain/profile';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { ask } from '../ipc/client';

type Occupation = NonNullable<ResponseOf<'taxonomy.occupation'>['occupation']>;
export type RoleProfile = NonNullable<Occupation['role']>;

export interface OccupationSkills {
  /** Every skill the occupation names, most telling first: its core, then secondary, then the rest. */
  named: SkillRef[];
  /** The team's curated profile of the role, when it has one. */
  role: RoleProfile | null;
}

/**
 * What the taxonomy says about a target's occupation, for the editor's "also named" list and the
 * role's expectations. Null while it is read, for a target from scratch, or when it cannot be read:
 * the editor then shows the target's own skills only.
 */
export function useOccupation(occupationId: string | null): OccupationSkills | null {
  const [answer, setAnswer] = useState<{ id: string; skills: OccupationSkills } | null>(null);
  useEffect(() => {
    if (occupationId === null) return;
    let current = true;
    void ask((api) => api.describeOccupation({ conceptId: occupationId })).then((result) => {
      const occupation = result.ok ? result.value.occupation : null;
      if (!current || occupation === null) return;
      setAnswer({
        id: occupationId,
        skills: {
          named: [...occupation.core, ...occupation.secondary, ...occupation.alsoNamed],
          role: occupation.role,
        },
      });
    });
    return () => {
      current = false;
    };
  }, [occupationId]);
  return answer !== null && answer.id === occupationId ? answer.skills : null;
}
