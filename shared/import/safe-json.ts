/**
 * Keys that reach an object's prototype when a parsed value is later spread or assigned. JSON.parse
 * itself only makes an own property, but nothing downstream should have to remember that.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse without prototype keys, and how many it dropped; a syntax error is thrown as JSON.parse throws it. */
export function parseWithoutPrototypeKeys(text: string): { value: unknown; droppedKeys: number } {
  let droppedKeys = 0;
  const value: unknown = JSON.parse(text, (key: string, item: unknown) => {
    if (!PROTOTYPE_KEYS.has(key)) return item;
    droppedKeys += 1;
    return undefined;
  });
  return { value, droppedKeys };
}
