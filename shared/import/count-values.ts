/**
 * Counts the values in parsed JSON (objects, arrays and leaves), stopping once `limit` is passed, so
 * a huge document costs no more than a small one. Iterative: depth cannot overflow the stack.
 */
export function countValuesUpTo(value: unknown, limit: number): number {
  const pending: unknown[] = [value];
  let count = 0;
  while (pending.length > 0 && count <= limit) {
    const next: unknown = pending.pop();
    count += 1;
    if (typeof next === 'object' && next !== null) pending.push(...(Object.values(next) as unknown[]).slice(0, limit));
  }
  return count;
}
