/**
 * Limits checked before a payload reaches zod: a schema walk over a 10 MB string or a
 * 100,000-level nested array is itself the attack, so the guard must stay cheaper than the parse.
 */
export const PAYLOAD_LIMITS = {
  /** Strings count their UTF-16 length, every other value counts 8. */
  maxBytes: 1024 * 1024,
  maxDepth: 32,
  maxNodes: 50_000,
  /** Binary values (Uint8Array) count apart: only a channel that takes a file's bytes allows any. */
  maxBinaryBytes: 0,
} as const;

export interface PayloadLimits {
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
  maxBinaryBytes: number;
}

export type PayloadVerdict =
  { ok: true } | { ok: false; reason: 'too-large' | 'too-deep' | 'too-many-values' | 'unsupported-value' };

/** Walks a payload iteratively (no recursion, so no stack overflow) and stops at the first limit crossed. */
export function checkPayloadLimits(payload: unknown, limits: PayloadLimits = PAYLOAD_LIMITS): PayloadVerdict {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: payload, depth: 0 }];
  let bytes = 0;
  let binaryBytes = 0;
  let nodes = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    nodes += 1;
    if (nodes > limits.maxNodes) return { ok: false, reason: 'too-many-values' };
    if (depth > limits.maxDepth) return { ok: false, reason: 'too-deep' };
    if (typeof value === 'string') {
      bytes += value.length;
    } else if (value instanceof Uint8Array) {
      binaryBytes += value.byteLength;
      if (binaryBytes > limits.maxBinaryBytes) return { ok: false, reason: 'too-large' };
    } else if (value !== null && typeof value === 'object') {
      const children = childrenOf(value);
      if (children === null) return { ok: false, reason: 'unsupported-value' };
      bytes += 8 + children.keyBytes;
      if (nodes + pending.length + children.values.length > limits.maxNodes) {
        return { ok: false, reason: 'too-many-values' };
      }
      for (const child of children.values) pending.push({ value: child, depth: depth + 1 });
    } else if (typeof value === 'function' || typeof value === 'symbol') {
      return { ok: false, reason: 'unsupported-value' };
    } else {
      bytes += 8;
    }
    if (bytes > limits.maxBytes) return { ok: false, reason: 'too-large' };
  }
  return { ok: true };
}

/** Children of an array or plain object, or null for anything structured clone would not carry as data. */
function childrenOf(value: object): { values: unknown[]; keyBytes: number } | null {
  if (Array.isArray(value)) return { values: value, keyBytes: 0 };
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Reflect.ownKeys(value);
  let keyBytes = 0;
  for (const key of keys) keyBytes += typeof key === 'string' ? key.length : 8;
  return { values: keys.map((key) => (value as Record<PropertyKey, unknown>)[key]), keyBytes };
}
