/**
 * Keys that reach an object's prototype when a parsed value is later spread or assigned. JSON.parse
 * itself only makes an own property, but nothing downstream should have to remember that.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * No CV or badge nests anywhere near this deep. The reviver below walks the parsed value recursively,
 * so a file of a million nested arrays would otherwise end in "Maximum call stack size exceeded" after
 * gigabytes of allocation; the depth is measured first, in one pass over the text.
 */
export const MAX_JSON_DEPTH = 100;

/** A JSON text that cannot be parsed; the message never quotes the file (V8's own message does). */
export class JsonTextError extends Error {
  constructor(
    message: string,
    /** Character offset of the problem, when known. */
    readonly position: number | null,
  ) {
    super(message);
    this.name = 'JsonTextError';
  }
}

/** JSON.parse without prototype keys, and how many it dropped. @throws JsonTextError */
export function parseWithoutPrototypeKeys(text: string): { value: unknown; droppedKeys: number } {
  checkJsonDepth(text);
  let droppedKeys = 0;
  try {
    const value: unknown = JSON.parse(text, (key: string, item: unknown) => {
      if (!PROTOTYPE_KEYS.has(key)) return item;
      droppedKeys += 1;
      return undefined;
    });
    return { value, droppedKeys };
  } catch (error) {
    throw describeJsonError(error);
  }
}

/** V8 quotes a piece of the text in its messages ("Unexpected token 'x', "…" is not valid JSON"): keep only what and where. */
function describeJsonError(error: unknown): JsonTextError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const truncated = /end of (JSON|data)|unterminated/i.test(message);
  const what = truncated ? 'it ends in the middle of a value' : 'something in it is not JSON';
  return new JsonTextError(what, position === undefined ? null : Number(position));
}

function checkJsonDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        throw new JsonTextError(
          `it nests values more than ${MAX_JSON_DEPTH} levels deep, as no CV or badge does`,
          index,
        );
      }
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
}
