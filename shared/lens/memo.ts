/**
 * The lens is re-run on every edit, and the store's updates are immutable: an array or entity an
 * edit did not touch is the same object afterwards, so whatever was worked out from it still
 * holds. These helpers remember answers by the identity of what they were worked out from.
 */

/** Whether two lists hold the same values, in order, compared by identity. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** The answers for the last few argument lists (compared by identity); a few, so two targets compared side by side do not evict each other. */
export function rememberRecent<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
  slots = 4,
): (...args: Args) => Result {
  const recent: Array<{ args: Args; result: Result }> = [];
  return (...args: Args): Result => {
    const at = recent.findIndex((entry) => sameInputs(entry.args, args));
    const hit = recent[at];
    if (hit !== undefined) {
      recent.splice(at, 1);
      recent.unshift(hit);
      return hit.result;
    }
    const result = compute(...args);
    recent.unshift({ args, result });
    if (recent.length > slots) recent.pop();
    return result;
  };
}

/**
 * The last few answers, each with what it was worked out from; `find` returns the newest whose
 * inputs still hold. A few rather than one: two targets compared side by side, or two profiles
 * read by one process (the bench), would otherwise evict each other on every analysis.
 */
export function rememberWhile<Entry>(slots = 4): {
  find: (holds: (entry: Entry) => boolean) => Entry | undefined;
  keep: (entry: Entry) => void;
} {
  const recent: Entry[] = [];
  return {
    find: (holds) => {
      const at = recent.findIndex(holds);
      const hit = recent[at];
      if (hit !== undefined && at > 0) {
        recent.splice(at, 1);
        recent.unshift(hit);
      }
      return hit;
    },
    keep: (entry) => {
      recent.unshift(entry);
      if (recent.length > slots) recent.pop();
    },
  };
}

/** Anything the profile holds by id. */
type Entity = { readonly id: string };

/** The ids in use: a set of them, or a map keyed by them. */
export type IdSet = { readonly size: number; has(id: string): boolean };

/**
 * One answer per entity, kept by its id and recomputed when the entity is another object or any
 * of the other inputs it depends on is no longer the same. Keyed by id rather than by the object
 * in a weak map: inserting thousands of fresh objects into a weak map (a profile just loaded or
 * imported) costs more than most answers save. An entry outlives a deleted entity only until the
 * map is pruned to the ids still in use.
 */
export function rememberPerEntity<Result>(): {
  (owner: Entity, inputs: readonly unknown[], compute: () => Result, keep?: boolean): Result;
  /** Forgets entities no longer in the profile; cheap to call after every analysis. */
  keepOnly: (ids: IdSet) => void;
} {
  type Entry = { owner: Entity; inputs: readonly unknown[]; result: Result };
  // Two versions per id, newest first: an undo brings the previous one back.
  const cache = new Map<string, [Entry, Entry?]>();
  const remember = (owner: Entity, inputs: readonly unknown[], compute: () => Result, keep = true): Result => {
    const kept = cache.get(owner.id);
    if (kept !== undefined) {
      const [newest, older] = kept;
      if (newest.owner === owner && sameInputs(newest.inputs, inputs)) return newest.result;
      if (older !== undefined && older.owner === owner && sameInputs(older.inputs, inputs)) {
        cache.set(owner.id, [older, newest]);
        return older.result;
      }
    }
    const entry = { owner, inputs, result: compute() };
    if (!keep) return entry.result;
    cache.set(owner.id, kept === undefined ? [entry] : [entry, kept[0]]);
    return entry.result;
  };
  remember.keepOnly = (ids: IdSet) => {
    // Only when it has grown well past the profile: pruning reads every entry.
    if (cache.size <= ids.size * 2 + 64) return;
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  };
  return remember;
}

/**
 * Whether a profile is one being edited (at least one of its lists was read in the last few
 * analyses) rather than one just loaded or imported. Answers are kept only for the former: kept
 * answers outlive the analysis, and for a profile that is not edited next that only costs.
 */
export function createEditTracker(window = 4): (lists: readonly object[]) => boolean {
  const recent: object[] = [];
  return (lists) => {
    const seen = lists.some((list) => recent.includes(list));
    for (const list of lists) {
      const at = recent.indexOf(list);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(list);
      if (recent.length > window * lists.length) recent.pop();
    }
    return seen;
  };
}
