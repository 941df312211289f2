/**
 * A list the import plan builds up, found by keys instead of by scanning: a file of thousands of
 * entries compared with a profile of thousands would otherwise compare every pair.
 */
export class IndexedList<T> {
  readonly items: T[];
  private readonly positions = new Map<string, number[]>();
  private changed = false;

  constructor(
    initial: readonly T[],
    private readonly keysOf: (item: T) => ReadonlyArray<string | null>,
  ) {
    this.items = [...initial];
    this.items.forEach((item, at) => this.index(item, at));
  }

  private index(item: T, at: number): void {
    for (const key of this.keysOf(item)) {
      if (key === null) continue;
      const list = this.positions.get(key);
      if (list === undefined) this.positions.set(key, [at]);
      else if (!list.includes(at)) list.push(at);
    }
  }

  /** The first item in list order that shares a key with `probe` and that `same` accepts. */
  find(probe: T, same: (item: T) => boolean): { item: T; at: number } | undefined {
    let first = -1;
    for (const key of this.keysOf(probe)) {
      if (key === null) continue;
      for (const at of this.positions.get(key) ?? []) {
        const item = this.items[at];
        if ((first === -1 || at < first) && item !== undefined && same(item)) first = at;
      }
    }
    const item = this.items[first];
    return item === undefined ? undefined : { item, at: first };
  }

  add(item: T): void {
    this.items.push(item);
    this.index(item, this.items.length - 1);
    this.changed = true;
  }

  /** A merge may fill a key (a credential id); the old keys stay, and `same` weeds them out. */
  replace(at: number, item: T): void {
    this.items[at] = item;
    this.index(item, at);
    this.changed = true;
  }

  /** The built list, or `original` itself when nothing changed (so an unchanged profile stays identical). */
  result(original: T[]): T[] {
    return this.changed ? this.items : original;
  }
}
