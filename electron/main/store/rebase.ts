import type { Profile } from '../../../shared/domain/profile';
import { applyDelta, diffProfiles } from '../../../shared/profile/delta';

/**
 * A whole-profile replace that had to read a file first (a backup, an import) was built from
 * `base`; edits acknowledged while it read moved the profile on to `current`. Those edits are
 * carried over onto the replacement, entity by entity, so none of them is lost when it lands.
 * The result may break a link (an edit pointing at something the replacement lacks): the caller
 * checks it like any other profile.
 */
export function rebaseReplacement(base: Profile, current: Profile, replacement: Profile): Profile {
  if (base === current) return replacement;
  return applyDelta(replacement, diffProfiles(base, current, 'meanwhile'), 'redo');
}
